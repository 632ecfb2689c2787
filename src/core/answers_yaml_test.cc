#include <doctest/doctest.h>

#include "medcareer/answers.h"
#include "test_questionnaire.h"

using namespace medcareer;
using testing::small_questionnaire;

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
  auto loaded = load("answers:\n  contact: lots\nskipped: [months, settings]\n");
  REQUIRE(loaded.ok());
  CHECK(loaded.value().skipped == std::vector<std::string>{"months", "settings"});
  CHECK(answers_to_yaml(loaded.value(), small_questionnaire()) ==
        "questionnaire: career\nversion: 1\nanswers:\n  contact: lots\n"
        "skipped: [settings, months]\n");
  AnswerSet none = load("answers:\n  contact: lots\nskipped:\n").value();
  CHECK(none.skipped.empty());
  CHECK(answers_to_yaml(none, small_questionnaire()).find("skipped") == std::string::npos);
}

TEST_CASE("a skipped list names known questions, each once, none answered") {
  CHECK(error_of("answers: {}\nskipped: [setings]\n") ==
        "a.yaml:2:10: unknown question 'setings' in 'skipped'");
  CHECK(error_of("answers: {}\nskipped: [pace, pace]\n") ==
        "a.yaml:2:10: 'pace' is listed twice in 'skipped'");
  CHECK(error_of("answers:\n  pace: 2\nskipped: [pace]\n") ==
        "a.yaml:3:10: 'pace' is both answered and skipped");
  CHECK(error_of("answers: {}\nskipped: pace\n") ==
        "a.yaml:2:10: 'skipped' must be a list, not text");
}
