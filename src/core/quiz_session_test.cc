#include "medcareer/quiz_session.h"

#include "test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

TEST_CASE("the quiz walks the asked questions and keeps the count honest") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  REQUIRE(s.current());
  CHECK(s.current()->id == "q1");
  // q4 is asked only after q1 = x or y, so before q1 is answered there are 3 questions.
  CHECK(s.number() == 1);
  CHECK(s.count() == 3);
  s.answer(std::string("x"));
  CHECK(s.count() == 4);
  CHECK(s.current()->id == "q2");
  CHECK(s.number() == 2);
  s.skip();  // q2 is optional
  CHECK(s.current()->id == "q3");
  s.answer(6.0);
  CHECK(s.current()->id == "q4");
  CHECK(s.number() == 4);
  s.answer(std::vector<std::string>{"m2"});
  CHECK(s.at_review());
  CHECK(s.counted_answers().answers.size() == 3);
}

TEST_CASE("back returns to the previous asked question with its answer kept") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  CHECK_FALSE(s.back());  // nothing before the first question
  s.answer(std::string("y"));
  s.answer(4.0);
  REQUIRE(s.back());
  CHECK(s.current()->id == "q2");
  CHECK(std::get<double>(s.all_answers().find("q2")->value) == 4.0);
  REQUIRE(s.back());
  CHECK(s.current()->id == "q1");
}

TEST_CASE("changing an earlier answer hides a follow-up and sets its answer aside") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  s.answer(std::string("x"));
  s.answer(3.0);
  s.answer(12.0);
  s.answer(std::vector<std::string>{"m1"});
  REQUIRE(s.at_review());
  REQUIRE(s.jump_to("q1"));
  s.answer(std::string("n"));  // q4 is no longer asked
  CHECK(s.count() == 3);
  CHECK(s.counted_answers().find("q4") == nullptr);
  CHECK(s.all_answers().find("q4") != nullptr);  // kept in case q1 changes back
  CHECK_FALSE(s.jump_to("q4"));
}

TEST_CASE("a resumed quiz starts at the first unanswered question") {
  Tiny t;
  AnswerSet saved;
  saved.set("q1", std::string("x"));
  saved.set("q2", 2.0);
  QuizSession s(t.questionnaire, saved);
  REQUIRE(s.current());
  CHECK(s.current()->id == "q3");
  CHECK(s.number() == 3);
  saved.set("q3", 1.0);
  saved.set("q4", std::vector<std::string>{});
  CHECK(QuizSession(t.questionnaire, saved).at_review());
}

TEST_CASE("after a change from the review, a skipped question is not asked again") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  s.answer(std::string("x"));
  s.skip();  // q2
  s.answer(6.0);
  s.answer(std::vector<std::string>{"m2"});
  REQUIRE(s.at_review());
  REQUIRE(s.jump_to("q1"));
  s.answer(std::string("y"));
  s.to_first_unanswered();
  CHECK(s.at_review());
}
