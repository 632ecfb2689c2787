// JSON Lines: one answers object per line, the same object as an answers file
// ({"respondent": ..., "questionnaire": ..., "version": ..., "answers": {...},
// "skipped": [...]}).
#include <algorithm>
#include <charconv>

#include "medcareer/suggest.h"
#include "readers/answer_index.h"
#include "readers/json_line.h"
#include "readers/record_readers.h"

namespace medcareer {

namespace {

using json_line::Kind;
using json_line::Value;

// Limits like those on YAML documents (yaml_reader.h): a line is read whole before it is
// parsed.
constexpr std::size_t kMaxLineBytes = 16u << 20;  // 16 MiB
constexpr std::size_t kMaxDepth = 64;             // nesting of objects and lists

// Reads the line of one record, on whichever thread read_answers() runs.
class JsonlParser final : public RecordParser {
 public:
  JsonlParser(const std::string& path, const Questionnaire& questionnaire)
      : path_(path), questionnaire_(questionnaire) {}

  Result<AnswerSet> parse(Record& record) const override {
    return catch_errors([&] { return read(record); });
  }

  // A record of the usual shape, {"respondent": ..., "answers": {...}}, whose every answer
  // names its question and options by id, or gives a number in range. Anything else (a
  // questionnaire or version, skipped questions, a problem) is left to parse().
  bool read_indexed(const Record& record, IndexedAnswers& out,
                    std::string_view& respondent) const override {
    thread_local json_line::Document document;  // reused: its buffers are kept
    if (json_line::parse(record.pending.text, kMaxDepth, document)) return false;
    const Value& top = document.root;
    if (top.kind != Kind::object) return false;
    const auto& questions = questionnaire_.questions;
    out.clear(questions.size());
    respondent = {};
    const Value* answers = nullptr;
    for (const auto& m : top.members) {
      if (m.key == "answers" && m.value.kind == Kind::object) {
        answers = &m.value;
      } else if (m.key == "respondent" && (m.value.kind == Kind::string ||
                                           (m.value.kind == Kind::number && m.value.integer))) {
        respondent = m.value.text;
      } else if (m.value.kind != Kind::null || !known_key(m.key)) {
        return false;
      }
    }
    if (!answers) return false;
    std::size_t next = 0;  // answers mostly come in questionnaire order
    for (const auto& m : answers->members) {
      if (m.value.kind == Kind::null) continue;  // unanswered
      const std::size_t at = question_index(questionnaire_, m.key, next);
      if (at == questions.size()) return false;
      next = at + 1;
      if (!index_value(questions[at], at, m.value, out)) return false;
    }
    return true;
  }

 private:
  static bool known_key(std::string_view key) {
    return key == "respondent" || key == "questionnaire" || key == "version" || key == "answers" ||
           key == "skipped";
  }

  // One answer into `out`, when it is one resolve_answers() accepts as it is.
  static bool index_value(const Question& q, std::size_t at, const Value& value,
                          IndexedAnswers& out) {
    switch (value.kind) {
      case Kind::string:
        return index_text(q, at, value.text, out);
      case Kind::boolean:
        return index_text(q, at, value.boolean ? "true" : "false", out);
      case Kind::number:
        return index_number(q, at, value.number, out);
      case Kind::array:
        start_list(at, out);
        for (const auto& item : value.items) {
          if (item.kind != Kind::string || !add_item(q, at, item.text, out)) return false;
        }
        return end_list(q, at, out);
      default:
        return false;
    }
  }

  // Where `offset` of the record's line is. Answers leave the path out: resolve_answers takes
  // the answer set's rather than have every answer copy it.
  static Position at(const Record& record, std::size_t offset, bool with_path = true) {
    return {with_path ? record.where.path : std::string(), record.where.line,
            static_cast<int>(offset) + 1};
  }

  AnswerSet read(Record& record) const {
    thread_local json_line::Document document;  // reused: its buffers are kept
    if (auto problem = json_line::parse(record.pending.text, kMaxDepth, document)) {
      fail(at(record, problem->offset), std::move(problem->message));
    }
    const Value& top = document.root;
    if (top.kind != Kind::object) {
      fail(record.where,
           std::string("a record must be a JSON object, not ") + json_line::kind_name(top.kind));
    }
    static const std::vector<std::string> keys{"respondent", "questionnaire", "version", "answers",
                                               "skipped"};
    auto wrong = [&](const json_line::Member& m, const char* expected) {
      fail(at(record, m.value.offset), "'" + std::string(m.key) + "' must be " + expected +
                                           ", not " + json_line::kind_name(m.value.kind));
    };
    AnswerSet set;
    set.where = record.where;
    const json_line::Member* answers = nullptr;
    for (const auto& m : top.members) {
      if (m.key == "answers") {
        answers = &m;
        if (m.value.kind != Kind::object && m.value.kind != Kind::null) wrong(m, "an object");
      } else if (m.value.kind == Kind::null) {
        continue;  // the same as leaving the key out
      } else if (m.key == "respondent") {
        // Text, or a whole number (a row or student number) taken as written.
        const bool whole = m.value.kind == Kind::number && m.value.integer;
        if (m.value.kind != Kind::string && !whole) wrong(m, "text");
        set.respondent = m.value.text;
        if (!set.respondent.empty()) record.id = set.respondent;  // also names a bad record
      } else if (m.key == "questionnaire") {
        if (m.value.kind != Kind::string) wrong(m, "text");
        set.questionnaire = m.value.text;
        set.questionnaire_line = record.where.line;
        set.questionnaire_column = static_cast<int>(m.value.offset) + 1;
      } else if (m.key == "version") {
        // "1" in quotes as well as 1, as YAML (where `version: "1"` is the same) takes it.
        double number = m.value.number;
        bool whole = m.value.kind == Kind::number && m.value.integer;
        if (m.value.kind == Kind::string) {
          long long parsed = 0;
          const std::string_view text = m.value.text;
          const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
          whole = error == std::errc() && end == text.data() + text.size() && !text.empty();
          number = static_cast<double>(parsed);
        }
        if (!whole || number < 1 || number > 1000000) {
          wrong(m, "a whole number from 1 to 1000000");
        }
        set.version = static_cast<int>(number);
        set.version_line = record.where.line;
        set.version_column = static_cast<int>(m.value.offset) + 1;
      } else if (m.key == "skipped") {
        if (m.value.kind != Kind::array) wrong(m, "a list of question ids");
        set.skipped_where = at(record, m.value.offset);
        for (const auto& item : m.value.items) {
          if (item.kind != Kind::string) {
            fail(at(record, item.offset), std::string("'skipped' must list question ids, not ") +
                                              json_line::kind_name(item.kind));
          }
          set.skipped.emplace_back(item.text);
        }
      } else {
        const std::string key(m.key);
        fail(at(record, m.key_offset), "unknown key '" + key + "'", did_you_mean(key, keys));
      }
    }
    if (!answers) fail(record.where, "a record needs 'answers'");
    set.answers.reserve(answers->value.members.size());
    for (const auto& m : answers->value.members) {
      if (m.value.kind == Kind::null) continue;  // unanswered
      // The key's position too (two numbers, no allocation); items of a list are pointed at
      // by the list, which spares a vector per answer on a million-line file.
      set.answers.push_back({std::string(m.key),
                             answer_value(record, m),
                             at(record, m.value.offset, false),
                             record.where.line,
                             static_cast<int>(m.key_offset) + 1,
                             {}});
    }
    resolve_answers(set, questionnaire_);
    return set;
  }

