// The match drawn toward 50 by the evidence, worked by hand (docs/data-format.md, "Scoring"),
// and calibration: thin answers never show a strong match and always warn, while the
// per-role persona answers still pick their role with strong evidence.
#include <fstream>
#include <random>

#include "advice/compiled_model.h"
#include "medcareer/answer_space.h"
#include "medcareer/recommend.h"
#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

TEST_CASE("the full-evidence weight: half the most a full set carries, at least twice two") {
  Tiny t;
  t.questionnaire.full_evidence.reset();  // the fixture sets its own; the rule decides here
  // Heaviest answers: q1 2 (x), q2 2 (a scale end), q3 1 (the band), q4 3 (m1 + m2): M = 8,
  // and the two heaviest, q4 and q1, carry 5. F = max(8 / 2, 2 * 5) = 10.
  const auto bounds = detail::weight_bounds(t.questionnaire);
  CHECK(bounds.all == doctest::Approx(8));
  CHECK(bounds.two == doctest::Approx(5));
  CHECK(ScoringModel(t.questionnaire, t.catalog).compiled().full_weight == doctest::Approx(10));
  testing::RealData d;
  const auto real = detail::weight_bounds(d.questionnaire);
  CHECK(real.all == doctest::Approx(72));
  CHECK(real.two == doctest::Approx(18));
  CHECK(ScoringModel(d.questionnaire, d.catalog).compiled().full_weight == doctest::Approx(36));
  t.questionnaire.full_evidence = 1;  // a questionnaire may set it, as the fixture does
  CHECK(ScoringModel(t.questionnaire, t.catalog).compiled().full_weight == doctest::Approx(1));
}

TEST_CASE("thin evidence is drawn toward 50 and warned about; more evidence is not") {
  Tiny t;
  t.questionnaire.full_evidence.reset();
  // q1=x only: p = {a: 2}, W = 2, F = 10. r1: raw 2 * 0.5 = 1 -> 50 + 50 * 1 / 10 = 55
  // (dividing by W alone gave 75); r2: -1 -> 45. Evidence 2 / 10 = 0.2: low.
  auto thin = score_answers(t.questionnaire, t.catalog,
                            t.answers({{"q1", std::string("x")}, {"q2", 3.0}, {"q3", 12.0}}));
  CHECK(thin.find("r1")->match == doctest::Approx(55));
  CHECK(thin.find("r2")->match == doctest::Approx(45));
  CHECK(thin.evidence == doctest::Approx(0.2));
  CHECK(thin.evidence_level == Evidence::low);
  CHECK(thin.leaning == 1);
  CHECK(thin.low_signal);
  CHECK(thin.warnings.front() ==
        "The evidence is low: 1 of 3 answers lean one way or the other, and together they "
        "carry 20% of the weight that counts as full evidence, so every match stays near 50 and "
        "no job is picked. Answer more questions with what you really like or dislike.");
  // q1=x, q2=5, q4=[m1, m2]: p = {a: 5, b: -2}, W = 7: evidence 0.7, moderate.
  // r1: 5 * 0.5 + -2 * -0.5 = 3.5 -> 50 + 50 * 3.5 / 10 = 67.5.
  auto moderate = score_answers(t.questionnaire, t.catalog,
                                t.answers({{"q1", std::string("x")},
                                           {"q2", 5.0},
                                           {"q3", 12.0},
                                           {"q4", std::vector<std::string>{"m1", "m2"}}}));
  CHECK(moderate.find("r1")->match == doctest::Approx(67.5));
  CHECK(moderate.evidence == doctest::Approx(0.7));
  CHECK(moderate.evidence_level == Evidence::moderate);
  CHECK_FALSE(moderate.low_signal);
  // With q3=2 as well (b - 1): W = 8, evidence 0.8, strong; r1: 4 -> 70 (ruled out: 2 < 6).
  auto strong = score_answers(t.questionnaire, t.catalog,
                              t.answers({{"q1", std::string("x")},
                                         {"q2", 5.0},
                                         {"q3", 2.0},
                                         {"q4", std::vector<std::string>{"m1", "m2"}}}));
  CHECK(strong.evidence_level == Evidence::strong);
  CHECK(strong.find("r1")->match == doctest::Approx(70));
  CHECK(evidence_word(Evidence::moderate) == "moderate");
}

TEST_CASE("calibration: thousands of thin answer sets never show a match above 75, and warn") {
  testing::RealData d;
  const ScoringModel model(d.questionnaire, d.catalog);
  std::mt19937 rng(20261201);
  int sets = 0;
  for (int n = 0; n < 5000; ++n) {
    // Every question neutral, then one or two of them given another answer.
    AnswerSet answers;
    for (const auto& q : d.questionnaire.questions) {
      if (!is_asked(q, answers)) continue;
      if (auto v = neutral_answer(q)) answers.set(q.id, *v);
    }
    const std::size_t changes = 1 + rng() % 2;
    for (std::size_t k = 0; k < changes; ++k) {
      const Question& q = d.questionnaire.questions[rng() % d.questionnaire.questions.size()];
      if (!is_asked(q, answers)) continue;
      auto values = alternative_answers(q, answers.find(q.id));
      if (q.type == QuestionType::multi) {  // any choice of options, up to the most allowed
        std::vector<std::string> ids;
        for (const auto& o : q.options) {
          if (ids.size() < q.max_choices && rng() % 2 == 0) ids.push_back(o.id);
        }
        values.assign(1, AnswerValue(ids));
      }
      if (!values.empty()) answers.set(q.id, values[rng() % values.size()]);
    }
    resolve_answers(answers, d.questionnaire);
    const ScoreResult s = model.score(answers);
    ++sets;
    for (const auto& r : s.ranking) CHECK(r.match <= 75);
    CHECK(s.low_signal);
    CHECK(s.evidence_level == Evidence::low);
    CHECK_FALSE(s.warnings.empty());
  }
  CHECK(sets == 5000);
}

TEST_CASE("calibration: every per-role persona still picks its role clearly") {
  testing::RealData d;
  const ScoringModel model(d.questionnaire, d.catalog);
  for (const std::string role : {"assistant", "biller", "billing-coding", "coder", "scribe"}) {
    CAPTURE(role);
    const std::string path =
        std::string(MEDCAREER_SOURCE_DIR) + "/tests/personas/" + role + ".yaml";
    std::ifstream in(path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto answers = load_answers(path, text, d.questionnaire);
    REQUIRE(answers.ok());
    const Recommendation rec = recommend(model, answers.value(), Advice::ranking);
    CHECK(rec.top == role);
    CHECK(rec.score.evidence_level != Evidence::low);
    REQUIRE(rec.score.ranking.size() > 1);
    CHECK(rec.score.ranking[0].match - rec.score.ranking[1].match > 4);
  }
}
