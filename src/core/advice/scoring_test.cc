// Expected values are worked out by hand from docs/data-format.md:
//   centred levels c = (level - 2) / 2:  r1: a=+0.5 b=-0.5   r2: a=-0.5 b=+1
//   match = 50 + 50 * sum(p[t] * c[t]) / sum(|p[t]|)
#include "medcareer/scoring.h"

#include "medcareer/source_file.h"
#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

TEST_CASE("the role that has the wanted trait wins") {
  Tiny t;
  // q2=3 is neutral. p = {a: 2}, W = 2. r1: 2*0.5 = 1 -> 50 + 50*1/2 = 75. r2: -1 -> 25.
  auto s = score_answers(t.questionnaire, t.catalog,
                         t.answers({{"q1", std::string("x")}, {"q2", 3.0}, {"q3", 12.0}}));
  REQUIRE(s.ranking.size() == 2);
  CHECK(s.ranking[0].role == "r1");
  CHECK(s.ranking[0].match == doctest::Approx(75));
  CHECK(s.ranking[1].match == doctest::Approx(25));
  CHECK(s.total_weight == doctest::Approx(2));
  CHECK(s.tags == std::vector<std::string>{"hospital"});
  CHECK_FALSE(s.low_signal);
  // q4 is asked after q1 = x and may not be skipped: it counts as no preference, and is named.
  CHECK(s.warnings == std::vector<std::string>{"No answer to a question that may not be skipped "
                                               "(counted as no preference): q4."});
}

TEST_CASE("unanswered questions that may not be skipped are named, in questionnaire order") {
  Tiny t;
  auto s = score_answers(t.questionnaire, t.catalog, t.answers({{"q2", 5.0}}));
  // q1 and q3 may not be skipped; q2 may; q4 is not asked (q1 is unanswered).
  REQUIRE(s.warnings.size() == 2);
  CHECK(s.warnings.back() ==
        "No answer to 2 questions that may not be skipped (counted as no preference): q1, q3.");
  auto all = score_answers(
      t.questionnaire, t.catalog,
      t.answers({{"q1", std::string("y")}, {"q3", 12.0}, {"q4", std::vector<std::string>{}}}));
  CHECK(all.warnings.empty());  // an empty choice is an answer; q2 may be skipped
}

TEST_CASE("weights from a scale, a number band and a multi choice add up") {
  Tiny t;
  // q1=x: a+2. q2=1: a + 2*(1-3)/2 = -2. q3=2 (<=3): b-1. q4=[m1,m2]: b-2, a+1.
  // p = {a: 1, b: -3}, W = 4.
  // r1: 1*0.5 + -3*-0.5 = 2 -> 50 + 50*2/4 = 75.  r2: 1*-0.5 + -3*1 = -3.5 -> 6.25.
  auto answers = t.answers({{"q1", std::string("x")},
                            {"q2", 1.0},
                            {"q3", 8.0},
                            {"q4", std::vector<std::string>{"m1", "m2"}}});
  auto s = score_answers(t.questionnaire, t.catalog, answers);
  CHECK(s.preferences.at("a") == doctest::Approx(1));
  CHECK(s.preferences.at("b") == doctest::Approx(-2));
  // q3=8 is above the band, so only q4 moves b: p = {a: 1, b: -2}, W = 3.
  // r1: 0.5 + 1 = 1.5 -> 75.  r2: -0.5 - 2 = -2.5 -> 8.333.
  CHECK(s.find("r1")->match == doctest::Approx(75));
  CHECK(s.find("r2")->match == doctest::Approx(8.3333).epsilon(0.001));
  // r2 requires b and the answers total -2 on it: ruled out.
  CHECK(s.find("r2")->ruled_out);
  CHECK(s.find("r2")->reasons ==
        std::vector<std::string>{
            "This job cannot be done without trait B, and your answers rule that out."});
}