  static AnswerValue answer_value(const Record& record, const json_line::Member& m) {
    const Value& value = m.value;
    switch (value.kind) {
      case Kind::string:
        return std::string(value.text);
      case Kind::boolean:
        return std::string(value.boolean ? "true" : "false");
      case Kind::number:
        return value.number;
      case Kind::array: {
        std::vector<std::string> ids;
        ids.reserve(value.items.size());
        for (const auto& item : value.items) {
          if (item.kind != Kind::string) {
            fail(at(record, item.offset), "the answer to '" + std::string(m.key) +
                                              "' must list option ids, not " +
                                              json_line::kind_name(item.kind));
          }
          ids.emplace_back(item.text);
        }
        return ids;
      }
      default:
        break;
    }
    fail(at(record, value.offset), "the answer to '" + std::string(m.key) +
                                       "' must be an option id, a list of option ids or a "
                                       "number, not " +
                                       json_line::kind_name(value.kind));
  }

  std::string path_;
  const Questionnaire& questionnaire_;
};

// Cuts the input into lines, one record each; JsonlParser reads them.
class JsonlRecords final : public RecordReader {
 public:
  JsonlRecords(std::istream& in, const std::string& path, const Questionnaire& questionnaire)
      : lines_(in, kMaxLineBytes),
        path_(path),
        parser_(std::make_shared<JsonlParser>(path, questionnaire)) {}

  bool split(Record& out) override {
    if (done_) return false;
    do {
      if (!lines_.next(line_, too_long_)) {
        if (records_ > 0 || done_) return false;
        done_ = true;  // an empty file is a mistake, not zero respondents
        out = Record::failed(
            Error{
                {path_, 1, 1}, "no answers in this file: it is empty or has only blank lines", ""},
            path_);
        return true;
      }
      ++line_number_;
      if (line_number_ == 1 && line_.starts_with("\xEF\xBB\xBF")) line_.erase(0, 3);
    } while (!too_long_ && lines_.halted().empty() &&
             line_.find_first_not_of(" \t") == std::string::npos);  // blank lines
    ++records_;
    out.where = {path_, line_number_, 1};
    out.id = path_ + ":" + std::to_string(line_number_);
    if (!lines_.halted().empty()) {
      done_ = true;
      out.answers = Error{out.where, lines_.halted(), ""};
      return true;
    }
    if (too_long_) {
      out.answers =
          Error{out.where,
                "line is longer than " + std::to_string(kMaxLineBytes) + " bytes (the limit)", ""};
      return true;
    }
    if (records_ == 1 && spread_over_lines(line_)) {
      // A pretty-printed .json file: one clear message rather than one per line of it.
      done_ = true;
      Error error{out.where, "this is JSON over several lines; JSON Lines has one record per line",
                  line_.find('[') != std::string::npos
                      ? "write one object per line, e.g. with `jq -c '.[]' FILE`"
                      : "write one object per line, e.g. with `jq -c . FILE`"};
      keep_line(error, line_, line_number_);
      out = Record::failed(std::move(error), out.id);
      return true;
    }
    out.pending.text = std::move(line_);
    out.pending.parser = parser_;
    line_ = std::string();
    return true;
  }

 private:
  // A first line that opens a record and ends before anything else: `{`, `[` or `[{`.
  static bool spread_over_lines(std::string_view line) {
    std::string shape;
    for (char c : line) {
      if (c != ' ' && c != '\t') shape += c;
    }
    return shape == "{" || shape == "[" || shape == "[{";
  }

  LineReader lines_;
  std::string path_;
  std::shared_ptr<const JsonlParser> parser_;
  std::string line_;
  int line_number_ = 0;
  int records_ = 0;
  bool too_long_ = false;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> jsonl_records(std::istream& in, const std::string& path,
                                            const Questionnaire& questionnaire) {
  return std::make_unique<JsonlRecords>(in, path, questionnaire);
}

}  // namespace medcareer
