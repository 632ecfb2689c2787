#include "medcareer/recommend.h"

#include <algorithm>
#include <cmath>

#include "advice/compiled_model.h"

namespace medcareer {

std::string answer_words(const Question& q, const AnswerValue& value) {
  if (const auto* one = std::get_if<std::string>(&value)) {
    const Option* o = q.find_option(*one);
    return o ? o->label : *one;
  }
  if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    std::string out;
    for (const auto& id : *many) {
      const Option* o = q.find_option(id);
      out += (out.empty() ? "" : "; ") + (o ? o->label : id);
    }
    return out.empty() ? "none of these" : out;
  }
  double v = std::get<double>(value);
  std::string number = std::fabs(v - std::round(v)) < 1e-9
                           ? std::to_string(static_cast<long long>(std::round(v)))
                           : std::to_string(v);
  if (q.type == QuestionType::scale) {
    auto i = static_cast<std::size_t>(v) - 1;
    return number + " (" + (i < q.anchors.size() ? q.anchors[i] : "") + ")";
  }
  if (q.unit.empty()) return number;
  return number + " " + q.unit_for(v);
}

namespace {

using detail::CompiledCert;
using detail::Index;

struct Ranked {
  CertificationPick pick;
  const CompiledCert* cert;
};

// The certifications for a role, best first; `chosen(index, tag)` tells whether the
// person's answers carry a tag.
template <class Chosen>
std::vector<Ranked> rank(const std::vector<CompiledCert>& certs,
                         std::optional<double> training_months, bool wants_pay, bool reasons,
                         const Questionnaire* labels, Chosen&& chosen) {
  std::vector<Ranked> ranked;
  ranked.reserve(certs.size());
  for (const auto& c : certs) {
    CertificationPick p;
    p.id = c.cert->id;
    p.relation = c.relation;
    std::string shared;
    for (const auto& [index, tag] : c.tags) {
      if (chosen(index, *tag)) {
        ++p.shared_tags;
        // In the questionnaire's words for the tag ("a hospital"), not its id.
        if (reasons)
          shared += (shared.empty() ? "" : ", ") + (labels ? labels->tag_label(*tag) : *tag);
      }
    }
    const bool too_long =
        c.preparation_months && training_months && *c.preparation_months > *training_months;
    p.later = too_long || c.cert->level != CertLevel::entry;
    p.better_paid = wants_pay && c.better_paid;
    if (reasons) {
      p.why.reserve(5);  // at most five reasons: one allocation rather than three
      if (!c.relation_why.empty()) p.why.push_back(c.relation_why);
      if (p.shared_tags > 0) p.why.push_back("matches what you chose: " + shared);
      if (p.better_paid) p.why.emplace_back("among the better paid of these, as you hoped");
      if (too_long) p.why.emplace_back("takes longer to prepare for than the time you have");
      if (c.cert->level != CertLevel::entry) p.why.emplace_back("for after some experience");
    }
    ranked.push_back({std::move(p), &c});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& ra, const Ranked& rb) {
    const CertificationPick &a = ra.pick, &b = rb.pick;
    if (a.later != b.later) return !a.later;
    if (ra.cert->relation_rank != rb.cert->relation_rank)
      return ra.cert->relation_rank < rb.cert->relation_rank;
    // How well it fits the person: a point per shared tag, and one for the pay they hope for.
    const std::size_t fit_a = a.shared_tags + a.better_paid, fit_b = b.shared_tags + b.better_paid;
    if (fit_a != fit_b) return fit_a > fit_b;
    if (ra.cert->best_pay != rb.cert->best_pay) return ra.cert->best_pay > rb.cert->best_pay;
    return a.id < b.id;
  });
  return ranked;
}

std::vector<CertificationPick> picks_of(std::vector<Ranked>&& ranked) {
  std::vector<CertificationPick> picks;
  picks.reserve(ranked.size());
  for (auto& r : ranked) picks.push_back(std::move(r.pick));
  return picks;
}

