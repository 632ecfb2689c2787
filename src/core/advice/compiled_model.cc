// Building the compiled model: done once per questionnaire and catalog, so it favours plain
// code over speed.
#include "advice/compiled_model.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace medcareer::detail {

namespace {

constexpr int kNeutralLevel = 2;
// The questionnaire's trait for wanting higher pay (docs/data-format.md, certifications).
constexpr const char* kPayTrait = "pay";

template <class T>
Index find_sorted(const std::vector<T>& sorted, const std::string& id) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), id);
  return it != sorted.end() && *it == id ? static_cast<Index>(it - sorted.begin()) : kNone;
}

void sort_unique(std::vector<std::string>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// Every trait any weight of the questionnaire names, beside the declared ones: the loader
// rejects unknown ones, but a questionnaire built in code is not checked.
std::vector<std::string> all_traits(const Questionnaire& questionnaire) {
  std::vector<std::string> ids = questionnaire.trait_ids();
  auto add = [&](const TraitWeights& weights) {
    for (const auto& [trait, w] : weights) ids.push_back(trait);
  };
  for (const auto& q : questionnaire.questions) {
    for (const auto& o : q.options) add(o.traits);
    add(q.scale_traits);
    for (const auto& b : q.bands) add(b.traits);
  }
  sort_unique(ids);
  return ids;
}

std::vector<std::string> all_tags(const Questionnaire& questionnaire, const Catalog& catalog) {
  std::vector<std::string> tags;
  for (const auto& q : questionnaire.questions) {
    for (const auto& o : q.options) tags.insert(tags.end(), o.tags.begin(), o.tags.end());
  }
  for (const auto& c : catalog.certifications)
    tags.insert(tags.end(), c.tags.begin(), c.tags.end());
  sort_unique(tags);
  return tags;
}

// The same text, relation and order rules as rank_certifications() and build_path() had
// when they worked from the catalog for every answer set.
std::string relation_of(const Role& role, const std::string& cert) {
  for (const auto& [list, name] : {std::pair{&role.certifications.required, "required"},
                                   std::pair{&role.certifications.recommended, "recommended"},
                                   std::pair{&role.certifications.optional, "optional"}}) {
    if (std::find(list->begin(), list->end(), cert) != list->end()) return name;
  }
  return "related";
}

int relation_rank(const std::string& relation) {
  return relation == "required"      ? 0
         : relation == "recommended" ? 1
         : relation == "optional"    ? 2
                                     : 3;
}

// Where `role` lists a certification, counting its required, recommended and optional lists
// in turn; one it does not list comes after all of those, in file order (`index`).
int listed_at(const Role& role, const std::string& cert, int index) {
  int at = 0;
  for (const auto* list : {&role.certifications.required, &role.certifications.recommended,
                           &role.certifications.optional}) {
    for (const auto& id : *list) {
      if (id == cert) return at;
      ++at;
    }
  }
  return 1000 + index;
}

double best_pay(const Certification& c) {
  double best = 0;
  for (const auto& f : c.pay) {
    if (f.unit == Unit::usd_per_year && f.usual()) best = std::max(best, f.highest());
  }
  return best;
}

double preparation_months(const Figure& f) {
  double low = f.lowest();
  if (f.unit == Unit::weeks) return low / 4.345;
  return f.unit == Unit::months ? low : 0;
}

double weight_sum(const TraitWeights& weights) {
  double sum = 0;
  for (const auto& [trait, w] : weights) sum += std::fabs(w);
  return sum;
}

// The most total weight one answer to `q` can carry.
double heaviest_answer(const Question& q) {
  std::vector<double> options;
  for (const auto& o : q.options) options.push_back(weight_sum(o.traits));
  std::sort(options.rbegin(), options.rend());
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::yes_no:
      return options.empty() ? 0 : options.front();
    case QuestionType::multi: {
      const std::size_t n =
          q.max_choices == 0 ? options.size() : std::min(q.max_choices, options.size());
      double sum = 0;
      for (std::size_t i = 0; i < n; ++i) sum += options[i];
      return sum;
    }
    case QuestionType::scale:
      return weight_sum(q.scale_traits);  // at 1 or 5
    case QuestionType::number: {
      double most = 0;
      for (const auto& b : q.bands) most = std::max(most, weight_sum(b.traits));
      return most;
    }
  }
  return 0;
}

}  // namespace

