#include <doctest/doctest.h>

#include "record_test_util.h"

using namespace medcareer;
using testing::read_records;

namespace {

std::string read_yaml(const std::string& text) {
  return read_records(text, InputFormat::yaml, "r.yaml");
}

}  // namespace

TEST_CASE("yaml stream: each document is one respondent") {
  CHECK(read_yaml("# exported by hand\n"
                  "---\n"
                  "respondent: Jo\n"
                  "answers: {contact: lots, settings: [home, office]}\n"
                  "---\n"
                  "answers:\n"
                  "  pace: 4\n"
                  "...\n"
                  "---\n"
                  "--- # empty\n"
                  "questionnaire: career\n"
                  "version: 1\n"
                  "answers: {blood_ok: no}\n") ==
        "Jo: contact=lots settings=home+office\n"
        "r.yaml#2: pace=4\n"
        "r.yaml#3: blood_ok=no\n");
  CHECK(read_yaml("answers: {contact: none}\n") == "r.yaml#1: contact=none\n");
  CHECK(read_yaml("# nothing\n---\n") == "");
}

TEST_CASE("yaml stream: a broken document fails alone, with its position in the file") {
  CHECK(read_yaml("answers: {contact: lots}\n"
                  "---\n"
                  "answers: {contact: [lots}\n"
                  "---\n"
                  "respondent: Al\n"
                  "answers:\n"
                  "  contact: sometimes\n"
                  "---\r\n"
                  "answers: {pace: 2}\r\n") ==
        "r.yaml#1: contact=lots\n"
        "r.yaml#2: ERROR r.yaml:3:25: invalid YAML: illegal flow end\n"
        "Al: ERROR r.yaml:7:12: 'contact' has no option 'sometimes'\n"
        "r.yaml#4: pace=2\n");
  CHECK(read_yaml("---\nanswers: {}\n---\nanswer: {}\n") ==
        "r.yaml#1:\n"
        "r.yaml#2: ERROR r.yaml:4:1: unknown key 'answer' in an answers file\n");
}
