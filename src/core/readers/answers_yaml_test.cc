// Answers files: the skipped list, and where each mistake is pointed at.
#include <doctest/doctest.h>

#include "medcareer/answers.h"
#include "questionnaire/test_questionnaire.h"
#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::small_questionnaire;
using medcareer::testing::Tiny;

namespace {

Result<AnswerSet> load(const std::string& text) {
  return load_answers("a.yaml", text, small_questionnaire());
}

std::string error_of(const std::string& text) {
  auto loaded = load(text);
  REQUIRE_FALSE(loaded.ok());
  return loaded.error().to_string();
}

}  // namespace

TEST_CASE("an answers file may list skipped questions, and they are written back in order") {
  auto loaded = load("answers:\n  contact: lots\nskipped: [months]\n");
  REQUIRE(loaded.ok());
  CHECK(loaded.value().skipped == std::vector<std::string>{"months"});
  CHECK(answers_to_yaml(loaded.value(), small_questionnaire()) ==
        "questionnaire: career\nversion: 1\nanswers:\n  contact: lots\n"
        "skipped: [months]\n");
  AnswerSet none = load("answers:\n  contact: lots\nskipped:\n").value();
  CHECK(none.skipped.empty());
  CHECK(answers_to_yaml(none, small_questionnaire()).find("skipped") == std::string::npos);
}

TEST_CASE("a skipped list names known questions, each once, none answered") {
  CHECK(error_of("answers: {}\nskipped: [setings]\n") ==
        "a.yaml:2:10: unknown question 'setings' in 'skipped'");
  CHECK(error_of("answers: {}\nskipped: [months, months]\n") ==
        "a.yaml:2:10: 'months' is listed twice in 'skipped'");
  // The quiz never skips a question that may not be skipped, so neither may a file: a
  // resume file that did would leave the quiz with nothing to ask and an answer missing.
  CHECK(error_of("answers: {}\nskipped: [pace]\n") == "a.yaml:2:10: 'pace' may not be skipped");
  CHECK(error_of("answers:\n  pace: 2\nskipped: [pace]\n") ==
        "a.yaml:3:10: 'pace' is both answered and skipped");
  CHECK(error_of("answers: {}\nskipped: pace\n") ==
        "a.yaml:2:10: 'skipped' must be a list, not text");
}

namespace {

std::string error_in(const Questionnaire& q, const std::string& text) {
  auto loaded = load_answers("a.yaml", text, q);
  return loaded.ok() ? "ok" : loaded.error().to_string();
}

}  // namespace

TEST_CASE("answers files: each mistake is pointed at where it was written") {
  Tiny t;
  const Questionnaire& q = t.questionnaire;
  // An unknown question: its id, not its answer.
  CHECK(error_in(q, "answers:\n  q1: x\n  qq: 3\n") == "a.yaml:3:3: unknown question 'qq'");
  // An unknown option in a list: that item.
  CHECK(error_in(q, "answers:\n  q1: x\n  q4: [m1, m9]\n") ==
        "a.yaml:3:12: 'q4' has no option 'm9'");
  CHECK(error_in(q, "answers:\n  q1: x\n  q4:\n    - m2\n    - m2\n") ==
        "a.yaml:5:7: 'm2' is chosen twice for 'q4'");
  // A wrong version or questionnaire: the value.
  CHECK(error_in(q, "questionnaire: tiny\nversion: 9\nanswers: {q1: x}\n") ==
        "a.yaml:2:10: these answers are for version 9 of 'tiny', newer than this one (version 2)");
  CHECK(error_in(q, "version: 2\nquestionnaire: other\nanswers: {q1: x}\n") ==
        "a.yaml:2:16: these answers are for the questionnaire 'other', not 'tiny'");
  // An unknown single option: its value, as before.
  CHECK(error_in(q, "answers:\n  q1: z\n") == "a.yaml:2:7: 'q1' has no option 'z'");
  CHECK(error_in(q, "questionnaire: tiny\nversion: 2\nanswers: {q1: x, q3: 4}\n") == "ok");
}

TEST_CASE("an empty answer is pointed at on its own line, not at the next key") {
  CHECK(error_of("answers:\n  months:\n  pace: 2\n") ==
        "a.yaml:2:10: the answer to 'months' must be text, not nothing");
}

TEST_CASE("every format trims a number and takes a scale's anchor words") {
  auto loaded = load("answers:\n  months: \"12 \"\n  pace: very CALM\n");
  REQUIRE(loaded.ok());
  CHECK(std::get<double>(loaded.value().find("months")->value) == 12);
  CHECK(std::get<double>(loaded.value().find("pace")->value) == 1);
}
