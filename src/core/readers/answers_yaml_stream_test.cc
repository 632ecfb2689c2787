#include <doctest/doctest.h>

#include "readers/record_test_util.h"

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
  // A file with no answers at all is a mistake (the wrong file, an export cut short).
  CHECK(read_yaml("# nothing\n---\n") ==
        "r.yaml: ERROR r.yaml:1:1: no answers in this file: it is empty or has only comments\n");
  CHECK(read_yaml("") ==
        "r.yaml: ERROR r.yaml:1:1: no answers in this file: it is empty or has only comments\n");
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

TEST_CASE("yaml stream: a document or a line over the limit fails alone") {
  const std::string huge = "# " + std::string(17u << 20, 'x') + "\n";
  CHECK(read_yaml(huge) ==
        "r.yaml#1: ERROR r.yaml:1:1: document is over 16777216 bytes (the limit)\n");
  CHECK(read_yaml("answers: {contact: lots}\n---\n" + huge + "---\nanswers: {pace: 4}\n") ==
        "r.yaml#1: contact=lots\n"
        "r.yaml#2: ERROR r.yaml:2:1: document is over 16777216 bytes (the limit)\n"
        "r.yaml#3: pace=4\n");
}