TEST_CASE("training time below a role's minimum rules it out with the numbers") {
  Tiny t;
  auto s =
      score_answers(t.questionnaire, t.catalog, t.answers({{"q1", std::string("x")}, {"q3", 2.0}}));
  // p = {a: 2, b: -1}, W = 3. r1: 1 + 0.5 = 1.5 -> 75, but 2 months < 6.
  const RoleScore* r1 = s.find("r1");
  CHECK(r1->match == doctest::Approx(75));
  CHECK(r1->ruled_out);
  CHECK(r1->reasons.front() == "It takes about 6 months of training to start, and you have 2.");
  // Ruled-out roles rank below the others whatever their match: r2 (-1 - 1 = -2 -> 16.7) first.
  CHECK(s.ranking[0].role == "r2");
  CHECK(round_match(s.ranking[0].match) == doctest::Approx(16.7));
}

TEST_CASE("a dealbreaker option rules out its role") {
  Tiny t;
  auto s = score_answers(t.questionnaire, t.catalog,
                         t.answers({{"q1", std::string("n")}, {"q2", 5.0}, {"q3", 12.0}}));
  CHECK(s.find("r2")->ruled_out);
  CHECK(s.find("r2")->reasons == std::vector<std::string>{"R2 is out."});
  CHECK_FALSE(s.find("r1")->ruled_out);
}

TEST_CASE("ties are broken by id") {
  Tiny t;
  // q1=y: b+1; q2=4: a+1. p = {a: 1, b: 1}. r1: 0.5 - 0.5 = 0 -> 50. r2: -0.5 + 1 = 0.5 -> 75.
  auto s = score_answers(t.questionnaire, t.catalog,
                         t.answers({{"q1", std::string("y")}, {"q2", 4.0}, {"q3", 12.0}}));
  CHECK(s.ranking[0].role == "r2");
  // Nothing but a neutral answer: every role 50, so the order is by id, and the warning says why.
  auto neutral = score_answers(t.questionnaire, t.catalog,
                               t.answers({{"q1", std::string("n")}, {"q2", 3.0}, {"q3", 12.0}}));
  CHECK(neutral.total_weight == 0);
  CHECK(neutral.low_signal);
  CHECK(neutral.find("r1")->match == 50);
  CHECK(neutral.warnings.front().find("do not lean toward any kind of work") != std::string::npos);
}

TEST_CASE("too few answers is low signal") {
  Tiny t;
  auto s = score_answers(t.questionnaire, t.catalog, t.answers({{"q2", 5.0}}));
  CHECK(s.low_signal);
  CHECK(s.warnings.front() == "Only 1 of 3 questions are answered, so this is a rough guess.");
}

TEST_CASE("an answer to a question that is not asked is ignored, with a warning") {
  Tiny t;
  // q4 is asked only after q1 = x or y. With q1 = n its answer must not count.
  auto s = score_answers(
      t.questionnaire, t.catalog,
      t.answers({{"q1", std::string("n")}, {"q3", 12.0}, {"q4", std::vector<std::string>{"m2"}}}));
  CHECK(s.preferences.count("a") == 0);
  CHECK(s.answered == 2);
  REQUIRE_FALSE(s.warnings.empty());
  CHECK(s.warnings.front().find("'q4' was not counted") != std::string::npos);
}

TEST_CASE("contributions add up to the match minus 50") {
  Tiny t;
  auto answers = t.answers({{"q1", std::string("x")}, {"q3", 2.0}});
  auto parts = contributions(t.questionnaire, t.catalog, answers, "r1");
  REQUIRE(parts.size() == 2);
  // q1: 50 * (2 * 0.5) / 3 = 16.667; q3: 50 * (-1 * -0.5) / 3 = 8.333; together 25 = 75 - 50.
  CHECK(parts[0].question == "q1");
  CHECK(parts[0].points == doctest::Approx(16.6667).epsilon(0.001));
  CHECK(parts[1].points == doctest::Approx(8.3333).epsilon(0.001));
}