WeightBounds weight_bounds(const Questionnaire& questionnaire) {
  WeightBounds out;
  double first = 0, second = 0;
  for (const auto& q : questionnaire.questions) {
    const double w = heaviest_answer(q);
    out.all += w;
    if (w > first) {
      second = first, first = w;
    } else if (w > second) {
      second = w;
    }
  }
  out.two = first + second;
  return out;
}

std::vector<CompiledCert> compile_certifications(const Catalog& c, const Role& role,
                                                 const std::vector<std::string>& tags) {
  std::vector<CompiledCert> out;
  for (const Certification* cert : c.certifications_for(role.id)) {
    CompiledCert cc;
    cc.cert = cert;
    cc.relation = relation_of(role, cert->id);
    cc.relation_rank = relation_rank(cc.relation);
    cc.listed = listed_at(role, cert->id, static_cast<int>(out.size()));
    if (cc.relation != "related") cc.relation_why = cc.relation + " for a " + role.title;
    for (const auto& tag : cert->tags) cc.tags.emplace_back(find_sorted(tags, tag), &tag);
    if (cert->preparation_time) cc.preparation_months = preparation_months(*cert->preparation_time);
    const Certification* named = c.find_certification(cert->id);
    cc.best_pay = best_pay(*named);
    cc.certify_text =
        named->name + " (" + named->id + ")" + (named->body.empty() ? "" : " from " + named->body);
    out.push_back(std::move(cc));
  }
  std::vector<double> pays;
  for (const auto& cc : out) {
    if (cc.best_pay > 0) pays.push_back(cc.best_pay);
  }
  if (!pays.empty()) {
    std::sort(pays.begin(), pays.end());
    const std::size_t n = pays.size();
    const double median = n % 2 ? pays[n / 2] : (pays[n / 2 - 1] + pays[n / 2]) / 2;
    for (auto& cc : out) cc.better_paid = cc.best_pay > 0 && cc.best_pay >= median;
  }
  return out;
}

Index CompiledModel::question_index(const std::string& id) const {
  auto it =
      std::lower_bound(question_ids.begin(), question_ids.end(), id,
                       [](const auto& entry, const std::string& x) { return entry.first < x; });
  return it != question_ids.end() && it->first == id ? it->second : kNone;
}

Index CompiledModel::trait_index(const std::string& id) const {
  return find_sorted(traits, id);
}

Index CompiledModel::tag_index(const std::string& tag) const {
  return find_sorted(tags, tag);
}

