// JSON Lines: one answers object per line, the same object as an answers file
// ({"respondent": ..., "questionnaire": ..., "version": ..., "answers": {...}}).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "medcareer/suggest.h"
#include "record_readers.h"

namespace medcareer {

namespace {

// ordered_json keeps the answers in the order written, as the other formats do.
using json = nlohmann::ordered_json;

std::string kind_of(const json& value) {
  switch (value.type()) {
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "a list";
    case json::value_t::string:
      return "text";
    case json::value_t::boolean:
      return "true or false";
    case json::value_t::null:
      return "null";
    default:
      return "a number";
  }
}

// nlohmann's message without its prefix and without the text it last read, which can be
// long or not even valid UTF-8: "unexpected '}'; expected string literal".
std::string json_reason(const std::string& what) {
  std::string reason = what;
  if (auto dash = reason.find(" - "); dash != std::string::npos) {
    reason.erase(0, dash + 3);
  } else if (reason.starts_with("[json.exception.")) {  // "[json.exception.out_of_range.406] "
    reason.erase(0, reason.find("] ") + 2);
  }
  if (auto last = reason.find("; last read: "); last != std::string::npos) {
    auto expected = reason.find("; expected", last);
    reason.erase(last, expected == std::string::npos ? std::string::npos : expected - last);
  }
  return reason;
}

// The column of the value of `"key":` at or after `from` in `line` (0 when not found).
// nlohmann keeps no positions, so this points at the answer as a person wrote it;
// a key written with escapes is not found, and the record's line is still right.
std::size_t value_offset(const std::string& line, const std::string& key, std::size_t from) {
  const std::string quoted = '"' + key + '"';
  for (auto at = line.find(quoted, from); at != std::string::npos; at = line.find(quoted, at + 1)) {
    auto colon = line.find_first_not_of(" \t", at + quoted.size());
    if (colon == std::string::npos || line[colon] != ':') continue;
    auto value = line.find_first_not_of(" \t", colon + 1);
    return value == std::string::npos ? std::string::npos : value;
  }
  return std::string::npos;
}

// Limits like those on YAML documents (yaml_reader.h): one line is read whole before it is
// parsed, and nlohmann sets no bound of its own on either.
constexpr std::size_t kMaxLineBytes = 16u << 20;  // 16 MiB
constexpr std::size_t kMaxDepth = 64;             // nesting of objects and lists

// Where `line` nests objects and lists deeper than `limit` (outside strings), or npos.
std::size_t too_deep(const std::string& line, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string::npos;
}

class JsonlRecords final : public RecordReader {
 public:
  JsonlRecords(std::istream& in, const std::string& path, const Questionnaire& questionnaire)
      : in_(in), path_(path), questionnaire_(questionnaire) {}

  bool next(Record& out) override {
    do {
      if (!read_line(in_, line_, kMaxLineBytes, too_long_)) {
        if (records_ > 0 || told_empty_) return false;
        told_empty_ = true;  // an empty file is a mistake, not zero respondents
        out = Record{Error{{path_, 1, 1},
                           "no answers in this file: it is empty or has only "
                           "blank lines",
                           ""},
                     path_,
                     {path_, 1, 1}};
        return true;
      }
      ++line_number_;
      if (line_number_ == 1 && line_.starts_with("\xEF\xBB\xBF")) line_.erase(0, 3);
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    } while (!too_long_ && line_.find_first_not_of(" \t") == std::string::npos);  // blank lines
    ++records_;
    out.where = {path_, line_number_, 1};
    out.id = path_ + ":" + std::to_string(line_number_);
    out.answers = catch_errors([&] { return read(out); });
    return true;
  }

 private:
  Position at(std::size_t offset, bool with_path = true) const {
    return {with_path ? path_ : std::string(), line_number_,
            offset == std::string::npos ? 1 : static_cast<int>(offset) + 1};
  }

