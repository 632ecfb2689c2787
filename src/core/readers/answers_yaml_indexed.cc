// The indexed path for YAML answers documents (RecordParser::read_indexed): documents of the
// shape `quiz --save` and the form tools write, read line by line without building a node
// tree, which takes a hundredth of the instructions of yaml-cpp on a small file:
//
//   questionnaire: career        # optional, and then this questionnaire's id
//   version: 2                   # optional, and then this questionnaire's version
//   respondent: Ana              # optional
//   answers:
//     pace: 4
//     settings: [clinic, home]   # or a block list below the key, indented further
//
// Only what is plainly that shape is read here: plain scalars of letters, digits and
// `_-.+/@` (with spaces inside), quoted ones without escapes, one-line flow lists,
// comments. Anything else (anchors, tags, multi-line scalars, other keys, a byte outside
// printable ASCII, an answer resolve_answers() would refuse) returns false, and the document
// goes through yaml-cpp and parse(), which reads it or reports what is wrong.
#include <string>

#include "readers/answer_index.h"
#include "readers/answers_yaml.h"

namespace medcareer {

namespace {

bool plain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == '+' || c == '/' || c == '@';
}

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

void skip_spaces(std::string_view& s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
}

// Nothing but spaces and a comment (`#` after a space) is left.
bool at_end(std::string_view s, bool after_space) {
  const std::size_t before = s.size();
  skip_spaces(s);
  if (s.empty()) return true;
  return s.front() == '#' && (after_space || s.size() < before);
}

// A scalar at the start of `s`, which is advanced past it. In a flow list a plain scalar
// ends at ',' or ']'; in a block, at the end of the line or a comment.
bool scalar(std::string_view& s, std::string_view& out, bool flow) {
  if (s.empty()) return false;
  const char quote = s.front();
  if (quote == '\'' || quote == '"') {
    const std::size_t end = s.find(quote, 1);
    if (end == std::string_view::npos) return false;  // runs on to another line
    out = s.substr(1, end - 1);
    s.remove_prefix(end + 1);
    // '' (a quote in single quotes) and escapes in double quotes are yaml-cpp's to read.
    if (!s.empty() && s.front() == quote) return false;
    return out.find('\\') == std::string_view::npos && out.find('\'') == std::string_view::npos &&
           out.find('"') == std::string_view::npos;
  }
  if (s.front() == '@' || (s.front() == '-' && (s.size() == 1 || s[1] == ' '))) return false;
  std::size_t n = 0;
  while (n < s.size() && (plain_char(s[n]) || s[n] == ' ')) ++n;
  std::size_t length = n;
  while (length > 0 && s[length - 1] == ' ') --length;
  if (length == 0) return false;
  out = s.substr(0, length);
  s.remove_prefix(n);
  if (!flow && !at_end(s, n > length)) return false;
  // Plain words that YAML reads as nothing.
  return out != "~" && out != "null" && out != "Null" && out != "NULL";
}

// `[a, b]` at the start of `s`: each item through add(item).
template <class Add>
bool flow_list(std::string_view s, Add&& add) {
  s.remove_prefix(1);  // '['
  skip_spaces(s);
  if (!s.empty() && s.front() == ']') {
    s.remove_prefix(1);
    return at_end(s, false);
  }
  for (;;) {
    std::string_view item;
    skip_spaces(s);
    if (!scalar(s, item, true) || !add(item)) return false;
    skip_spaces(s);
    if (s.empty()) return false;
    const char c = s.front();
    s.remove_prefix(1);
    if (c == ']') return at_end(s, false);
    if (c != ',') return false;
  }
}

// Only printable ASCII, spaces and line feeds: anything else (a tab, a CR, a byte of UTF-8
// that yaml::parse checks) is for the full reader.
bool plain_text(std::string_view text) {
  for (char c : text) {
    if ((c < ' ' && c != '\n') || c == '\x7f' || static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool index_yaml_answers(std::string_view text, const Questionnaire& questionnaire,
                        IndexedAnswers& out, std::string_view& respondent) {
  if (!plain_text(text)) return false;
  const auto& questions = questionnaire.questions;
  out.clear(questions.size());
  respondent = {};
  const std::string version = std::to_string(questionnaire.version);
  bool seen_questionnaire = false, seen_version = false, seen_respondent = false;
  bool seen_answers = false, in_answers = false;
  std::size_t answers_indent = 0;  // of the answers' keys; 0 until the first
  std::size_t next = 0;            // the question after the last one answered
  // A key with nothing after it, whose block list follows: its question and indents.
  std::size_t list_question = questions.size(), key_indent = 0, item_indent = 0;
  auto end_block_list = [&] {
    if (list_question == questions.size()) return true;
    const std::size_t at = list_question;
    list_question = questions.size();
    // No items: the key has nothing after it, which parse() reports.
    return item_indent > 0 && end_list(questions[at], at, out);
  };
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    std::string_view body = line.substr(indent);
    if (body.empty() || body.front() == '#') continue;
    const bool item = body.front() == '-' && (body.size() == 1 || body[1] == ' ');
    if (list_question != questions.size()) {
      if (item && indent > key_indent && (item_indent == 0 || indent == item_indent)) {
        item_indent = indent;
        body.remove_prefix(1);
        skip_spaces(body);
        std::string_view id;
        if (!scalar(body, id, false) || !add_item(questions[list_question], list_question, id, out))
          return false;
        continue;
      }
      if (!end_block_list()) return false;
    }
    if (item || (indent == 0 &&
                 (body.starts_with("---") || body.starts_with("...") || body.front() == '%'))) {
      return false;
    }
    std::size_t k = 0;
    while (k < body.size() && key_char(body[k])) ++k;
    if (k == 0 || k == body.size() || body[k] != ':') return false;
    const std::string_view key = body.substr(0, k);
    std::string_view value = body.substr(k + 1);
    const bool empty = at_end(value, true) && (value.empty() || value.front() == ' ');
    if (!empty && value.front() != ' ') return false;  // `key:value` is not a key
    skip_spaces(value);
    if (indent == 0) {
      in_answers = false;
      bool* seen = key == "answers"         ? &seen_answers
                   : key == "respondent"    ? &seen_respondent
                   : key == "questionnaire" ? &seen_questionnaire
                   : key == "version"       ? &seen_version
                                            : nullptr;
      if (!seen || *seen) return false;  // another key, or one written twice
      *seen = true;
      if (key == "answers") {
        if (!empty) return false;
        in_answers = true;
        continue;
      }
      std::string_view scalar_text;
      if (empty || !scalar(value, scalar_text, false)) return false;
      if (key == "respondent") respondent = scalar_text;
      if (key == "questionnaire" && scalar_text != questionnaire.id) return false;
      if (key == "version" && scalar_text != version) return false;
      continue;
    }
    if (!in_answers || (answers_indent != 0 && indent != answers_indent)) return false;
    answers_indent = indent;
    const std::size_t at = question_index(questionnaire, key, next);
    if (at == questions.size()) return false;
    if (out.slots[at].kind != IndexedAnswers::Kind::none) return false;  // answered twice
    next = at + 1;
    const Question& q = questions[at];
    if (empty) {
      start_list(at, out);
      list_question = at, key_indent = indent, item_indent = 0;
    } else if (value.front() == '[') {
      start_list(at, out);
      if (!flow_list(value, [&](std::string_view id) { return add_item(q, at, id, out); }) ||
          !end_list(q, at, out))
        return false;
    } else {
      std::string_view answer;
      if (!scalar(value, answer, false) || !index_text(q, at, answer, out)) return false;
    }
  }
  return end_block_list() && seen_answers && answers_indent != 0;
}

}  // namespace medcareer
