#include "medcareer/consistency.h"

#include "medcareer/suggest.h"

namespace medcareer {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  for (const auto& x : list) {
    if (x == item) return true;
  }
  return false;
}

void check_trait(const Questionnaire& q, const std::string& trait, const Position& where) {
  if (!q.find_trait(trait)) {
    fail(where, "unknown trait '" + trait + "' (the questionnaire declares the traits)",
         did_you_mean(trait, q.trait_ids()));
  }
}

}  // namespace

void check_consistency(const Questionnaire& questionnaire, const Catalog& catalog) {
  std::vector<std::string> entry_ids;
  for (const Role* r : catalog.entry_roles()) entry_ids.push_back(r->id);
  for (const auto& question : questionnaire.questions) {
    for (const auto& option : question.options) {
      for (const auto& rule : option.rules_out) {
        if (!contains(entry_ids, rule.role)) {
          fail(rule.where, "'" + rule.role + "' is not an entry role that can be ruled out",
               did_you_mean(rule.role, entry_ids));
        }
        if (!rule.source.empty() && !catalog.find_source(rule.source)) {
          std::vector<std::string> ids;
          for (const auto& s : catalog.sources) ids.push_back(s.id);
          fail(rule.where, "unknown source '" + rule.source + "' (data/sources.yaml lists them)",
               did_you_mean(rule.source, ids));
        }
      }
      for (const auto& tag : option.tags) {
        if (!contains(known_tags(), tag)) {
          fail(option.where, "unknown tag '" + tag + "'", did_you_mean(tag, known_tags()));
        }
      }
    }
  }
  for (const auto& [tag, label] : questionnaire.tag_labels) {
    if (!contains(known_tags(), tag)) {
      fail({questionnaire.path, 0, 0}, "'tags' names an unknown tag '" + tag + "'",
           did_you_mean(tag, known_tags()));
    }
  }
  for (const auto& profile : catalog.profiles) {
    auto where = [&](const std::string& trait) -> const Position& {
      auto it = profile.trait_where.find(trait);
      return it == profile.trait_where.end() ? profile.where : it->second;
    };
    for (const auto& [trait, level] : profile.traits)
      check_trait(questionnaire, trait, where(trait));
    for (const auto& trait : profile.requires_traits)
      check_trait(questionnaire, trait, where(trait));
    for (const auto& trait : questionnaire.traits) {
      if (!profile.traits.count(trait.id)) {
        fail(profile.where,
             "the profile of '" + profile.role + "' gives no level for trait '" + trait.id + "'");
      }
    }
  }
  for (const auto& goal : catalog.goals) check_trait(questionnaire, goal.trait, goal.where);
}

}  // namespace medcareer
