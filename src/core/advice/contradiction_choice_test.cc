// Which of two contradicting answers matters more, as both quiz modes ask it: what is asked,
// and what each choice does to the answers (tests/e2e/quiz-plain-contradiction and
// tests/tmux/quiz_contradiction_test.sh show it through each mode).
#include "medcareer/contradiction_choice.h"

#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

namespace {

// q4 (asked after q1 = x or y) answered with the option that moves nothing.
const AnswerValue kNothing = std::vector<std::string>{"m3"};

// A session at its review, with `given` answered.
QuizSession at_review(const Tiny& t, std::vector<std::pair<std::string, AnswerValue>> given) {
  QuizSession session(t.questionnaire, t.answers(std::move(given)));
  REQUIRE(session.at_review());
  return session;
}

AnswerValue answer_to(const QuizSession& session, const std::string& id) {
  const AnswerSet answers = session.counted_answers();
  const Answer* a = answers.find(id);
  REQUIRE(a);
  return a->value;
}

}  // namespace

TEST_CASE("the pair is named in words; the answer that matters less goes to its neutral one") {
  Tiny t;
  ScoringModel model(t.questionnaire, t.catalog);
  // q1 "Ex" is +2 on trait a, q2 at 1 is -2 on it.
  QuizSession session =
      at_review(t, {{"q1", std::string("x")}, {"q2", 1.0}, {"q3", 12.0}, {"q4", kNothing}});
  ContradictionChoices choices(model, session);
  auto c = choices.next();
  REQUIRE(c);
  CHECK(c->trait == "Trait A");
  CHECK(c->first->id == "q1");
  CHECK(c->first_answer == "Ex");
  CHECK(c->second->id == "q2");
  CHECK(c->second_answer == "1 (one)");
  choices.choose(MattersMore::first);
  CHECK(session.at_review());
  CHECK(answer_to(session, "q1") == AnswerValue(std::string("x")));
  CHECK(answer_to(session, "q2") == AnswerValue(3.0));  // the middle of the scale
  CHECK(model.score(session.counted_answers()).contradictions.empty());
  CHECK_FALSE(choices.next());
}

TEST_CASE("a choice of several loses only the options that pull that way") {
  Tiny t;
  ScoringModel model(t.questionnaire, t.catalog);
  // q1 "Why" is +1 on trait b, "Em one" -2 on it; "Em three" moves nothing.
  QuizSession session = at_review(t, {{"q1", std::string("y")},
                                      {"q2", 3.0},
                                      {"q3", 12.0},
                                      {"q4", std::vector<std::string>{"m1", "m3"}}});
  ContradictionChoices choices(model, session);
  auto c = choices.next();
  REQUIRE(c);
  CHECK(c->trait == "Trait B");
  CHECK(c->first->id == "q1");
  CHECK(c->second->id == "q4");
  CHECK(c->second_answer == "Em one; Em three");
  choices.choose(MattersMore::first);
  CHECK(session.at_review());
  CHECK(answer_to(session, "q4") == AnswerValue(std::vector<std::string>{"m3"}));
  CHECK_FALSE(choices.next());
}

TEST_CASE("keeping both changes nothing and asks nothing more") {
  Tiny t;
  ScoringModel model(t.questionnaire, t.catalog);
  QuizSession session =
      at_review(t, {{"q1", std::string("x")}, {"q2", 1.0}, {"q3", 12.0}, {"q4", kNothing}});
  const AnswerSet before = session.counted_answers();
  ContradictionChoices choices(model, session);
  REQUIRE(choices.next());
  choices.choose(MattersMore::both);
  CHECK_FALSE(choices.next());  // the pair still contradicts, but the person has answered
  CHECK(answer_to(session, "q2") == AnswerValue(1.0));
  CHECK(session.counted_answers().answers.size() == before.answers.size());
}

TEST_CASE("an answer with no neutral option to go to is kept, and the asking ends") {
  Tiny t;
  ScoringModel model(t.questionnaire, t.catalog);
  // Every option of q1 moves a trait, carries a tag or rules a role out.
  QuizSession session =
      at_review(t, {{"q1", std::string("x")}, {"q2", 1.0}, {"q3", 12.0}, {"q4", kNothing}});
  ContradictionChoices choices(model, session);
  REQUIRE(choices.next());
  choices.choose(MattersMore::second);
  CHECK(answer_to(session, "q1") == AnswerValue(std::string("x")));
  CHECK(answer_to(session, "q2") == AnswerValue(1.0));
  CHECK_FALSE(choices.next());
}

TEST_CASE("no contradiction, nothing to ask") {
  Tiny t;
  ScoringModel model(t.questionnaire, t.catalog);
  QuizSession session =
      at_review(t, {{"q1", std::string("x")}, {"q2", 5.0}, {"q3", 12.0}, {"q4", kNothing}});
  ContradictionChoices choices(model, session);
  CHECK_FALSE(choices.next());
}
