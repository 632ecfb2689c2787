// The shortcuts of the what-would-change search (what_if_search.h: the quick test,
// may_catch_up() in what_if_bounds.cc; passing over a question none of whose edits is cheap
// enough; cutting a change as dear as the best one with more edits) only save work: each cuts
// an edit only where the plain walk would cut it too, or where it could not win. So the search
// must propose the same change, to the last field, with them and without them.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "advice/what_if_search.h"
#include "medcareer/recommend.h"
#include "medcareer/scoring_model.h"
#include "random_answers.h"
#include "testing/test_fixture.h"

using namespace medcareer;

namespace {

struct Tally {
  int compared = 0, found = 0, several = 0;
  int edited = 0;  // changes that edit the question looked for
};

// `extra`, when given, answers a question in every set, asked or not.
Tally compare(const Questionnaire& questionnaire, const Catalog& catalog,
              const std::string& looked_for, int sets,
              const std::pair<std::string, AnswerValue>* extra = nullptr) {
  ScoringModel model(questionnaire, catalog);
  what_if::Search quick, full(false);  // with the shortcuts, and without
  std::mt19937 rng(16);
  Tally tally;
  for (int n = 0; n < sets; ++n) {
    AnswerSet answers = random_answers(questionnaire, rng, static_cast<std::size_t>(n));
    if (extra && !answers.find(extra->first)) answers.set(extra->first, extra->second);
    resolve_answers(answers, questionnaire);
    const ScoreResult score = model.score(answers);
    if (score.ranking.size() < 2 || score.low_signal) continue;
    const auto expected = full.run(model, answers, score);
    const auto got = quick.run(model, answers, score);
    CAPTURE(n);
    CHECK(got == expected);
    ++tally.compared;
    if (!expected) continue;
    ++tally.found;
    tally.several += expected->edits.size() > 1;
    for (const auto& e : expected->edits) tally.edited += e.question == looked_for;
  }
  return tally;
}

}  // namespace

TEST_CASE("the search proposes the same change with its shortcuts and without them") {
  testing::RealData r;
  // The training question is the one whose minimums the quick test handles on its own.
  const Tally tally = compare(r.questionnaire, r.catalog, "training_months", 2000);
  CHECK(tally.compared > 1500);
  CHECK(tally.found > 1000);
  CHECK(tally.several > 200);
  CHECK(tally.edited > 100);
}

TEST_CASE("the same, where asking a dependent question rules a role out") {
  // The default questionnaire's dependent questions rule nothing out; here the tasks asked
  // after the hands-on question do, and every set has tasks ticked, so an edit of the
  // hands-on answer that asks them closes a role.
  testing::RealData r;
  for (auto& q : r.questionnaire.questions) {
    if (q.id != "care_tasks") continue;
    for (auto& o : q.options) o.rules_out.push_back({"scribe", "A scribe does no such task.", {}});
  }
  const std::pair<std::string, AnswerValue> tasks{"care_tasks", std::vector<std::string>{"vitals"}};
  const Tally tally = compare(r.questionnaire, r.catalog, "hands_on", 2000, &tasks);
  CHECK(tally.compared > 1500);
  CHECK(tally.edited > 50);
}
