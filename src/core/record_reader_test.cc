#include "medcareer/record_reader.h"

#include <doctest/doctest.h>

using namespace medcareer;

TEST_CASE("input format by extension, whatever the content") {
  CHECK(detect_format("a/b.CSV", "{") == InputFormat::csv);
  CHECK(detect_format("answers.yml", "") == InputFormat::yaml);
  CHECK(detect_format("answers.yaml", "a,b") == InputFormat::yaml);
  CHECK(detect_format("x.jsonl", "") == InputFormat::jsonl);
  CHECK(detect_format("x.ndjson", "") == InputFormat::jsonl);
  CHECK(detect_format("x.json", "") == InputFormat::jsonl);
}

TEST_CASE("input format by content when the name does not tell") {
  CHECK(detect_format("-", "\n  {\"answers\": {}}\n") == InputFormat::jsonl);
  CHECK(detect_format("-", "---\nanswers: {}\n") == InputFormat::yaml);
  CHECK(detect_format("-", "# comment\n") == InputFormat::yaml);
  CHECK(detect_format("-", "questionnaire: career\n") == InputFormat::yaml);
  CHECK(detect_format("export", "\xEF\xBB\xBFTimestamp,How much: really?\n1,2\n") ==
        InputFormat::csv);
  CHECK(detect_format("export", "\"Timestamp\"\n") == InputFormat::csv);
  CHECK_FALSE(detect_format("export", "hello\n").has_value());
  CHECK_FALSE(detect_format("export", "").has_value());
  CHECK(format_name(InputFormat::jsonl) == "jsonl");
}
