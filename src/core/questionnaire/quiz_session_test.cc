#include "medcareer/quiz_session.h"

#include "testing/test_fixture.h"

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

TEST_CASE("skips are saved, and a resumed quiz goes on after them") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  s.answer(std::string("x"));
  s.skip();  // q2
  AnswerSet saved = s.counted_answers();
  CHECK(saved.skipped == std::vector<std::string>{"q2"});
  CHECK(saved.find("q2") == nullptr);
  QuizSession resumed(t.questionnaire, saved);
  REQUIRE(resumed.current());
  CHECK(resumed.current()->id == "q3");
  CHECK(resumed.number() == 3);
  CHECK(resumed.counted_answers().skipped == std::vector<std::string>{"q2"});
  // Answering a skipped question later takes it off the list.
  REQUIRE(resumed.jump_to("q2"));
  resumed.answer(4.0);
  CHECK(resumed.counted_answers().skipped.empty());
}

TEST_CASE("what is saved leaves out answers and skips of questions no longer asked") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  s.answer(std::string("x"));
  s.answer(3.0);
  s.answer(12.0);
  s.skip();  // q4 (the screens allow s on optional questions only; the session does not care)
  REQUIRE(s.jump_to("q1"));
  s.answer(std::string("n"));  // q4 is hidden now
  AnswerSet saved = s.counted_answers();
  CHECK(saved.find("q4") == nullptr);
  CHECK(saved.skipped.empty());
  REQUIRE(s.jump_to("q1"));
  s.answer(std::string("y"));  // q4 is asked again; its answer was set aside
  s.to_first_unanswered();
  CHECK(s.at_review());  // q4 was skipped before, so it is not asked again
  std::string yaml = answers_to_yaml(s.counted_answers(), t.questionnaire);
  CHECK(yaml.find("skipped: [q4]") != std::string::npos);
}

TEST_CASE("a hidden answer comes back, and is saved again, when its question is asked again") {
  Tiny t;
  QuizSession s(t.questionnaire, {});
  s.answer(std::string("x"));
  s.answer(3.0);
  s.answer(12.0);
  s.answer(std::vector<std::string>{"m1"});
  REQUIRE(s.jump_to("q1"));
  s.answer(std::string("n"));
  CHECK(answers_to_yaml(s.counted_answers(), t.questionnaire).find("q4") == std::string::npos);
  REQUIRE(s.jump_to("q1"));
  s.answer(std::string("y"));
  CHECK(answers_to_yaml(s.counted_answers(), t.questionnaire).find("q4: [m1]") !=
        std::string::npos);
}
