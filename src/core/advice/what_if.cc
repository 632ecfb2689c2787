// "What would change the top pick": the cheapest change of answers after which another role
// comes first (docs/data-format.md, "What would change the pick"): any role but a need of the
// person's rules out, not only the runner-up. Each step of an edit costs its question's
// change_cost, so that training longer or taking the exam (cost 1) is proposed before
// reversing a core preference (3); answers that state a need, and questions of cost 0, are
// never edited, no edit may drop a question answered with a need or move to one, and no change
// may rule out a role that is open now (it must make another fit better, not close doors).
//
// The search walks the edits once for each role that may come first (the target), all the walks
// keeping one best change so that a cheap change found for one role cuts the walks for the
// others. The walks try 1, then 2, ... up to kMaxChangeEdits edited answers (iterative
// deepening), each number of edits for every target (the runner-up first) before the next,
// each question edited at most once and in questionnaire order, so every set of edits is met
// once; they go deeper only while more edits could still cost less than the best change found,
// each edit costing at least the cheapest question's cost. The order changes which branches are
// cut, never the change found: the order of docs/data-format.md ranks every candidate. It is
// complete within that bound: branches are cut only when the target could not come first below
// them, which the linearity of the match makes cheap to tell. Whether role T beats role R depends
// only on the sign of raw(T) - raw(R) (both share the denominator), which each edit moves by a
// fixed amount; so the best that d more edits can do is the sum of the d largest such moves among
// the questions still to come. A role that some later answer could rule out needs no beating at
// all.
//
// Positions are kept as arrays over the compiled model's indices and updated in place;
// every candidate that looks like a new pick is then scored by the real scorer, which alone
// decides: near a rounding boundary the arrays are never trusted.
#include "advice/what_if_search.h"
#include "medcareer/recommend.h"

namespace medcareer {

std::optional<Change> what_would_change(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const ScoreResult& score) {
  return what_would_change(ScoringModel(questionnaire, catalog), answers, score);
}

std::optional<Change> what_would_change(const ScoringModel& model, const AnswerSet& answers,
                                        const ScoreResult& score) {
  if (score.ranking.size() < 2 || score.low_signal) return std::nullopt;
  thread_local what_if::Search search;
  return search.run(model, answers, score);
}

}  // namespace medcareer
