// The plain scoring functions, each on a model compiled for the call (scoring_model.cc does
// the scoring), and the contributions behind `--explain`.
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

double round_match(double match) {
  return std::round(match * 10) / 10;
}

TraitWeights answer_weights(const Question& q, const AnswerValue& value) {
  TraitWeights out;
  auto add = [&](const TraitWeights& weights, double factor) {
    for (const auto& [trait, w] : weights) out[trait] += w * factor;
  };
  auto option = [&](const std::string& id) {
    if (const Option* o = q.find_option(id)) add(o->traits, 1);
  };
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::multi:
    case QuestionType::yes_no:
      if (const auto* one = std::get_if<std::string>(&value)) {
        option(*one);
      } else if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
        for (const auto& id : *many) option(id);
      }
      break;
    case QuestionType::scale:
      add(q.scale_traits, (std::get<double>(value) - 3) / 2);
      break;
    case QuestionType::number:
      for (const auto& band : q.bands) {
        if (band.holds(std::get<double>(value))) {
          add(band.traits, 1);
          break;
        }
      }
      break;
  }
  return out;
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
  const Profile* profile = model.catalog->find_profile(role);
  if (!profile) return out;
  std::vector<double> centred;
  for (const auto& trait : model.traits) {
    auto it = profile->traits.find(trait);
    int level = it == profile->traits.end() ? 2 : it->second;  // 2 is neutral
    centred.push_back((level - 2) / 2.0);
  }
  thread_local detail::Scratch s;
  s.reset(model, answers);
  // Each counted answer's weights, in trait id order like the map they used to be.
  std::vector<std::pair<const Question*, detail::Weights>> counted;
  for (const auto& cq : model.questions) {
    const Answer* a = s.by_question[cq.canonical];
    if (!a || !s.asked(cq, answers)) continue;
    s.answer_weights(cq, a->value);
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
    for (const auto& [t, w] : weights) raw += w * centred[t];
    out.push_back({q->id, 50 * raw / weight});
  }
  return out;
}

}  // namespace medcareer
