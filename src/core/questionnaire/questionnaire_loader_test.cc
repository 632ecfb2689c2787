// Every way a questionnaire can be wrong, with the exact message and its position.
#include <doctest/doctest.h>

#include <string>

#include "testing/test_fixture.h"

using namespace medcareer;

namespace {

// The tiny questionnaire with one piece of text replaced by another.
std::string load_error(const std::string& from, const std::string& to) {
  std::string text = medcareer::testing::kQuestions;
  auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  auto q = load_questionnaire({"q.yaml", "q.yaml", text});
  return q.ok() ? "loaded" : q.error().to_string();
}

}  // namespace

TEST_CASE("weights must be in range and name declared traits") {
  CHECK(load_error("traits: {a: 2}, tags", "traits: {a: 5}, tags") ==
        "q.yaml:16:44: the weight of 'a' must be from -3 to 3, not 5");
  CHECK(load_error("traits: {a: 2}, tags", "traits: {c: 2}, tags") ==
        "q.yaml:16:41: unknown trait 'c'");
}

TEST_CASE("conditions must refer to an earlier question and existing options") {
  CHECK(load_error("when: {question: q1, in: [x, y]}", "when: {question: q9, in: [x]}") ==
        "q.yaml:43:26: 'when' refers to 'q9', which is not an earlier question");
  CHECK(load_error("when: {question: q1, in: [x, y]}", "when: {question: q4, in: [m1]}") ==
        "q.yaml:43:26: 'when' refers to 'q4', which is not an earlier question");
  CHECK(load_error("when: {question: q1, in: [x, y]}", "when: {question: q1, in: [x, z]}") ==
        "q.yaml:43:38: 'q1' has no option 'z'");
  CHECK(load_error("when: {question: q1, in: [x, y]}", "when: {question: q2, in: [x]}") ==
        "q.yaml:43:15: 'in' needs a question with options; 'q2' takes a number");
}

TEST_CASE("question shapes are checked") {
  CHECK(load_error("type: scale", "type: slider") ==
        "q.yaml:24:15: unknown question type 'slider'; use single, multi, scale, number or yes_no");
  CHECK(load_error("anchors: [one, two, three, four, five]", "anchors: [one, two]") ==
        "q.yaml:26:18: a scale needs exactly 5 anchors");
  CHECK(load_error("max: 2\n", "max: 9\n") == "q.yaml:42:14: 'max' must be from 1 to 3, not 9");
  CHECK(load_error("      - id: q2\n", "      - id: q1\n") ==
        "q.yaml:21:9: duplicate question id 'q1'");
  CHECK(load_error("          - {id: y, label: Why", "          - {id: x, label: Why") ==
        "q.yaml:17:13: duplicate option id 'x'");
  CHECK(load_error("version: 2", "version: two") ==
        "q.yaml:2:10: 'version' must be a whole number, not 'two'");
}

TEST_CASE("ids, prompts and labels must be there, and labels must tell options apart") {
  CHECK(load_error("      - id: q1\n", "      - id: ''\n") == "q.yaml:11:13: 'id' is empty");
  CHECK(load_error("      - id: q1\n", "      - id: \"q\\n1\"\n") ==
        "q.yaml:11:13: 'id' holds a space or a control character (byte 10)");
  CHECK(load_error("{id: y, label: Why", "{id: 'y z', label: Why") ==
        "q.yaml:17:18: 'id' holds a space or a control character (byte 32)");
  CHECK(load_error("prompt: Pick one.", "prompt: '  '") == "q.yaml:12:17: 'prompt' is empty");
  CHECK(load_error("label: Why", "label: ''") == "q.yaml:17:28: 'label' is empty");
  CHECK(load_error("label: Why", "label: EX") ==
        "q.yaml:17:13: two options of 'q1' have the label 'EX'");
}

TEST_CASE("a yes_no question has yes and no, and may add not_sure as the third") {
  // q1's options are x, y and n: not those of a yes/no question.
  CHECK(load_error("type: single", "type: yes_no") ==
        "q.yaml:11:9: a yes_no question must have the options 'yes' and 'no', and may add "
        "'not_sure' as the third");
  // The default questionnaire's blood_ok and exam_ok carry the third.
  medcareer::testing::RealData d;
  CHECK(d.questionnaire.find_question("blood_ok")->options.back().id == "not_sure");
}
