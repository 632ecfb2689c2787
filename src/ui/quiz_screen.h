// The screens of the rich quiz, rendered to strings for a terminal `width` wide: the
// welcome, one question with its options and cursor, and the review of all answers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/answers.h"
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
  bool show_help = false;
  bool confirm_quit = false;
  std::string message;  // an error or note, shown under the options
};

std::string render_welcome(const Questionnaire& questionnaire, std::size_t count,
                           const Style& style, std::size_t width);
std::string render_question(const QuestionView& view, const Style& style, std::size_t width);

struct ReviewLine {
  std::string prompt;
  std::string answer;  // in words; "(skipped)" when left unanswered
};
// `cursor` == lines.size() highlights the final "See my results" line. Only as many
// answers as fit in `height` rows are shown, always including the one under the cursor.
std::string render_review(const std::vector<ReviewLine>& lines, std::size_t cursor,
                          bool confirm_quit, const Style& style, std::size_t width,
                          std::size_t height);

// The number of option rows a list question shows (options, or five scale anchors).
std::size_t option_count(const Question& question);
std::string option_label(const Question& question, std::size_t index);

}  // namespace medcareer::ui
