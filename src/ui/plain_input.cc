#include "ui/plain_input.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "ui/figure_text.h"

namespace medcareer::ui {

namespace {

using Kind = PlainAction::Kind;

PlainAction action(Kind kind) {
  return PlainAction{kind, {}, {}};
}
PlainAction answer(AnswerValue value) {
  return PlainAction{Kind::answer, std::move(value), {}};
}
PlainAction invalid(std::string reason) {
  return PlainAction{Kind::invalid, {}, std::move(reason)};
}

std::string_view trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// ASCII only: ids are ASCII, and labels need only match as they were written.
std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The option `token` names by its number, id or (if `by_label`) label.
std::optional<std::size_t> find_choice(const Question& q, const std::string& token, bool by_label) {
  if (auto n = whole_number(token)) {
    if (*n >= 1 && *n <= q.options.size()) return *n - 1;
    return {};
  }
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    if (lower(q.options[i].id) == token || (by_label && lower(q.options[i].label) == token)) {
      return i;
    }
  }
  return {};
}

std::string not_a_choice(const Question& q, std::string_view typed) {
  return "'" + std::string(typed) + "' is not one of the choices; " + answer_advice(q);
}

PlainAction parse_single(const Question& q, std::string_view typed, std::string token) {
  if (q.type == QuestionType::yes_no && (token == "y" || token == "n")) {
    token = token == "y" ? "yes" : "no";
  }
  if (auto i = find_choice(q, token, true)) return answer(q.options[*i].id);
  return invalid(not_a_choice(q, typed));
}

PlainAction parse_multi(const Question& q, std::string_view typed, const std::string& line) {
  std::vector<bool> chosen(q.options.size(), false);
  if (auto i = find_choice(q, line, true)) {
    chosen[*i] = true;
  } else {
    std::size_t start = 0;
    while (start < line.size()) {
      std::size_t end = line.find_first_of(", \t", start);
      if (end == std::string::npos) end = line.size();
      if (end > start) {
        const std::string token = line.substr(start, end - start);
        auto choice = find_choice(q, token, false);
        if (!choice) return invalid(not_a_choice(q, typed.substr(start, end - start)));
        // As an answers file would be, a choice given twice is refused, not merged: the
        // person may have meant another number.
        if (chosen[*choice]) {
          return invalid("'" + std::string(typed.substr(start, end - start)) + "' chooses option " +
                         std::to_string(*choice + 1) + " a second time; choose each option once");
        }
        chosen[*choice] = true;
      }
      start = end + 1;
    }
  }
  std::vector<std::string> picked;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i]) picked.push_back(q.options[i].id);
  }
  if (picked.empty()) return invalid(answer_advice(q));
  if (picked.size() > q.max_choices) {
    return invalid("you can choose at most " + std::to_string(q.max_choices) + "; you chose " +
                   std::to_string(picked.size()));
  }
  return answer(std::move(picked));
}

PlainAction parse_scale(const Question& q, std::string_view typed) {
  auto n = whole_number(typed);
  if (n && *n >= 1 && *n <= 5) return answer(static_cast<double>(*n));
  return invalid("'" + std::string(typed) + "' is not on the scale; " + answer_advice(q));
}

PlainAction parse_number(const Question& q, std::string_view typed) {
  double value = 0;
  auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), value);
  if (error != std::errc() || end != typed.data() + typed.size() || !std::isfinite(value)) {
    return invalid("'" + std::string(typed) + "' is not a number; " + answer_advice(q));
  }
  if (value < q.min) {
    return invalid(std::string(typed) + " is less than " + format_number(q.min) + "; " +
                   answer_advice(q));
  }
  if (value > q.max) {
    return invalid(std::string(typed) + " is more than " + format_number(q.max) + "; " +
                   answer_advice(q));
  }
  return answer(value);
}

bool valid_answer(const Question& q, const AnswerValue& value) {
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::yes_no: {
      const auto* id = std::get_if<std::string>(&value);
      return id && q.find_option(*id);
    }
    case QuestionType::multi: {
      const auto* ids = std::get_if<std::vector<std::string>>(&value);
      if (!ids || ids->empty()) return false;
      for (const auto& id : *ids) {
        if (!q.find_option(id)) return false;
      }
      return true;
    }
    case QuestionType::scale:
    case QuestionType::number:
      return std::holds_alternative<double>(value);
  }
  return false;
}

}  // namespace

std::optional<std::size_t> whole_number(std::string_view text) {
  text = trim(text);
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return {};
  return value;
}

std::optional<AnswerValue> marked_answer(const Question& question, const AnswerSet& current) {
  if (const Answer* a = current.find(question.id); a && valid_answer(question, a->value)) {
    return a->value;
  }
  if (question.default_option) return AnswerValue(*question.default_option);
  if (question.default_number) return AnswerValue(*question.default_number);
  return std::nullopt;
}

std::string answer_advice(const Question& question) {
  const std::string options = std::to_string(question.options.size());
  switch (question.type) {
    case QuestionType::single:
      return "type a number from 1 to " + options;
    case QuestionType::yes_no:  // a third option is "not sure", chosen by its number
      return question.options.size() > 2 ? "type y, n or " + options : "type y or n";
    case QuestionType::multi: {
      const std::string example = question.options.size() >= 3 ? "1,3" : "1,2";
      if (question.max_choices <= 1) return "type a number from 1 to " + options;
      if (question.max_choices < question.options.size()) {
        return "type up to " + std::to_string(question.max_choices) + " numbers from 1 to " +
               options + ", like " + example;
      }
      return "type one or more numbers from 1 to " + options + ", like " + example;
    }
    case QuestionType::scale:
      return "type a number from 1 to 5";
    case QuestionType::number:
      return "type a number" + (question.unit.empty() ? "" : " of " + question.unit) + " from " +
             format_number(question.min) + " to " + format_number(question.max);
  }
  return "";
}

PlainAction parse_plain_input(const Question& question, const AnswerSet& current,
                              std::string_view line) {
  const std::string_view typed = trim(line);
  const std::string word = lower(typed);
  if (word.empty()) {
    if (auto marked = marked_answer(question, current)) {
      return PlainAction{Kind::use_default, std::move(*marked), {}};
    }
    return invalid(answer_advice(question) + (question.optional ? ", or s to skip" : ""));
  }
  if (word == "b" || word == "back") return action(Kind::back);
  if (word == "?" || word == "help") return action(Kind::help);
  if (word == "q" || word == "quit") return action(Kind::quit);
  if (word == "s" || word == "skip") {
    return question.optional ? action(Kind::skip) : invalid("this question cannot be skipped");
  }
  switch (question.type) {
    case QuestionType::single:
    case QuestionType::yes_no:
      return parse_single(question, typed, word);
    case QuestionType::multi:
      return parse_multi(question, typed, word);
    case QuestionType::scale:
      return parse_scale(question, typed);
    case QuestionType::number:
      return parse_number(question, typed);
  }
  return invalid(answer_advice(question));
}

}  // namespace medcareer::ui
