// Answers files: where each mistake is pointed at.
#include <doctest/doctest.h>

#include "medcareer/answers.h"
#include "test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

namespace {

std::string error_of(const Questionnaire& q, const std::string& text) {
  auto loaded = load_answers("a.yaml", text, q);
  return loaded.ok() ? "ok" : loaded.error().to_string();
}

}  // namespace

TEST_CASE("answers files: each mistake is pointed at where it was written") {
  Tiny t;
  const Questionnaire& q = t.questionnaire;
  // An unknown question: its id, not its answer.
  CHECK(error_of(q, "answers:\n  q1: x\n  qq: 3\n") == "a.yaml:3:3: unknown question 'qq'");
  // An unknown option in a list: that item.
  CHECK(error_of(q, "answers:\n  q1: x\n  q4: [m1, m9]\n") ==
        "a.yaml:3:12: 'q4' has no option 'm9'");
  CHECK(error_of(q, "answers:\n  q1: x\n  q4:\n    - m2\n    - m2\n") ==
        "a.yaml:5:7: 'm2' is chosen twice for 'q4'");
  // A wrong version or questionnaire: the value.
  CHECK(error_of(q, "questionnaire: tiny\nversion: 9\nanswers: {q1: x}\n") ==
        "a.yaml:2:10: these answers are for version 9 of 'tiny', but this is version 2");
  CHECK(error_of(q, "version: 2\nquestionnaire: other\nanswers: {q1: x}\n") ==
        "a.yaml:2:16: these answers are for the questionnaire 'other', not 'tiny'");
  // An unknown single option: its value, as before.
  CHECK(error_of(q, "answers:\n  q1: z\n") == "a.yaml:2:7: 'q1' has no option 'z'");
  CHECK(error_of(q, "questionnaire: tiny\nversion: 2\nanswers: {q1: x, q3: 4}\n") == "ok");
}
