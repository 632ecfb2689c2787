// The screens of the rich quiz, rendered for a terminal `width` wide: the welcome, one
// question with its options and cursor, the review of all answers, the question about two
// answers that contradict each other, and the results. Each
// comes in parts (header, body, footer, the rows to keep in view) for fit_screen(), which
// cuts it to the terminal's height.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/answers.h"
#include "ui/screen_fit.h"
#include "ui/style.h"

namespace medcareer::ui {

struct QuestionView {
  const Question* question = nullptr;
  std::string section_title;
  std::size_t number = 0, count = 0;
  std::size_t cursor = 0;              // highlighted option (list questions)
  std::vector<bool> chosen;            // multi: which options are ticked
  std::optional<std::size_t> current;  // single, yes_no, scale: the option answered before
  std::string typed;                   // number: what is typed so far
  // number: `typed` is the answer or default shown before any key, which a digit replaces
  // (as a selected default in a text field is) and Backspace starts to edit.
  bool prefilled = false;
  bool show_help = false;
  bool confirm_quit = false;
  std::string message;  // an error or note, shown under the options
};

// The welcome; `message` answers a key that does nothing there, `note` (if any) says
// something about this run, such as where the answers will be saved.
ScreenParts render_welcome(const Questionnaire& questionnaire, std::size_t count,
                           const std::string& message, const Style& style, std::size_t width,
                           const std::string& note = "");

// One question. Options are marked "(*)" for the answer given before and "(default)" for
// the default when there is no answer yet; a scale names what its ends mean; the focus is
// the option under the cursor (the field, for a number).
ScreenParts render_question(const QuestionView& view, const Style& style, std::size_t width);

struct ReviewLine {
  std::string prompt;
  std::string answer;  // in words; "(skipped)" when left unanswered
};
struct ReviewView {
  std::vector<ReviewLine> lines;
  std::size_t cursor = 0;  // == lines.size(): the final "See my results" line
  bool confirm_quit = false;
  std::string message;
};
ScreenParts render_review(const ReviewView& view, const Style& style, std::size_t width);

// Before the results, when two answers contradict each other: which matters more? Both
// answers are listed (as in the review), then "Keep both"; the cursor is on one of the three.
struct ContradictionView {
  std::string trait;         // the label of the trait the two answers pull apart
  ReviewLine first, second;  // in questionnaire order
  std::size_t cursor = 0;    // 0, 1: that answer matters more; 2: keep both
  bool show_help = false;
  bool confirm_quit = false;
  std::string message;
};
ScreenParts render_contradiction(const ContradictionView& view, const Style& style,
                                 std::size_t width);

// The results as a scrollable screen: `results` is what render_results() made for this
// width; its first line (the title) stays at the top.
ScreenParts render_results_screen(const std::string& results, const std::string& message,
                                  const Style& style, std::size_t width);

// The number of option rows a list question shows (options, or five scale anchors).
std::size_t option_count(const Question& question);
std::string option_label(const Question& question, std::size_t index);

// The lines every screen ends with, so the person always knows what each key does.
std::string question_keys(const Question& question);
std::string review_keys();
std::string contradiction_keys();
std::string results_keys();

}  // namespace medcareer::ui
