// The rich quiz on a terminal: one question per screen, moved through with the arrow keys,
// redrawn on every key and when the window changes size; then the review, a question for
// each pair of answers that contradict each other, and the results, which scroll. Every frame is
// cut to the terminal's height (fit_screen), so nothing scrolls off the top.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <utility>

#include "commands/quiz_flow.h"
#include "commands/quiz_rich.h"
#include "medcareer/contradiction_choice.h"
#include "medcareer/recommend.h"
#include "ui/keys.h"
#include "ui/quiz_screen.h"
#include "ui/terminal.h"

namespace medcareer::commands {

namespace {

using rich::ChoiceStep;
using rich::Confirm;
using rich::is_char;
using rich::ReviewStep;
using rich::Step;
using ui::Key;
using ui::KeyKind;

struct Screen {
  std::size_t width = 80, height = 24;
  void measure() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
      width = std::max<std::size_t>(20, size.ws_col);
      height = std::max<std::size_t>(5, size.ws_row);
    }
  }
  // Draws `parts` cut to the terminal; returns what was shown (the scroll position).
  ui::FittedScreen show(const ui::ScreenParts& parts, const ui::Style& style,
                        std::size_t scroll = 0) const {
    ui::FittedScreen fitted = ui::fit_screen(parts, width, height, scroll, style);
    // No '\n' after the last row: on the bottom row it would scroll the screen up by one.
    std::string frame = "\x1b[H\x1b[2J" + fitted.text;
    std::size_t done = 0;
    while (done < frame.size()) {
      ssize_t n = write(STDOUT_FILENO, frame.data() + done, frame.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    return fitted;
  }
};

// What a key press in a wait means when no screen wants it: a signal or a closed terminal.
std::optional<QuizOutcome> stop_for(const Key& key) {
  if (int sig = ui::pending_signal()) return QuizOutcome{QuizEnd::interrupted, sig, true};
  if (key.kind == KeyKind::ctrl_c) return QuizOutcome{QuizEnd::interrupted, SIGINT, true};
  if (key.kind == KeyKind::ctrl_d) return QuizOutcome{QuizEnd::end_of_input, 0, true};
  return std::nullopt;
}

std::vector<ui::ReviewLine> review_lines(const QuizSession& session) {
  std::vector<ui::ReviewLine> lines;
  for (const Question* q : session.asked()) {
    const Answer* a = session.all_answers().find(q->id);
    lines.push_back({q->prompt, a ? answer_words(*q, a->value) : "(skipped)"});
  }
  return lines;
}

class RichQuiz {
 public:
  RichQuiz(const ScoringModel& model, QuizSession& session, const ui::Style& style,
           const ResultsText& results, std::string note)
      : model_(model),
        questionnaire_(model.questionnaire()),
        session_(session),
        style_(style),
        results_(results),
        note_(std::move(note)) {
    screen_.measure();
  }

  QuizOutcome run() {
    if (auto stop = welcome()) return *stop;
    bool from_review = false;
    while (true) {
      if (session_.at_review()) {
        ReviewStep step = ReviewStep::none;
        if (auto stop = review(step)) return *stop;
        if (step == ReviewStep::results) {
          bool back = false;
          if (auto stop = settle_contradictions(back)) return *stop;
          if (back) continue;
          if (auto stop = show_results()) return *stop;
          return {QuizEnd::finished, 0, true};
        }
        from_review = true;
        continue;
      }
      Step step = Step::none;
      if (auto stop = question(step)) return *stop;
      if (from_review && step != Step::back) session_.to_first_unanswered();
    }
  }

 private:
  // The next key; none after a resize, with the screen measured again.
  Key next_key() {
    while (true) {
      Key key = ui::read_key(STDIN_FILENO, 250, decoder_);
      if (ui::resized()) {
        screen_.measure();
        return Key{KeyKind::none, 0};
      }
      if (key.kind != KeyKind::none || ui::pending_signal()) return key;
    }
  }

  std::optional<QuizOutcome> welcome() {
    std::string message;
    std::size_t scroll = 0;
    while (true) {
      auto parts = ui::render_welcome(questionnaire_, session_.count(), message, style_,
                                      screen_.width, note_);
      auto shown = screen_.show(parts, style_, scroll);
      scroll = shown.scroll;
      Key key = next_key();
      if (auto stop = stop_for(key)) return stop;
      message.clear();
      if (key.kind == KeyKind::none) continue;
      if (key.kind == KeyKind::enter) return std::nullopt;
      if (is_char(key, 'q')) return QuizOutcome{QuizEnd::quit, 0, false};
      if (key.kind == KeyKind::up || is_char(key, 'k')) {
        scroll = scroll > 0 ? scroll - 1 : 0;
      } else if (key.kind == KeyKind::down || is_char(key, 'j') || key.kind == KeyKind::space) {
        ++scroll;
      } else {
        message = "Press Enter to start, or q to stop.";
      }
    }
  }

  // Asks "save and stop?" in place of the screen's usual footer; true when the answer is y.
  template <typename Draw>
  std::optional<QuizOutcome> confirm_quit(bool& confirm, std::string& message, Draw draw) {
    confirm = true;
    while (true) {
      draw();
      Key key = next_key();
      if (auto stop = stop_for(key)) return stop;
      if (key.kind == KeyKind::none) continue;
      Confirm answer = rich::on_confirm_key(key, message);
      if (answer == Confirm::yes) return QuizOutcome{QuizEnd::quit, 0, true};
      if (answer == Confirm::no) {
        confirm = false;
        return std::nullopt;
      }
    }
  }

  std::optional<QuizOutcome> review(ReviewStep& step) {
    rich::ReviewState state;
    state.view.lines = review_lines(session_);
    state.view.cursor = std::min(review_cursor_, state.view.lines.size());
    auto draw = [&] { screen_.show(ui::render_review(state.view, style_, screen_.width), style_); };
    while (true) {
      draw();
      Key key = next_key();
      if (auto stop = stop_for(key)) return stop;
      if (key.kind == KeyKind::none) continue;
      step = rich::on_review_key(state, key);
      review_cursor_ = state.view.cursor;
      if (step == ReviewStep::quit) {
        if (auto stop = confirm_quit(state.view.confirm_quit, state.view.message, draw)) {
          return stop;
        }
        continue;
      }
      if (step == ReviewStep::results) return std::nullopt;
      if (step == ReviewStep::change) {
        session_.jump_to(session_.asked()[state.view.cursor]->id);
        return std::nullopt;
      }
    }
  }

  std::optional<QuizOutcome> question(Step& step) {
    ui::QuestionView view = rich::question_view(questionnaire_, session_);
    auto draw = [&] { screen_.show(ui::render_question(view, style_, screen_.width), style_); };
    while (true) {
      draw();
      Key key = next_key();
      if (auto stop = stop_for(key)) return stop;
      if (key.kind == KeyKind::none) continue;
      if (is_char(key, 'q')) {
        view.message.clear();
        if (auto stop = confirm_quit(view.confirm_quit, view.message, draw)) return stop;
        continue;
      }
      step = rich::on_question_key(view, key, session_);
      if (step != Step::none) return std::nullopt;
    }
  }

  // Before the results: for each pair of answers that contradict each other, which matters
  // more (ContradictionChoices decides what follows). `back` when the person went back to
  // the review instead.
  std::optional<QuizOutcome> settle_contradictions(bool& back) {
    ContradictionChoices choices(model_, session_);
    while (auto c = choices.next()) {
      ui::ContradictionView view;
      view.trait = c->trait;
      view.first = {c->first->prompt, c->first_answer};
      view.second = {c->second->prompt, c->second_answer};
      auto draw = [&] {
        screen_.show(ui::render_contradiction(view, style_, screen_.width), style_);
      };
      ChoiceStep step = ChoiceStep::none;
      while (step == ChoiceStep::none) {
        draw();
        Key key = next_key();
        if (auto stop = stop_for(key)) return stop;
        if (key.kind == KeyKind::none) continue;
        step = rich::on_contradiction_key(view, key);
        if (step == ChoiceStep::quit) {
          if (auto stop = confirm_quit(view.confirm_quit, view.message, draw)) return stop;
          step = ChoiceStep::none;
        }
      }
      if (step == ChoiceStep::back) {
        back = true;
        return std::nullopt;
      }
      choices.choose(view.cursor == 0   ? MattersMore::first
                     : view.cursor == 1 ? MattersMore::second
                                        : MattersMore::both);
    }
    return std::nullopt;
  }

  // The results, scrollable, at the width of the moment (rendered again after a resize).
  std::optional<QuizOutcome> show_results() {
    std::size_t scroll = 0;
    std::string message;
    std::size_t rendered_width = 0;
    std::string text;
    while (true) {
      if (rendered_width != screen_.width) {
        rendered_width = screen_.width;
        text = results_(rendered_width);
      }
      auto shown = screen_.show(ui::render_results_screen(text, message, style_, screen_.width),
                                style_, scroll);
      scroll = shown.scroll;
      Key key = next_key();
      if (auto stop = stop_for(key)) return stop;
      if (key.kind == KeyKind::none) continue;
      if (rich::on_results_key(scroll, shown.shown, shown.body_rows, message, key) ==
          rich::ResultsStep::done) {
        return std::nullopt;
      }
    }
  }

  const ScoringModel& model_;
  const Questionnaire& questionnaire_;
  QuizSession& session_;
  const ui::Style& style_;
  const ResultsText& results_;
  std::string note_;
  ui::KeyDecoder decoder_;
  Screen screen_;
  std::size_t review_cursor_ = 0;
};

}  // namespace

QuizOutcome run_rich_quiz(const ScoringModel& model, QuizSession& session, const ui::Style& style,
                          const ResultsText& results, const std::string& note) {
  ui::RawTerminal terminal(STDOUT_FILENO, true);
  return RichQuiz(model, session, style, results, note).run();
}

}  // namespace medcareer::commands