// Train, certify (the first certification not for later), first job, and grow: the later
// roles, those serving the person's strongest goal first.
std::vector<PathStep> build_path(const detail::CompiledModel& model, const detail::CompiledRole& r,
                                 const detail::Scratch& s, const std::vector<Ranked>& certs) {
  std::vector<PathStep> path;
  path.reserve(4);
  path.push_back({"train", r.advice->education, &r.advice->training});
  auto first =
      std::find_if(certs.begin(), certs.end(), [](const auto& c) { return !c.pick.later; });
  if (first != certs.end()) path.push_back({"certify", first->cert->certify_text});
  path.push_back({"first job", r.first_job});
  std::size_t goal = 0;  // 1 + the goal's index; 0: none
  double strongest = 0;
  for (std::size_t g = 0; g < model.goal_traits.size(); ++g) {
    const Index t = model.goal_traits[g];
    if (t != detail::kNone && s.touched[t] && s.preference[t] > strongest) {
      strongest = s.preference[t], goal = g + 1;
    }
  }
  if (r.grow[goal]) path.push_back({"grow", *r.grow[goal]});
  return path;
}

}  // namespace

std::vector<CertificationPick> rank_certifications(const Catalog& catalog, const Role& role,
                                                   const ScoreResult& score) {
  auto certs = detail::compile_certifications(catalog, role, {});
  auto pay = score.preferences.find("pay");
  const bool wants_pay = pay != score.preferences.end() && pay->second > 0;
  return picks_of(rank(certs, score.training_months, wants_pay, true, nullptr,
                       [&](Index, const std::string& tag) {
                         return std::binary_search(score.tags.begin(), score.tags.end(), tag);
                       }));
}

Recommendation recommend(const Questionnaire& questionnaire, const Catalog& catalog,
                         const AnswerSet& answers, bool explain) {
  return recommend(ScoringModel(questionnaire, catalog), answers, explain);
}

Recommendation recommend(const ScoringModel& scoring, const AnswerSet& answers, bool explain) {
  return recommend(scoring, answers, explain ? Advice::explained : Advice::full);
}

Recommendation recommend(const ScoringModel& scoring, const AnswerSet& answers, Advice advice) {
  const detail::CompiledModel& model = scoring.compiled();
  Recommendation rec;
  // Its own scratch: the change search below scores again while this one is still read.
  thread_local detail::Scratch s;
  rec.score = detail::score(model, answers, s);
  const auto& ranking = rec.score.ranking;
  // With too little signal a pick would be a guess: show the ranking and the warning only.
  if (ranking.empty() || ranking.front().ruled_out || rec.score.low_signal) return rec;
  rec.top = ranking.front().role;
  if (ranking.size() > 1) rec.runner_up = ranking[1].role;
  auto top = std::find_if(model.roles.begin(), model.roles.end(),
                          [&](const auto& r) { return r.role->id == rec.top; });
  const bool wants_pay = model.pay_trait != detail::kNone && s.touched[model.pay_trait] &&
                         s.preference[model.pay_trait] > 0;
  auto ranked = rank(top->certs, rec.score.training_months, wants_pay, advice != Advice::ranking,
                     &scoring.questionnaire(), [&](Index index, const std::string&) {
                       return index != detail::kNone && s.tags[index];
                     });
  if (advice != Advice::ranking) rec.path = build_path(model, *top, s, ranked);
  rec.certifications = picks_of(std::move(ranked));
  if (advice != Advice::explained || rec.score.total_weight == 0) return rec;

  const Questionnaire& questionnaire = scoring.questionnaire();
  auto parts = scoring.contributions(answers, rec.top);
  auto driver = [&](const Contribution& c) {
    const Question* q = questionnaire.find_question(c.question);
    return Driver{c.question, answer_words(*q, answers.find(c.question)->value), c.points};
  };
  // Strongest first; equal ones in question order (the sorts are stable).
  std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
    return a.points > b.points;
  });
  for (const auto& c : parts) {
    if (round_match(c.points) > 0 && rec.raised.size() < 3) rec.raised.push_back(driver(c));
  }
  std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
    return a.points < b.points;
  });
  for (const auto& c : parts) {
    if (round_match(c.points) < 0 && rec.lowered.size() < 3) rec.lowered.push_back(driver(c));
  }
  if (!rec.runner_up.empty() && !rec.score.low_signal) {
    rec.change = what_would_change(scoring, answers, rec.score);
  }
  return rec;
}

}  // namespace medcareer
