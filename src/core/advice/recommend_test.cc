#include "medcareer/recommend.h"

#include <algorithm>

#include "medcareer/source_file.h"
#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

TEST_CASE("the recommendation names the top role, its path and its certifications") {
  Tiny t;
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("x")}, {"q2", 4.0}, {"q3", 12.0}}), true);
  CHECK(rec.top == "r1");
  CHECK(rec.runner_up == "r2");
  REQUIRE(rec.path.size() == 4);
  CHECK(rec.path[0].stage == "train");
  CHECK(rec.path[1].text == "Cert One (C1) from Body");
  CHECK(rec.path[2].text == "Role One in place");  // the role's settings
  CHECK(rec.path[3].text == "Role Three");
  // C1 is recommended and shares the 'hospital' tag; C2 is advanced, so it comes later.
  REQUIRE(rec.certifications.size() == 2);
  CHECK(rec.certifications[0].id == "C1");
  CHECK_FALSE(rec.certifications[0].later);
  CHECK(rec.certifications[0].why ==
        std::vector<std::string>{"recommended for a Role One", "matches what you chose: hospital"});
  CHECK(rec.certifications[1].id == "C2");
  CHECK(rec.certifications[1].later);
}

TEST_CASE("why lists the answers that raised and lowered the top role") {
  Tiny t;
  // q1=x: a+2; q2=5: a+2; q3=2: b-1.  p = {a: 4, b: -1}, W = 5.
  // For r1: q1 -> 50*1/5 = +10, q2 -> +10, q3 -> 50*0.5/5 = +5. Nothing lowers r1.
  // r1 is ruled out (2 < 6 months), so pick r2 instead: q1 -> 50*(-1)/5 = -10, q2 -> -10,
  // q3 -> 50*(-1)/5 = -10: all lower r2, which still tops as the only role not ruled out.
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("x")}, {"q2", 5.0}, {"q3", 2.0}}), true);
  CHECK(rec.top == "r2");
  CHECK(rec.raised.empty());
  REQUIRE(rec.lowered.size() == 3);
  CHECK(rec.lowered[0].points == doctest::Approx(-10));
  CHECK(rec.lowered[0].answer == "Ex");
  CHECK(rec.lowered[1].answer == "5 (five)");
  CHECK(rec.lowered[2].answer == "2 months");
}

TEST_CASE("what would change the pick: the smallest change that puts the runner-up first") {
  Tiny t;
  // q1=x, q2=3 (neutral), q3=12: p = {a: 2}: r1 75, r2 25. Changing q1 to y gives
  // p = {b: 1}: r1 -> 25, r2 -> 100, the widest lead of any single change.
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("x")}, {"q2", 3.0}, {"q3", 12.0}}), true);
  REQUIRE(rec.change.has_value());
  REQUIRE(rec.change->edits.size() == 1);
  CHECK(rec.change->edits[0].question == "q1");
  CHECK(std::get<std::string>(rec.change->edits[0].to) == "y");
  CHECK(rec.change->new_top == "r2");
  CHECK(rec.change->new_match == doctest::Approx(100));
}

TEST_CASE("no pick is made when the answers carry too little signal") {
  Tiny t;
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("n")}, {"q3", 12.0}}), true);
  CHECK(rec.score.low_signal);
  CHECK(rec.top.empty());
  CHECK(rec.path.empty());
}

TEST_CASE("the train step carries the role's training lengths, or none when no source gives one") {
  Tiny t;
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("x")}, {"q2", 4.0}, {"q3", 12.0}}), false);
  REQUIRE(rec.path.size() == 4);
  REQUIRE(rec.path[0].lengths != nullptr);
  CHECK(rec.path[0].lengths->empty());  // r1 has no training figure
  for (std::size_t i = 1; i < rec.path.size(); ++i) CHECK(rec.path[i].lengths == nullptr);

  auto files = medcareer::testing::tiny_data_files();
  files[3].text += "training: [{low: 4, high: 24, unit: months, what: a program, source: s1}]\n";
  auto catalog = load_catalog(files);
  REQUIRE(catalog.ok());
  auto with_length =
      recommend(t.questionnaire, catalog.value(),
                t.answers({{"q1", std::string("x")}, {"q2", 4.0}, {"q3", 12.0}}), false);
  REQUIRE(with_length.path[0].lengths != nullptr);
  REQUIRE(with_length.path[0].lengths->size() == 1);
  CHECK(with_length.path[0].lengths->front().what == "a program");
  CHECK(with_length.path[0].lengths->front().source == "s1");
}

TEST_CASE("a number answer of one reads in the singular") {
  Tiny t;
  const Question& q3 = *t.questionnaire.find_question("q3");
  CHECK(answer_words(q3, 1.0) == "1 month");
  CHECK(answer_words(q3, 2.0) == "2 months");
  CHECK(answer_words(q3, 0.0) == "0 months");
}

TEST_CASE("a hope for higher pay counts in ranking certifications") {
  auto q = load_questionnaire(embedded_questionnaire());
  auto c = load_catalog(embedded_data_files());
  REQUIRE((q.ok() && c.ok()));
  auto file =
      read_source_file(std::string(MEDCAREER_SOURCE_DIR) + "/tests/personas/billing-coding.yaml",
                       "billing-coding.yaml");
  REQUIRE(file.ok());
  auto priya = load_answers(file.value().path, file.value().text, q.value());
  REQUIRE(priya.ok());
  auto ids = [](const Recommendation& rec) {
    std::vector<std::string> out;
    for (const auto& p : rec.certifications) out.push_back(p.id);
    return out;
  };
  AnswerSet modest = priya.value();
  modest.set("pay", std::string("modest"));
  auto without = recommend(q.value(), c.value(), modest, false);
  REQUIRE(without.top == "billing-coding");
  // CMRS shares a tag more with Priya's answers than CMIS does...
  CHECK(ids(without) == std::vector<std::string>{"CPC", "CPB", "CMRS", "CMIS", "CCA"});
  AnswerSet high = priya.value();
  high.set("pay", std::string("high"));
  auto with = recommend(q.value(), c.value(), high, false);
  // ...but CMIS is among the better paid, which is worth a tag to someone hoping for more.
  CHECK(ids(with) == std::vector<std::string>{"CPC", "CPB", "CMIS", "CMRS", "CCA"});
  const auto& cmis = with.certifications[2];
  CHECK(cmis.better_paid);
  CHECK(std::find(cmis.why.begin(), cmis.why.end(),
                  "among the better paid of these, as you hoped") != cmis.why.end());
  CHECK_FALSE(without.certifications[3].better_paid);
  // The same ranking from the catalog, as rank_certifications() gives it.
  auto score = score_answers(q.value(), c.value(), high);
  auto picks = rank_certifications(c.value(), *c.value().find_role("billing-coding"), score);
  REQUIRE(picks.size() == with.certifications.size());
  for (std::size_t i = 0; i < picks.size(); ++i) CHECK(picks[i].id == with.certifications[i].id);
}
