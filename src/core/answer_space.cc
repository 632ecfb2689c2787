#include "medcareer/answer_space.h"

#include <algorithm>
#include <optional>
#include <set>

#include "medcareer/scoring_model.h"

namespace medcareer {

std::vector<AnswerValue> alternative_answers(const Question& q, const Answer* current) {
  std::vector<AnswerValue> out;
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::yes_no:
      for (const auto& o : q.options) {
        if (!current || std::get<std::string>(current->value) != o.id) out.emplace_back(o.id);
      }
      break;
    case QuestionType::multi: {
      std::vector<std::string> chosen;
      if (current) chosen = std::get<std::vector<std::string>>(current->value);
      for (const auto& o : q.options) {
        std::vector<std::string> next = chosen;
        auto it = std::find(next.begin(), next.end(), o.id);
        if (it != next.end()) {
          next.erase(it);
        } else if (next.size() < q.max_choices) {
          next.push_back(o.id);
        } else {
          continue;
        }
        out.emplace_back(next);
      }
      break;
    }
    case QuestionType::scale:
      for (double v = 1; v <= 5; ++v) {
        if (!current || std::get<double>(current->value) != v) out.emplace_back(v);
      }
      break;
    case QuestionType::number: {
      std::set<double> values{q.min, q.max};
      for (const auto& b : q.bands) values.insert(std::clamp(b.bound, q.min, q.max));
      for (double v : values) {
        if (!current || std::get<double>(current->value) != v) out.emplace_back(v);
      }
      break;
    }
  }
  return out;
}

namespace {

// How far `role` leads the best other role that is not ruled out (negative: behind).
double lead_of(const ScoreResult& s, const std::string& role) {
  const RoleScore* mine = s.find(role);
  if (!mine || mine->ruled_out) return -1000;
  double best_other = 0;
  for (const auto& r : s.ranking) {
    if (r.role != role && !r.ruled_out) best_other = std::max(best_other, r.match);
  }
  return mine->match - best_other;
}

}  // namespace

std::optional<AnswerSet> answers_favoring(const Questionnaire& questionnaire,
                                          const Catalog& catalog, const std::string& role) {
  const ScoringModel model(questionnaire, catalog);
  AnswerSet answers;
  double lead = lead_of(model.score(answers), role);
  for (int pass = 0; pass < 4; ++pass) {
    bool improved = false;
    for (const auto& q : questionnaire.questions) {
      if (!is_asked(q, answers)) continue;
      for (auto& value : alternative_answers(q, answers.find(q.id))) {
        AnswerSet next = answers;
        next.set(q.id, value);
        double l = lead_of(model.score(next), role);
        if (l > lead + 1e-9) {
          lead = l;
          answers = std::move(next);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  ScoreResult final_score = model.score(answers);
  if (final_score.ranking.empty() || final_score.ranking.front().role != role) return std::nullopt;
  return answers;
}

}  // namespace medcareer
