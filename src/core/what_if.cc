// "What would change the top pick": a small search over other answers. Scoring a set of
// answers is cheap (a few hundred multiplications), so trying every single change and the
// most promising pairs stays well under a millisecond.
#include <algorithm>

#include "medcareer/answer_space.h"
#include "medcareer/recommend.h"

namespace medcareer {

namespace {

constexpr std::size_t kPairCandidates = 24;

struct Trial {
  std::vector<Change::Edit> edits;
  AnswerSet answers;
  double lead = 0;  // runner-up's match minus the best other role's
  bool wins = false;
};

Trial evaluate(const ScoringModel& model, AnswerSet answers, std::vector<Change::Edit> edits,
               const std::string& runner_up) {
  ScoreResult s = model.score(answers);
  Trial t{std::move(edits), std::move(answers), 0, false};
  const RoleScore* r = s.find(runner_up);
  double best_other = 0;
  for (const auto& x : s.ranking) {
    if (x.role != runner_up && !x.ruled_out) best_other = std::max(best_other, x.match);
  }
  t.lead = r->match - best_other;
  t.wins = !s.ranking.empty() && s.ranking.front().role == runner_up;
  return t;
}

Change to_change(const Trial& t, const ScoringModel& model, const std::string& runner_up) {
  ScoreResult s = model.score(t.answers);
  return Change{t.edits, runner_up, s.find(runner_up)->match};
}

}  // namespace

std::optional<Change> what_would_change(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const ScoreResult& score) {
  return what_would_change(ScoringModel(questionnaire, catalog), answers, score);
}

std::optional<Change> what_would_change(const ScoringModel& model, const AnswerSet& answers,
                                        const ScoreResult& score) {
  if (score.ranking.size() < 2) {
    return std::nullopt;
  }
  const std::string runner_up = score.ranking[1].role;
  std::vector<Trial> singles;
  for (const auto& q : model.questionnaire().questions) {
    if (!is_asked(q, answers)) continue;
    const Answer* current = answers.find(q.id);
    AnswerValue from = current ? current->value : AnswerValue(std::string());
    for (auto& value : alternative_answers(q, current)) {
      AnswerSet changed = answers;
      changed.set(q.id, value);
      singles.push_back(evaluate(model, std::move(changed), {{q.id, from, value}}, runner_up));
    }
  }
  // Widest lead first; among equals the earlier question, as the search met them.
  std::stable_sort(singles.begin(), singles.end(),
                   [](const Trial& a, const Trial& b) { return a.lead > b.lead; });
  for (const auto& t : singles) {
    if (t.wins) return to_change(t, model, runner_up);
  }
  std::optional<Trial> best;
  const std::size_t n = std::min(kPairCandidates, singles.size());
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const auto& a = singles[i].edits.front();
      const auto& b = singles[j].edits.front();
      if (a.question == b.question) continue;
      AnswerSet changed = singles[i].answers;
      changed.set(b.question, b.to);
      Trial t = evaluate(model, std::move(changed), {a, b}, runner_up);
      if (t.wins && (!best || t.lead > best->lead)) best = std::move(t);
    }
  }
  if (best) return to_change(*best, model, runner_up);
  return std::nullopt;
}

}  // namespace medcareer