TEST_CASE("scoring is deterministic") {
  Tiny t;
  auto answers = t.answers({{"q1", std::string("y")}, {"q2", 2.0}, {"q3", 5.0}});
  auto a = score_answers(t.questionnaire, t.catalog, answers);
  auto b = score_answers(t.questionnaire, t.catalog, answers);
  REQUIRE(a.ranking.size() == b.ranking.size());
  for (std::size_t i = 0; i < a.ranking.size(); ++i) {
    CHECK(a.ranking[i].role == b.ranking[i].role);
    CHECK(a.ranking[i].match == b.ranking[i].match);
  }
}

namespace {

using testing::RealData;

std::vector<std::string> order(const ScoreResult& s) {
  std::vector<std::string> ids;
  for (const auto& r : s.ranking) ids.push_back(r.role);
  return ids;
}

}  // namespace

TEST_CASE("tie-breaking: equal rounded matches go in id order, ruled-out roles after the rest") {
  RealData d;
  // Nothing but neutral answers: every role at 50, so the order is the ids' order.
  AnswerSet neutral;
  for (const auto& [q, v] : std::vector<std::pair<std::string, AnswerValue>>{
           {"patient_contact", std::string("no_preference")}, {"pace", 3.0}, {"typing", 3.0}}) {
    neutral.set(q, v);
  }
  resolve_answers(neutral, d.questionnaire);
  auto s = score_answers(d.questionnaire, d.catalog, neutral);
  CHECK(order(s) ==
        std::vector<std::string>{"assistant", "biller", "billing-coding", "coder", "scribe"});
  // Only some remote work wanted (a wish, not the need that rules roles out): biller and
  // billing-coding both at level 3 tie, and coder (4) leads; the tie goes to 'biller', which
  // sorts before 'billing-coding'. The scribe (1) and the assistant (0) follow by match.
  AnswerSet remote;
  remote.set("remote", std::string("would_like"));
  resolve_answers(remote, d.questionnaire);
  s = score_answers(d.questionnaire, d.catalog, remote);
  CHECK(order(s) ==
        std::vector<std::string>{"coder", "biller", "billing-coding", "scribe", "assistant"});
  CHECK(s.find("biller")->match == s.find("billing-coding")->match);
  // A training time of 0 (quick_start + 2) rules out the three that need training: they go
  // last, among themselves by match (biller 0.5 + 0, coder 1 - 1, billing-coding 0.5 - 1),
  // whatever their match against the other two.
  remote.set("training_months", 0.0);
  s = score_answers(d.questionnaire, d.catalog, remote);
  CHECK(order(s) ==
        std::vector<std::string>{"scribe", "assistant", "biller", "coder", "billing-coding"});
  CHECK(s.ranking[2].ruled_out);
  CHECK_FALSE(s.ranking[1].ruled_out);
}

TEST_CASE("the same place on every question is low signal, with its own warning") {
  RealData d;
  AnswerSet same;  // the first option of every single question, 1 on every scale
  for (const auto& q : d.questionnaire.questions) {
    if (!is_asked(q, same)) continue;
    if (q.type == QuestionType::single) same.set(q.id, q.options.front().id);
    if (q.type == QuestionType::scale) same.set(q.id, 1.0);
  }
  resolve_answers(same, d.questionnaire);
  auto s = score_answers(d.questionnaire, d.catalog, same);
  CHECK(s.total_weight > 0);  // the answers do lean somewhere...
  CHECK(s.low_signal);        // ...but say little about the person
  REQUIRE_FALSE(s.warnings.empty());
  CHECK(s.warnings.front() ==
        "You picked the same place on every question, which says little about you. Read "
        "each question again and answer it on its own.");
  // One answer elsewhere is enough to count as answered on its own.
  same.set("pace", 2.0);
  CHECK_FALSE(score_answers(d.questionnaire, d.catalog, same).low_signal);
}