  json parse() {
    // nlohmann keeps the last of two equal keys; a second answer to one question must not
    // silently replace the first, so keys are checked as they are read.
    std::vector<std::set<std::string>> keys;
    std::string duplicate;
    json::parser_callback_t check = [&](int depth, json::parse_event_t event, json& parsed) {
      const auto level = static_cast<std::size_t>(depth);
      if (event == json::parse_event_t::object_start) {
        if (keys.size() <= level + 1) keys.resize(level + 2);
        keys[level + 1].clear();
      } else if (event == json::parse_event_t::key && duplicate.empty() && level < keys.size() &&
                 !keys[level].insert(parsed.get<std::string>()).second) {
        duplicate = parsed.get<std::string>();
      }
      return true;
    };
    json value;
    try {
      value = json::parse(line_, check);
    } catch (const json::parse_error& e) {
      fail(at(e.byte ? e.byte - 1 : 0), "not valid JSON: " + json_reason(e.what()));
    } catch (const json::out_of_range& e) {
      // A number too large for a double: "number overflow parsing '1e400'".
      std::string reason = e.what();
      reason.erase(0, reason.find("] ") == std::string::npos ? 0 : reason.find("] ") + 2);
      const auto open = reason.find('\'');
      const auto close = reason.rfind('\'');
      std::size_t where = std::string::npos;
      if (open != std::string::npos && close > open) {
        where = line_.find(reason.substr(open + 1, close - open - 1));
      }
      fail(at(where), "not valid JSON: " + reason);
    } catch (const json::exception& e) {
      // Anything else the parser may throw is still one bad line, never the end of the run.
      fail(at(std::string::npos), "not valid JSON: " + json_reason(e.what()));
    }
    if (!duplicate.empty()) {
      fail(at(value_offset(line_, duplicate, line_.find('"' + duplicate + '"') + 1)),
           "duplicate key '" + duplicate + "'");
    }
    return value;
  }

  AnswerSet read(Record& record) {
    if (too_long_) {
      fail(record.where,
           "line is longer than " + std::to_string(kMaxLineBytes) + " bytes (the limit)");
    }
    if (const std::size_t deep = too_deep(line_, kMaxDepth); deep != std::string::npos) {
      fail(at(deep), "nesting deeper than " + std::to_string(kMaxDepth) + " levels (the limit)");
    }
    const json top = parse();
    if (!top.is_object()) fail(record.where, "a record must be a JSON object, not " + kind_of(top));
    static const std::vector<std::string> keys{"respondent", "questionnaire", "version", "answers"};
    for (const auto& [key, value] : top.items()) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        fail(at(value_offset(line_, key, 0)), "unknown key '" + key + "'", did_you_mean(key, keys));
      }
    }
    AnswerSet set;
    set.where = record.where;
    auto field = [&](const char* key) -> const json* {
      auto it = top.find(key);
      return it == top.end() || it->is_null() ? nullptr : &*it;
    };
    auto wrong = [&](const char* key, const char* expected, const json& value) {
      fail(at(value_offset(line_, key, 0)),
           std::string("'") + key + "' must be " + expected + ", not " + kind_of(value));
    };
    if (const json* r = field("respondent")) {
      if (r->is_string()) {
        set.respondent = r->get<std::string>();
      } else if (r->is_number_integer()) {  // a row number or student number
        set.respondent = r->dump();
      } else {
        wrong("respondent", "text", *r);
      }
      if (!set.respondent.empty()) record.id = set.respondent;  // also names a bad record
    }
    if (const json* q = field("questionnaire")) {
      if (!q->is_string()) wrong("questionnaire", "text", *q);
      set.questionnaire = q->get<std::string>();
    }
    if (const json* v = field("version")) {
      if (!v->is_number_integer() || v->get<long long>() < 1 || v->get<long long>() > 1000000) {
        wrong("version", "a whole number from 1 to 1000000", *v);
      }
      set.version = v->get<int>();
    }
    const json* answers = field("answers");
    if (!top.contains("answers")) fail(record.where, "a record needs 'answers'");
    if (answers && !answers->is_object()) wrong("answers", "an object", *answers);
    const std::size_t answers_at = value_offset(line_, "answers", 0);
    if (answers) {
      for (const auto& [question, value] : answers->items()) {
        const std::size_t offset = value_offset(line_, question, answers_at);
        if (value.is_null()) continue;  // unanswered
        // No path: resolve_answers takes it from the set rather than have every answer copy it.
        Position where = at(offset, false);
        set.answers.push_back({question, answer_value(question, value, offset), std::move(where)});
      }
    }
    resolve_answers(set, questionnaire_);
    return set;
  }

  AnswerValue answer_value(const std::string& question, const json& value,
                           std::size_t offset) const {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return std::string(value.get<bool>() ? "true" : "false");
    if (value.is_number()) return value.get<double>();
    if (value.is_array()) {
      std::vector<std::string> ids;
      for (const auto& item : value) {
        if (!item.is_string()) {
          fail(at(offset),
               "the answer to '" + question + "' must list option ids, not " + kind_of(item));
        }
        ids.push_back(item.get<std::string>());
      }
      return ids;
    }
    fail(at(offset), "the answer to '" + question +
                         "' must be an option id, a list of option ids or "
                         "a number, not " +
                         kind_of(value));
  }

  std::istream& in_;
  std::string path_;
  const Questionnaire& questionnaire_;
  std::string line_;
  int line_number_ = 0;
  int records_ = 0;
  bool too_long_ = false;
  bool told_empty_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> jsonl_records(std::istream& in, const std::string& path,
                                            const Questionnaire& questionnaire) {
  return std::make_unique<JsonlRecords>(in, path, questionnaire);
}

}  // namespace medcareer
