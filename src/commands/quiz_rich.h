// Inside the rich quiz: what each key does on each screen. Kept apart from the loop that
// reads keys and draws (quiz_rich.cc) so that every key's effect can be tested without a
// terminal. A key that does nothing on a screen always leaves a message saying why.
#pragma once

#include "medcareer/quiz_session.h"
#include "ui/keys.h"
#include "ui/quiz_screen.h"

namespace medcareer::commands::rich {

// The screen state for the question the session shows now, from its current answer.
ui::QuestionView question_view(const Questionnaire& questionnaire, const QuizSession& session);

enum class Step { none, answered, back, skipped };

// Applies one key (not q, Ctrl-C or Ctrl-D, which the loop handles) to the question
// screen: says whether the person answered, went back or skipped (the session has moved),
// or neither (the screen is redrawn, perhaps with a message).
Step on_question_key(ui::QuestionView& view, const ui::Key& key, QuizSession& session);

// The review screen; `typed` holds the digits of an answer number typed so far.
struct ReviewState {
  ui::ReviewView view;
  std::string typed;
};
enum class ReviewStep { none, change, results, quit };
ReviewStep on_review_key(ReviewState& state, const ui::Key& key);

// The results screen: `scroll` is its first body row, `page` how many rows show at once.
enum class ResultsStep { none, done };
ResultsStep on_results_key(std::size_t& scroll, std::size_t page, std::size_t rows,
                           std::string& message, const ui::Key& key);

// The screen that asks which of two contradicting answers matters more: `chosen` when the
// person picked the row under the cursor (an answer, or keeping both), `back` to the review,
// `quit` to ask "save and stop?".
enum class ChoiceStep { none, chosen, back, quit };
ChoiceStep on_contradiction_key(ui::ContradictionView& view, const ui::Key& key);

// The answer to the y/n question "save and stop?" that q asks: y, n (or Escape) or, for
// anything else, a message.
enum class Confirm { yes, no, again };
Confirm on_confirm_key(const ui::Key& key, std::string& message);

// Shared by the screens' key handlers: whether `key` is the character `c`, and the message
// for a key that does nothing on a screen, followed by what to do `instead`.
bool is_char(const ui::Key& key, char c);
std::string does_nothing(const ui::Key& key, const std::string& instead);

}  // namespace medcareer::commands::rich
