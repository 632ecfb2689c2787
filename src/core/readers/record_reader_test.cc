#include "medcareer/record_reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <thread>
#include <vector>

#include "readers/record_readers.h"
#include "readers/record_test_util.h"

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

TEST_CASE("records cut by split() and read on other threads come out as next() reads them") {
  using testing::describe;
  const std::vector<std::pair<InputFormat, std::string>> inputs{
      {InputFormat::csv, "contact,pace,settings\nnone,3,hospital;home\nsometimes,9,\nlots,,home\n"},
      {InputFormat::jsonl,
       "{\"answers\": {\"contact\": \"none\"}}\nnot json\n{\"respondent\": \"Al\", \"answers\": "
       "{\"pace\": 9}}\n{\"answers\": {\"settings\": [\"home\"]}}\n"},
      {InputFormat::yaml,
       "answers: {contact: none}\n---\nanswers: {pace: [}\n---\n"
       "respondent: Bo\nanswers: {contact: lots}\n"}};
  for (const auto& input : inputs) {  // not a structured binding: clang 14 cannot capture one
    const InputFormat format = input.first;
    const std::string& text = input.second;
    CAPTURE(text);
    std::string expected;
    {
      std::istringstream in(text);
      auto reader = open_records(in, "in", format, testing::small_questionnaire());
      Record record;
      while (reader->next(record)) expected += describe(record) + "\n";
    }
    std::vector<Record> records;
    {
      std::istringstream in(text);
      auto reader = open_records(in, "in", format, testing::small_questionnaire());
      Record record;
      while (reader->split(record)) {
        records.push_back(std::move(record));
        record = Record{};
      }
    }  // the reader and its input are gone: the records keep what reading them needs
    CHECK(std::count_if(records.begin(), records.end(),
                        [](const Record& r) { return r.pending.parser != nullptr; }) >= 2);
    // Two threads, taking every other record from the end, as the score pipeline might.
    auto read_every_other = [&](std::size_t first) {
      for (std::size_t i = records.size(); i-- > 0;) {
        if (i % 2 == first) read_answers(records[i]);
      }
    };
    std::thread one(read_every_other, 0), two(read_every_other, 1);
    one.join();
    two.join();
    std::string got;
    for (const auto& r : records) got += describe(r) + "\n";
    CHECK(got == expected);
  }
}

TEST_CASE("lines end in LF, CRLF or CR alone; a NUL byte ends the input") {
  std::istringstream in("a\rb\r\nc\n\rd");
  LineReader lines(in, 100);
  std::string line;
  bool cut = false;
  std::vector<std::string> got;
  while (lines.next(line, cut)) got.push_back(line);
  CHECK(got == std::vector<std::string>{"a", "b", "c", "", "d"});
  std::istringstream binary(std::string("ok\nx\0y\nmore\n", 12));
  LineReader stopped(binary, 100);
  CHECK(stopped.next(line, cut));
  CHECK(stopped.next(line, cut));
  CHECK(stopped.halted() == "a NUL byte: this is not a text file; the rest of it is not read");
  CHECK_FALSE(stopped.next(line, cut));
}

TEST_CASE("a line past the skip limit ends the input, so an endless one stops") {
  std::istringstream in(std::string(1000, 'x') + "\nnext\n");
  LineReader lines(in, 10, 100);
  std::string line;
  bool cut = false;
  CHECK(lines.next(line, cut));
  CHECK(cut);
  CHECK(line.empty());
  CHECK(lines.halted() == "a line longer than 100 bytes; the rest of the input is not read");
  CHECK_FALSE(lines.next(line, cut));
}
