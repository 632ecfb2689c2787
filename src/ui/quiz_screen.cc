#include "ui/quiz_screen.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "ui/figure_text.h"
#include "ui/wrap.h"

namespace medcareer::ui {

std::size_t option_count(const Question& q) {
  return q.type == QuestionType::scale ? q.anchors.size() : q.options.size();
}

std::string option_label(const Question& q, std::size_t i) {
  return q.type == QuestionType::scale ? q.anchors[i] : q.options[i].label;
}

std::string question_keys(const Question& q) {
  std::string keys;
  switch (q.type) {
    case QuestionType::multi:
      keys = "up/down or j/k move, space or a number ticks, Enter goes on";
      break;
    case QuestionType::number:
      keys = "type a number, up/down change it, Enter goes on";
      break;
    case QuestionType::yes_no:
      keys = "up/down or j/k move, Enter, y/n or a number chooses";
      break;
    default:
      keys = "up/down or j/k move, Enter or a number chooses";
      break;
  }
  keys += q.type == QuestionType::number ? ", left goes back" : ", left or b goes back";
  keys += ", ? help";
  if (q.optional) keys += ", s skips";
  return keys + ", q quits";
}

std::string review_keys() {
  return "up/down or a number picks, Enter changes it, r shows the results, ? help, q quits";
}

std::string contradiction_keys() {
  return "up/down or j/k move, Enter or a number chooses, left or b goes back, ? help, q quits";
}

std::string results_keys() {
  return "up/down, PgUp/PgDn or space scroll, q or Enter goes on";
}

namespace {

std::string quit_prompt() {
  return "Save your answers and stop? y saves and stops, n goes on.";
}

// The number the default or current answer of a list question shows, if any.
std::optional<std::size_t> default_row(const Question& q) {
  if (q.type == QuestionType::scale && q.default_number) {
    return static_cast<std::size_t>(*q.default_number) - 1;
  }
  for (std::size_t i = 0; q.default_option && i < q.options.size(); ++i) {
    if (q.options[i].id == *q.default_option) return i;
  }
  return std::nullopt;
}

// The shared footer: a message, the question to save and stop, then the keys.
std::string footer(const std::string& message, bool confirm_quit, const std::string& keys,
                   const Style& style, std::size_t width) {
  std::string out;
  if (!message.empty()) out += "\n" + wrap(style.warn(message), width);
  if (confirm_quit) out += "\n" + wrap(style.bold(quit_prompt()), width);
  return out + "\n" + style.dim(wrap_phrases(keys, width));
}

std::size_t rows_of(const std::string& text, std::size_t width) {
  return screen_rows(text, width).size();
}

}  // namespace

ScreenParts render_welcome(const Questionnaire& questionnaire, std::size_t count,
                           const std::string& message, const Style& style, std::size_t width,
                           const std::string& note) {
  ScreenParts parts;
  parts.top = wrap(style.bold(questionnaire.title), width);
  parts.body = "\n" + wrap(questionnaire.intro, width) + "\n";
  parts.body +=
      wrap(fmt::format("About {} questions, some asked only after certain answers.", count), width);
  if (!note.empty()) parts.body += "\n" + wrap(style.bold(note), width);
  parts.body += "\n" + style.heading("Keys") + "\n";
  for (const char* line : {"up/down or j/k move, Enter chooses, a number picks directly",
                           "space ticks an option when you may pick several",
                           "left, backspace or b goes back to change an answer",
                           "? shows help for a question, s skips one you may skip",
                           "q stops; your answers are saved so you can continue later"}) {
    parts.body += wrap(line, width, "  ", "    ");
  }
  parts.body += "\n" + style.heading("Accessible mode") + "\n";
  parts.body += wrap(
      "For a screen reader, or to type each answer and press Enter, press q and start the "
      "quiz with: medcareer quiz --plain (or set ACCESSIBLE=1).",
      width, "  ", "  ");
  if (!message.empty()) parts.bottom += "\n" + wrap(style.warn(message), width);
  parts.bottom +=
      "\n" + wrap(style.bold("Press Enter to start.") + " " + style.dim("q quits."), width);
  parts.more_hint = "; down scrolls";
  return parts;
}

ScreenParts render_question(const QuestionView& v, const Style& style, std::size_t width) {
  const Question& q = *v.question;
  ScreenParts parts;
  parts.top = wrap(
      style.dim(fmt::format("{} - question {} of {}", v.section_title, v.number, v.count)), width);
  parts.top += "\n" + wrap(style.bold(q.prompt), width);
  if (q.type == QuestionType::multi && q.prompt.find("Pick up to") == std::string::npos) {
    parts.top += wrap(fmt::format("Pick up to {}.", q.max_choices), width);
  }
  if (q.type == QuestionType::scale && q.anchors.size() >= 2) {
    parts.top += wrap(style.dim(fmt::format("A scale from 1 ({}) to {} ({}).", q.anchors.front(),
                                            q.anchors.size(), q.anchors.back())),
                      width);
  }
  parts.top += "\n";
  if (q.type == QuestionType::number) {
    // "[ 1 ] month", "[ 24 ] months": the unit as it reads after what is typed.
    double typed_value = 0;
    std::from_chars(v.typed.data(), v.typed.data() + v.typed.size(), typed_value);
    std::string field =
        "[ " + (v.typed.empty() ? std::string(" ") : v.typed) + " ] " + q.unit_for(typed_value);
    parts.body += "  " + style.bold(field) + "\n";
    parts.focus_last = rows_of(parts.body, width);
    std::string range =
        "from " + format_number(q.min) + " to " + format_number(q.max) + " " + q.unit;
    if (q.default_number) range += " (default " + format_number(*q.default_number) + ")";
    if (v.prefilled) range += "; typing a number replaces it";
    parts.body += wrap(range, width, "  ", "  ");
  } else {
    const std::optional<std::size_t> marked_default = v.current ? std::nullopt : default_row(q);
    for (std::size_t i = 0; i < option_count(q); ++i) {
      std::string mark = q.type == QuestionType::multi    ? (v.chosen[i] ? "[x] " : "[ ] ")
                         : (v.current && *v.current == i) ? "(*) "
                                                          : "( ) ";
      std::string lead = (i == v.cursor ? "> " : "  ") + std::to_string(i + 1) + ". " + mark;
      std::string label = option_label(q, i);
      if (i == v.cursor) label = style.bold(label);
      if (marked_default && *marked_default == i) label += " " + style.dim("(default)");
      // Wrapped lines start under the label, not under the number or the mark.
      if (i == v.cursor) parts.focus_first = rows_of(parts.body, width);
      parts.body += wrap(label, width, lead, std::string(visible_width(lead), ' '));
      if (i == v.cursor) parts.focus_last = rows_of(parts.body, width);
    }
  }
  if (v.show_help) parts.body += "\n" + wrap(q.help, width, "  ", "  ");
  parts.bottom = footer(v.message, v.confirm_quit, question_keys(q), style, width);
  return parts;
}

ScreenParts render_review(const ReviewView& v, const Style& style, std::size_t width) {
  ScreenParts parts;
  parts.top = wrap(style.bold("Your answers"), width);
  parts.top +=
      wrap("Pick an answer to change it, or go to the last line to see your results.", width);
  parts.top += "\n";
  const std::size_t digits = std::to_string(v.lines.size()).size();
  for (std::size_t i = 0; i < v.lines.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    const std::string lead =
        (i == v.cursor ? "> " : "  ") + std::string(digits - number.size(), ' ') + number + ". ";
    std::string text = v.lines[i].prompt + " -> " + v.lines[i].answer;
    if (i == v.cursor) {
      text = style.bold(text);
      parts.focus_first = rows_of(parts.body, width);
    }
    parts.body += wrap(text, width, lead, std::string(lead.size(), ' '));
    if (i == v.cursor) parts.focus_last = rows_of(parts.body, width);
  }
  parts.body += "\n";
  if (v.cursor >= v.lines.size()) parts.focus_first = rows_of(parts.body, width);
  const std::string results = "See my results";
  parts.body +=
      v.cursor >= v.lines.size() ? "> " + style.bold(results) + "\n" : "  " + results + "\n";
  if (v.cursor >= v.lines.size()) parts.focus_last = parts.focus_first + 1;
  parts.bottom = footer(v.message, v.confirm_quit, review_keys(), style, width);
  return parts;
}

ScreenParts render_contradiction(const ContradictionView& v, const Style& style,
                                 std::size_t width) {
  ScreenParts parts;
  parts.top = wrap(style.bold("Which matters more?"), width);
  parts.top += wrap("Two of your answers pull \"" + v.trait +
                        "\" in opposite directions. Pick the one that matters more to you; "
                        "the other is set aside before your results are worked out.",
                    width);
  parts.top += "\n";
  const ReviewLine* answers[] = {&v.first, &v.second};
  for (std::size_t i = 0; i < 3; ++i) {
    const std::string lead = (i == v.cursor ? "> " : "  ") + std::to_string(i + 1) + ". ";
    std::string text =
        i < 2 ? answers[i]->prompt + " -> " + answers[i]->answer : "Keep both answers as they are";
    if (i == v.cursor) {
      text = style.bold(text);
      parts.focus_first = rows_of(parts.body, width);
    }
    parts.body += wrap(text, width, lead, std::string(lead.size(), ' '));
    if (i == v.cursor) parts.focus_last = rows_of(parts.body, width);
  }
  if (v.show_help) {
    parts.body += "\n" + wrap(
                             "The answer you do not pick is set aside: a choice of one goes to "
                             "its neutral answer (such as \"I don't mind\" or the middle of a "
                             "scale), and a choice of several loses the options that pull this "
                             "way. Both kept, they partly cancel out. To change an answer "
                             "yourself instead, go back to your answers.",
                             width, "  ", "  ");
  }
  parts.bottom = footer(v.message, v.confirm_quit, contradiction_keys(), style, width);
  return parts;
}

ScreenParts render_results_screen(const std::string& results, const std::string& message,
                                  const Style& style, std::size_t width) {
  ScreenParts parts;
  const std::size_t title_end = results.find('\n');
  if (title_end == std::string::npos) {
    parts.body = results;
  } else {
    parts.top = results.substr(0, title_end + 1);
    parts.body = results.substr(title_end + 1);
  }
  parts.bottom = footer(message, false, results_keys(), style, width);
  return parts;
}

}  // namespace medcareer::ui