CompiledModel::CompiledModel(const Questionnaire& q, const Catalog& c)
    : questionnaire(&q), catalog(&c), traits(all_traits(q)), tags(all_tags(q, c)) {
  for (const auto& trait : traits) {
    const Trait* t = q.find_trait(trait);
    trait_words.push_back(t ? t->label : trait);
  }
  for (Index i = 0; i < q.questions.size(); ++i) question_ids.emplace_back(q.questions[i].id, i);
  std::stable_sort(question_ids.begin(), question_ids.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  question_ids.erase(std::unique(question_ids.begin(), question_ids.end(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; }),
                     question_ids.end());

  for (const Role* role : c.entry_roles()) {
    CompiledRole r;
    r.role = role;
    r.profile = c.find_profile(role->id);
    r.advice = c.find_role(role->id);
    if (r.profile) {
      for (const auto& trait : traits) {
        auto it = r.profile->traits.find(trait);
        int level = it == r.profile->traits.end() ? kNeutralLevel : it->second;
        r.centred.push_back((level - kNeutralLevel) / 2.0);
      }
      for (const auto& trait : r.profile->requires_traits) {
        const Trait* t = q.find_trait(trait);
        // The label is a heading ("Hands-on care (...)"); mid-sentence it reads in lower case.
        std::string what = t ? t->label : trait;
        if (what.size() > 1 && std::isupper(static_cast<unsigned char>(what[0])) &&
            std::islower(static_cast<unsigned char>(what[1]))) {
          what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
        }
        r.vetoes.push_back({trait_index(trait), "This job cannot be done without " + what +
                                                    ", and your answers rule that out."});
      }
      r.training_prefix = training_rule_prefix(c, *r.profile);
    }
    roles.push_back(std::move(r));
  }

  auto weights = [&](const TraitWeights& map, Weights& out) {
    for (const auto& [trait, w] : map) out.push_back({trait_index(trait), w});
  };
  for (const auto& question : q.questions) {
    CompiledQuestion cq;
    cq.question = &question;
    cq.canonical = question_index(question.id);
    if (question.when) cq.condition = question_index(question.when->question);
    if (cq.condition != kNone) {
      for (const auto& option : q.questions[cq.condition].options) {
        const auto& listed = question.when->options;
        cq.condition_lists.push_back(std::find(listed.begin(), listed.end(), option.id) !=
                                     listed.end());
      }
    }
    for (const auto& option : question.options) {
      CompiledOption co;
      weights(option.traits, co.weights);
      for (const auto& tag : option.tags) co.tags.push_back(tag_index(tag));
      std::vector<std::string> titles;
      for (const auto& rule : option.rules_out) {
        for (Index k = 0; k < roles.size(); ++k) {
          if (roles[k].role->id != rule.role) continue;
          std::string reason = rule.reason;
          if (const Source* s = c.find_source(rule.source)) {
            reason += " (" + s->publisher + (s->period.empty() ? "" : ", " + s->period) + ")";
          }
          co.rules_out.push_back({k, std::move(reason)});
          titles.push_back(roles[k].advice ? roles[k].advice->title : rule.role);
        }
      }
      co.note = option.warning;
      co.need = option.need && !titles.empty();
      if (option.need && !titles.empty()) {
        std::string list;
        for (std::size_t i = 0; i < titles.size(); ++i) {
          list += (i == 0 ? "" : i + 1 == titles.size() ? " and " : ", ") + titles[i];
        }
        co.note = "Your need \"" + option.label + "\" narrowed the field: it rules out " + list +
                  (titles.size() == 1 ? ", which is" : ", which are") +
                  " ranked last with the reason." + (co.note.empty() ? "" : " " + co.note);
      }
      cq.options.push_back(std::move(co));
    }
    weights(question.scale_traits, cq.scale);
    for (const auto& band : question.bands) weights(band.traits, cq.bands.emplace_back());
    cq.training = question.measures == "training_months";
    questions.push_back(std::move(cq));
  }
  for (const auto& goal : c.goals) goal_traits.push_back(trait_index(goal.trait));
  const WeightBounds bounds = weight_bounds(q);
  full_weight =
      q.full_evidence ? *q.full_evidence : std::max({bounds.all / 2, 2 * bounds.two, 1e-9});
  pay_trait = trait_index(kPayTrait);

  // Advice for each role that can come out on top.
  for (auto& r : roles) {
    if (!r.advice) continue;
    const Role& role = *r.advice;
    r.certs = compile_certifications(c, role, tags);
    std::string settings;
    for (std::size_t i = 0; i < role.settings.size() && i < 3; ++i) {
      settings += (i ? ", " : "") + role.settings[i];
    }
    r.first_job = role.title + (settings.empty() ? "" : " in " + settings);
  }
}

}  // namespace medcareer::detail
