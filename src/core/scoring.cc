#include "medcareer/scoring.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace medcareer {

namespace {

constexpr int kNeutralLevel = 2;
constexpr double kRequiredTraitVeto = -2;  // a preference this low rules out a role needing it

// A role's level on a trait mapped to -1 .. +1 (2 is neutral).
double centred(const Profile& profile, const std::string& trait) {
  auto it = profile.traits.find(trait);
  int level = it == profile.traits.end() ? kNeutralLevel : it->second;
  return (level - kNeutralLevel) / 2.0;
}

void add(TraitWeights& into, const TraitWeights& weights, double factor = 1) {
  for (const auto& [trait, w] : weights) into[trait] += w * factor;
}

std::vector<const Option*> chosen_options(const Question& q, const AnswerValue& value) {
  std::vector<const Option*> out;
  if (const auto* one = std::get_if<std::string>(&value)) {
    if (const Option* o = q.find_option(*one)) out.push_back(o);
  } else if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    for (const auto& id : *many) {
      if (const Option* o = q.find_option(id)) out.push_back(o);
    }
  }
  return out;
}

std::string number_words(double v) {
  return std::fabs(v - std::round(v)) < 1e-9 ? std::to_string(static_cast<long long>(v))
                                             : std::to_string(v);
}

// "Same answer everywhere": every single-choice and scale answer at the same position.
bool all_same_position(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::optional<std::size_t> position;
  std::size_t counted = 0;
  for (const auto& a : answers.answers) {
    const Question* q = questionnaire.find_question(a.question);
    if (!q) continue;
    std::optional<std::size_t> p;
    if (q->type == QuestionType::scale) {
      p = static_cast<std::size_t>(std::get<double>(a.value)) - 1;
    } else if (q->type == QuestionType::single) {
      const auto& id = std::get<std::string>(a.value);
      for (std::size_t i = 0; i < q->options.size(); ++i) {
        if (q->options[i].id == id) p = i;
      }
    }
    if (!p) continue;
    if (position && *position != *p) return false;
    position = p;
    ++counted;
  }
  return counted >= 5;
}

}  // namespace

const RoleScore* ScoreResult::find(const std::string& role) const {
  for (const auto& r : ranking) {
    if (r.role == role) return &r;
  }
  return nullptr;
}

double round_match(double match) {
  return std::round(match * 10) / 10;
}

TraitWeights answer_weights(const Question& q, const AnswerValue& value) {
  TraitWeights out;
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::multi:
    case QuestionType::yes_no:
      for (const Option* o : chosen_options(q, value)) add(out, o->traits);
      break;
    case QuestionType::scale:
      add(out, q.scale_traits, (std::get<double>(value) - 3) / 2);
      break;
    case QuestionType::number:
      for (const auto& band : q.bands) {
        if (band.holds(std::get<double>(value))) {
          add(out, band.traits);
          break;
        }
      }
      break;
  }
  return out;
}

ScoreResult score_answers(const Questionnaire& questionnaire, const Catalog& catalog,
                          const AnswerSet& answers) {
  ScoreResult result;
  std::set<std::string> tags;
  std::vector<const RuleOut*> rule_outs;
  for (const auto& q : questionnaire.questions) {
    const bool asked = is_asked(q, answers);
    const Answer* a = answers.find(q.id);
    if (asked) ++result.asked;
    if (!a) continue;
    if (!asked) {
      result.warnings.push_back("the answer to '" + q.id +
                                "' was not counted: that question is not asked after the "
                                "answer to '" +
                                q.when->question + "'");
      continue;
    }
    ++result.answered;
    add(result.preferences, answer_weights(q, a->value));
    for (const Option* o : chosen_options(q, a->value)) {
      tags.insert(o->tags.begin(), o->tags.end());
      for (const auto& r : o->rules_out) rule_outs.push_back(&r);
    }
    if (q.measures == "training_months") result.training_months = std::get<double>(a->value);
  }
  result.tags.assign(tags.begin(), tags.end());
  for (const auto& [trait, p] : result.preferences) result.total_weight += std::fabs(p);

  for (const Role* role : catalog.entry_roles()) {
    const Profile* profile = catalog.find_profile(role->id);
    RoleScore score;
    score.role = role->id;
    if (profile && result.total_weight > 0) {
      double raw = 0;
      for (const auto& [trait, p] : result.preferences) raw += p * centred(*profile, trait);
      score.match = std::clamp(50 + 50 * raw / result.total_weight, 0.0, 100.0);
    }
    for (const RuleOut* r : rule_outs) {
      if (r->role == role->id) score.reasons.push_back(r->reason);
    }
    if (profile && result.training_months &&
        *result.training_months < profile->min_training_months) {
      score.reasons.push_back("It takes about " + std::to_string(profile->min_training_months) +
                              " months of training to start, and you have " +
                              number_words(*result.training_months) + ".");
    }
    if (profile) {
      for (const auto& trait : profile->requires_traits) {
        auto it = result.preferences.find(trait);
        if (it != result.preferences.end() && it->second <= kRequiredTraitVeto) {
          const Trait* t = questionnaire.find_trait(trait);
          score.reasons.push_back("This job cannot be done without " + (t ? t->label : trait) +
                                  ", and your answers rule that out.");
        }
      }
    }
    score.ruled_out = !score.reasons.empty();
    result.ranking.push_back(std::move(score));
  }
  std::sort(result.ranking.begin(), result.ranking.end(),
            [](const RoleScore& a, const RoleScore& b) {
              if (a.ruled_out != b.ruled_out) return !a.ruled_out;
              double ma = round_match(a.match), mb = round_match(b.match);
              if (ma != mb) return ma > mb;
              return a.role < b.role;
            });

  // Too little signal for a confident pick: say so instead.
  const std::size_t few = std::max<std::size_t>(3, result.asked / 3);
  if (result.total_weight == 0) {
    result.low_signal = true;
    result.warnings.push_back(
        "Your answers do not lean toward any kind of work, so every role "
        "scores the same. Answer with what you really like or dislike.");
  } else if (result.answered < few) {
    result.low_signal = true;
    result.warnings.push_back("Only " + std::to_string(result.answered) + " of " +
                              std::to_string(result.asked) +
                              " questions are answered, so this is a rough guess.");
  } else if (all_same_position(questionnaire, answers)) {
    result.low_signal = true;
    result.warnings.push_back(
        "You picked the same place on every question, which says little "
        "about you. Read each question again and answer it on its own.");
  }
  if (std::none_of(result.ranking.begin(), result.ranking.end(),
                   [](const RoleScore& r) { return !r.ruled_out; })) {
    result.warnings.push_back(
        "Your answers rule out every role; the ranking shows how close "
        "each one comes anyway.");
  }
  return result;
}

std::vector<Contribution> contributions(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const std::string& role) {
  std::vector<Contribution> out;
  const Profile* profile = catalog.find_profile(role);
  if (!profile) return out;
  std::vector<std::pair<const Question*, TraitWeights>> counted;
  TraitWeights total;
  for (const auto& q : questionnaire.questions) {
    const Answer* a = answers.find(q.id);
    if (!a || !is_asked(q, answers)) continue;
    counted.emplace_back(&q, answer_weights(q, a->value));
    add(total, counted.back().second);
  }
  double weight = 0;
  for (const auto& [trait, p] : total) weight += std::fabs(p);
  if (weight == 0) return out;
  for (const auto& [q, weights] : counted) {
    double raw = 0;
    for (const auto& [trait, w] : weights) raw += w * centred(*profile, trait);
    out.push_back({q->id, 50 * raw / weight});
  }
  return out;
}

}  // namespace medcareer
