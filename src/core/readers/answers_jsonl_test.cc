#include <doctest/doctest.h>

#include "readers/record_test_util.h"

using namespace medcareer;
using testing::read_records;

namespace {

std::string read_jsonl(const std::string& text) {
  return read_records(text, InputFormat::jsonl, "r.jsonl");
}

}  // namespace

TEST_CASE("jsonl: one record per line, blank lines skipped") {
  CHECK(read_jsonl("{\"respondent\": \"Jo\", \"questionnaire\": \"career\", \"version\": 1, "
                   "\"answers\": {\"contact\": \"lots\", \"settings\": [\"home\"], \"pace\": 2}}\n"
                   "\n"
                   "  \r\n"
                   "{\"answers\": {\"blood_ok\": true, \"months\": \"12\", \"contact\": null}}\r\n"
                   "{\"respondent\": 17, \"answers\": {}}") ==
        "Jo: contact=lots settings=home pace=2\n"
        "r.jsonl:4: blood_ok=yes months=12\n"
        "17:\n");
}

TEST_CASE("jsonl: a line that is not JSON fails alone, and the next line is read") {
  CHECK(read_jsonl("{\"answers\": {\"contact\": \"lots\",}}\n"
                   "{\"answers\": {\"contact\": \"none\"}}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:32: not valid JSON: expected a key in double quotes, not '}'\n"
        "r.jsonl:2: contact=none\n");
  CHECK(read_jsonl("{\"answers\": {}} trailing\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:17: not valid JSON: more text after the end of the record\n");
}

TEST_CASE("jsonl: shape and type errors") {
  CHECK(read_jsonl("[1, 2]\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:1: a record must be a JSON object, not a list\n");
  CHECK(read_jsonl("{\"respondent\": \"Jo\"}\n") ==
        "Jo: ERROR r.jsonl:1:1: a record needs 'answers'\n");
  CHECK(read_jsonl("{\"answer\": {}}\n") == "r.jsonl:1: ERROR r.jsonl:1:2: unknown key 'answer'\n");
  // "1" in quotes is the version 1, as `version: "1"` is in YAML; other text is not.
  CHECK(read_jsonl("{\"version\": \"1\", \"answers\": {}}\n") == "r.jsonl:1:\n");
  CHECK(read_jsonl("{\"version\": \"one\", \"answers\": {}}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:13: 'version' must be a whole number from 1 to 1000000, not "
        "text\n");
  CHECK(read_jsonl("{\"answers\": [\"lots\"]}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:13: 'answers' must be an object, not a list\n");
  CHECK(read_jsonl("{\"answers\": {\"settings\": [\"home\", 2]}}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:35: the answer to 'settings' must list option ids, not a "
        "number\n");
  CHECK(read_jsonl("{\"answers\": {\"contact\": \"lots\", \"contact\": \"none\"}}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:33: duplicate key 'contact'\n");
}

TEST_CASE("jsonl: an unknown option fails its record, positioned at the answer") {
  CHECK(read_jsonl("{\"respondent\": \"Jo\", \"answers\": {\"months\": 3, \"contact\": \"some\"}}\n"
                   "{\"respondent\": \"Al\", \"answers\": {\"contact\": \"none\"}}\n") ==
        "Jo: ERROR r.jsonl:1:58: 'contact' has no option 'some'\n"
        "Al: contact=none\n");
  CHECK(read_jsonl("{\"questionnaire\": \"other\", \"answers\": {}}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:19: these answers are for the questionnaire 'other', not "
        "'career'\n");
}

TEST_CASE("jsonl: an empty file, a number out of range, nesting and length past the limits") {
  CHECK(read_jsonl("") ==
        "r.jsonl: ERROR r.jsonl:1:1: no answers in this file: it is empty or has only blank "
        "lines\n");
  CHECK(read_jsonl("\n  \n") ==
        "r.jsonl: ERROR r.jsonl:1:1: no answers in this file: it is empty or has only blank "
        "lines\n");
  CHECK(read_jsonl("{\"answers\": {\"pace\": 1e400}}\n{\"answers\": {}}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:22: the number 1e400 is out of range\n"
        "r.jsonl:2:\n");
  const std::string deep =
      "{\"answers\": {\"pace\": " + std::string(100, '[') + std::string(100, ']') + "}}\n";
  CHECK(read_jsonl(deep) ==
        "r.jsonl:1: ERROR r.jsonl:1:84: nesting deeper than 64 levels (the limit)\n");
  // Brackets inside strings do not count.
  CHECK(read_jsonl("{\"respondent\": \"" + std::string(100, '[') + "\\\"\", \"answers\": {}}\n") ==
        std::string(100, '[') + "\":\n");
  const std::string long_line =
      "{\"respondent\": \"" + std::string(17u << 20, 'x') + "\", \"answers\": {}}\n";
  CHECK(read_jsonl(long_line + "{\"answers\": {}}") ==
        "r.jsonl:1: ERROR r.jsonl:1:1: line is longer than 16777216 bytes (the limit)\n"
        "r.jsonl:2:\n");
}

TEST_CASE("jsonl: skipped questions are read and checked") {
  CHECK(read_jsonl("{\"answers\": {\"contact\": \"lots\"}, \"skipped\": [\"months\"]}\n") ==
        "r.jsonl:1: contact=lots\n");
  CHECK(read_jsonl("{\"answers\": {}, \"skipped\": [\"settings\"]}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:28: 'settings' may not be skipped\n");
  CHECK(read_jsonl("{\"answers\": {}, \"skipped\": \"settings\"}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:28: 'skipped' must be a list of question ids, not text\n");
  CHECK(read_jsonl("{\"answers\": {}, \"skipped\": [3]}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:29: 'skipped' must list question ids, not a number\n");
  CHECK(read_jsonl("{\"answers\": {\"contact\": \"lots\"}, \"skipped\": [\"contact\"]}\n") ==
        "r.jsonl:1: ERROR r.jsonl:1:45: 'contact' is both answered and skipped\n");
}
