// render_plain_prompt(), declared in plain_input.h beside the parsing it describes.
#include <cmath>
#include <vector>

#include "ui/figure_text.h"
#include "ui/plain_input.h"
#include "ui/wrap.h"

namespace medcareer::ui {

namespace {

// 0-based positions in the list of the options (or scale points) `value` picks.
std::vector<std::size_t> positions(const Question& q, const AnswerValue& value) {
  std::vector<std::size_t> out;
  auto add = [&](const std::string& id) {
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (q.options[i].id == id) out.push_back(i);
    }
  };
  if (const auto* id = std::get_if<std::string>(&value)) add(*id);
  if (const auto* ids = std::get_if<std::vector<std::string>>(&value)) {
    for (const auto& id : *ids) add(id);
  }
  if (const double* n = std::get_if<double>(&value); n && q.type == QuestionType::scale) {
    if (*n >= 1 && *n <= 5 && *n == std::floor(*n)) out.push_back(static_cast<std::size_t>(*n) - 1);
  }
  return out;
}

// The marked answer as the person would type it: "3", "1,3", "6 months".
std::string as_typed(const Question& q, const AnswerValue& value) {
  if (q.type == QuestionType::number) {
    const double n = std::get<double>(value);
    return format_number(n) + (q.unit.empty() ? "" : " " + q.unit_for(n));
  }
  std::string out;
  for (std::size_t i : positions(q, value)) {
    out += (out.empty() ? "" : ",") + std::to_string(i + 1);
  }
  return out;
}

std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

}  // namespace

std::string render_plain_prompt(const Question& question, const AnswerSet& current,
                                const Style& style, std::size_t width) {
  std::string out = wrap(style.bold(question.prompt), width);

  const std::optional<AnswerValue> marked = marked_answer(question, current);
  const Answer* answered = current.find(question.id);
  const bool keeps = marked && answered && answered->value == *marked;

  std::vector<std::string> items;
  for (const auto& o : question.options) items.push_back(o.label);
  if (question.type == QuestionType::scale) items = question.anchors;
  std::vector<bool> is_marked(items.size(), false);
  if (marked) {
    for (std::size_t i : positions(question, *marked)) is_marked[i] = true;
  }
  const std::string marker = !keeps                                 ? "(default)"
                             : question.type == QuestionType::multi ? "(chosen)"
                                                                    : "(your answer)";
  // Numbers right-aligned, so labels start in one column even past 9 options.
  const std::size_t digits = std::to_string(items.size()).size();
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string number = std::to_string(i + 1);
    std::string first = "  " + std::string(digits - number.size(), ' ') + number + ". ";
    std::string text = items[i] + (is_marked[i] ? " " + style.bold(marker) : "");
    out += wrap(text, width, first, std::string(first.size(), ' '));
  }

  // What to type, then the commands on a line of their own so that a key and its meaning
  // are not wrapped apart.
  std::string hint = capitalized(answer_advice(question));
  if (marked) {
    const auto* id = std::get_if<std::string>(&*marked);
    if (question.type == QuestionType::yes_no && id) {
      // "press Enter for Yes": the answer itself, which a number would only point at.
      hint += (keeps ? ", or press Enter to keep " : ", or press Enter for ") + capitalized(*id);
    } else {
      hint +=
          keeps ? ", or press Enter to keep your answer (" : ", or press Enter for the default (";
      hint += as_typed(question, *marked) + ")";
    }
  }
  hint += ".";
  const std::string keys =
      std::string("Or type: b back, ? help") + (question.optional ? ", s skip" : "") + ", q quit.";
  std::string hint_lines = wrap(hint, width) + wrap(keys, width);
  hint_lines.pop_back();  // style the text, not the final newline
  out += style.dim(hint_lines) + "\n";
  return out;
}

}  // namespace medcareer::ui
