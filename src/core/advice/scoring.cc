// The plain scoring functions, thin wrappers that compile a model for the call
// (scoring_model.cc does the scoring), and the contributions behind `--explain`, which use
// the model's own weights, levels and match formula.
#include "medcareer/scoring.h"

#include <algorithm>
#include <cmath>

#include "advice/compiled_model.h"
#include "medcareer/scoring_model.h"

namespace medcareer {

const RoleScore* ScoreResult::find(const std::string& role) const {
  for (const auto& r : ranking) {
    if (r.role == role) return &r;
  }
  return nullptr;
}

std::string evidence_word(Evidence level) {
  switch (level) {
    case Evidence::low:
      return "low";
    case Evidence::moderate:
      return "moderate";
    case Evidence::strong:
      return "strong";
  }
  return "low";
}

double round_match(double match) {
  return std::round(match * 10) / 10;
}

ScoreResult score_answers(const Questionnaire& questionnaire, const Catalog& catalog,
                          const AnswerSet& answers) {
  return ScoringModel(questionnaire, catalog).score(answers);
}

std::vector<Contribution> contributions(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const std::string& role) {
  return ScoringModel(questionnaire, catalog).contributions(answers, role);
}

std::vector<Contribution> ScoringModel::contributions(const AnswerSet& answers,
                                                      const std::string& role) const {
  using detail::Index;
  const detail::CompiledModel& model = *compiled_;
  std::vector<Contribution> out;
  auto r = std::find_if(model.roles.begin(), model.roles.end(),
                        [&](const auto& x) { return x.role->id == role; });
  if (r == model.roles.end() || !r->profile) return out;
  thread_local detail::Scratch s;
  s.reset(model, answers);
  // Each counted answer's weights, in trait id order like the map they used to be.
  std::vector<std::pair<const Question*, detail::Weights>> counted;
  for (const auto& cq : model.questions) {
    const Answer* a = s.by_question[cq.canonical];
    if (!a || !s.asked(cq)) continue;
    s.answer_weights(cq);
    std::sort(s.answer_traits.begin(), s.answer_traits.end());
    detail::Weights weights;
    for (Index t : s.answer_traits) {
      weights.push_back({t, s.subtotal[t]});
      s.preference[t] += s.subtotal[t];
      s.touched[t] = 1;
      s.subtotal[t] = 0;
    }
    s.answer_traits.clear();
    counted.emplace_back(cq.question, std::move(weights));
  }
  double weight = 0;
  for (Index t = 0; t < model.traits.size(); ++t) {
    if (s.touched[t]) weight += std::fabs(s.preference[t]);
  }
  if (weight == 0) return out;
  for (const auto& [q, weights] : counted) {
    double raw = 0;
    for (const auto& [t, w] : weights) raw += w * r->centred[t];
    out.push_back({q->id, detail::points_of(raw, weight, model.full_weight)});
  }
  return out;
}

}  // namespace medcareer
