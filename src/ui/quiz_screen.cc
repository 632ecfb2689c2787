#include "ui/quiz_screen.h"

#include <fmt/format.h>

#include <algorithm>

#include "ui/wrap.h"

namespace medcareer::ui {

std::size_t option_count(const Question& q) {
  return q.type == QuestionType::scale ? q.anchors.size() : q.options.size();
}

std::string option_label(const Question& q, std::size_t i) {
  return q.type == QuestionType::scale ? q.anchors[i] : q.options[i].label;
}

namespace {

std::string keys_line(const Question& q) {
  std::string keys;
  switch (q.type) {
    case QuestionType::multi:
      keys = "up/down move, space picks, Enter goes on";
      break;
    case QuestionType::number:
      keys = "type a number, up/down change it, Enter goes on";
      break;
    default:
      keys = "up/down move, Enter or a number chooses";
      break;
  }
  keys += ", left goes back, ? help";
  if (q.optional) keys += ", s skips";
  return keys + ", q quits";
}

std::string quit_prompt() {
  return "Save your answers and stop? y saves and stops, n goes on.";
}

}  // namespace

std::string render_welcome(const Questionnaire& questionnaire, std::size_t count,
                           const Style& style, std::size_t width) {
  std::string out = style.bold(questionnaire.title) + "\n\n";
  out += wrap(questionnaire.intro, width) + "\n";
  out +=
      wrap(fmt::format("About {} questions, some asked only after certain answers.", count), width);
  out += "\n" + style.heading("Keys") + "\n";
  for (const char* line : {"up/down or j/k move, Enter chooses, a number picks directly",
                           "space ticks an option when you may pick several",
                           "left, backspace or b goes back to change an answer",
                           "? shows help for a question, s skips one you may skip",
                           "q stops; your answers are saved so you can continue later"}) {
    out += wrap(line, width, "  ", "    ");
  }
  return out + "\n" + style.bold("Press Enter to start.") + "\n";
}

std::string render_question(const QuestionView& v, const Style& style, std::size_t width) {
  const Question& q = *v.question;
  std::string out =
      style.dim(fmt::format("{} - question {} of {}", v.section_title, v.number, v.count)) + "\n\n";
  out += wrap(style.bold(q.prompt), width);
  if (q.type == QuestionType::multi && q.prompt.find("Pick up to") == std::string::npos) {
    out += wrap(fmt::format("Pick up to {}.", q.max_choices), width);
  }
  out += "\n";
  if (q.type == QuestionType::number) {
    std::string field = "[ " + (v.typed.empty() ? std::string(" ") : v.typed) + " ] " + q.unit;
    out += "  " + style.bold(field) + "\n";
    out += wrap(fmt::format("from {} to {} {}", q.min, q.max, q.unit), width, "  ", "  ");
  } else {
    for (std::size_t i = 0; i < option_count(q); ++i) {
      std::string mark = q.type == QuestionType::multi    ? (v.chosen[i] ? "[x] " : "[ ] ")
                         : (v.current && *v.current == i) ? "(*) "
                                                          : "( ) ";
      std::string label = std::to_string(i + 1) + ". " + mark + option_label(q, i);
      std::string pointer = i == v.cursor ? "> " : "  ";
      std::string line = wrap(label, width - 2, "", "        ");
      line.pop_back();
      // Indent wrapped lines under the label; highlight the row the cursor is on.
      std::string shown;
      for (char c : line) shown += c == '\n' ? std::string("\n  ") : std::string(1, c);
      out += pointer + (i == v.cursor ? style.bold(shown) : shown) + "\n";
    }
  }
  if (v.show_help) out += "\n" + wrap(q.help, width, "  ", "  ");
  if (!v.message.empty()) out += "\n" + wrap(style.warn(v.message), width);
  if (v.confirm_quit) out += "\n" + wrap(style.bold(quit_prompt()), width);
  out += "\n" + wrap(style.dim(keys_line(q)), width);
  return out;
}

std::string render_review(const std::vector<ReviewLine>& lines, std::size_t cursor,
                          bool confirm_quit, const Style& style, std::size_t width,
                          std::size_t height) {
  std::string out = style.bold("Your answers") + "\n";
  out += wrap("Pick an answer to change it, or go to the last line to see your results.", width) +
         "\n";
  std::vector<std::string> entries;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string text = std::to_string(i + 1) + ". " + lines[i].prompt + " -> " + lines[i].answer;
    std::string wrapped = wrap(text, width - 2, "", "     ");
    wrapped.pop_back();
    std::string shown;
    for (char c : wrapped) shown += c == '\n' ? std::string("\n  ") : std::string(1, c);
    entries.push_back((i == cursor ? "> " + style.bold(shown) : "  " + shown) + "\n");
  }
  // Show a window of entries that fits, scrolled so the cursor's entry is in it.
  auto rows = [](const std::string& e) {
    return static_cast<std::size_t>(std::count(e.begin(), e.end(), '\n'));
  };
  std::size_t room = height > 10 ? height - 9 : 1;
  std::size_t first = 0, used = 0;
  std::size_t last = std::min(cursor, entries.empty() ? 0 : entries.size() - 1);
  for (std::size_t i = last + 1; i-- > 0;) {
    if (used + rows(entries[i]) > room && i != last) break;
    used += rows(entries[i]);
    first = i;
  }
  std::size_t end = last + 1;
  while (end < entries.size() && used + rows(entries[end]) <= room) used += rows(entries[end++]);
  if (first > 0) out += style.dim(fmt::format("  ({} more above)", first)) + "\n";
  for (std::size_t i = first; i < end && i < entries.size(); ++i) out += entries[i];
  if (end < entries.size())
    out += style.dim(fmt::format("  ({} more below)", entries.size() - end)) + "\n";
  std::string results = "See my results";
  out += "\n" + std::string(cursor == lines.size() ? "> " + style.bold(results) : "  " + results) +
         "\n";
  if (confirm_quit) out += "\n" + wrap(style.bold(quit_prompt()), width);
  out += "\n" + wrap(style.dim("up/down move, Enter opens, r shows the results, q quits"), width);
  return out;
}

}  // namespace medcareer::ui
