// The rich quiz on a terminal: one question per screen, moved through with the arrow keys,
// redrawn on every key and when the window changes size.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <csignal>

#include "commands/quiz_flow.h"
#include "medcareer/recommend.h"
#include "ui/keys.h"
#include "ui/quiz_screen.h"
#include "ui/terminal.h"

namespace medcareer::commands {

namespace {

using ui::Key;
using ui::KeyKind;

struct Screen {
  std::size_t width = 80, height = 24;
  void measure() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
      width = std::max<std::size_t>(20, size.ws_col);
      height = std::max<std::size_t>(10, size.ws_row);
    }
  }
  void show(const std::string& text) const {
    std::string frame = "\x1b[H\x1b[2J" + text;
    std::size_t done = 0;
    while (done < frame.size()) {
      ssize_t n = write(STDOUT_FILENO, frame.data() + done, frame.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
  }
};

// What a key press in a wait means when no screen wants it: a signal or a closed terminal.
std::optional<QuizOutcome> stop_for(const Key& key) {
  if (int sig = ui::pending_signal()) return QuizOutcome{QuizEnd::interrupted, sig, true};
  if (key.kind == KeyKind::ctrl_c) return QuizOutcome{QuizEnd::interrupted, SIGINT, true};
  if (key.kind == KeyKind::ctrl_d) return QuizOutcome{QuizEnd::end_of_input, 0, true};
  return std::nullopt;
}

bool is_char(const Key& k, char c) {
  return k.kind == KeyKind::character && k.ch == static_cast<char32_t>(c);
}

std::string number_text(double v) {
  return std::fabs(v - std::round(v)) < 1e-9 ? std::to_string(static_cast<long long>(std::round(v)))
                                             : std::to_string(v);
}

// The screen state for the question the session shows now, from its current answer.
ui::QuestionView view_for(const Questionnaire& questionnaire, const QuizSession& session) {
  const Question& q = *session.current();
  ui::QuestionView v;
  v.question = &q;
  v.section_title = questionnaire.find_section(q.section)->title;
  v.number = session.number();
  v.count = session.count();
  v.chosen.assign(ui::option_count(q), false);
  const Answer* a = session.all_answers().find(q.id);
  if (q.type == QuestionType::number) {
    if (a)
      v.typed = number_text(std::get<double>(a->value));
    else if (q.default_number)
      v.typed = number_text(*q.default_number);
  } else if (q.type == QuestionType::scale) {
    std::optional<double> value = a ? std::optional(std::get<double>(a->value)) : q.default_number;
    if (value) v.cursor = static_cast<std::size_t>(*value) - 1;
    if (a) v.current = v.cursor;
  } else if (q.type == QuestionType::multi) {
    if (a) {
      for (const auto& id : std::get<std::vector<std::string>>(a->value)) {
        for (std::size_t i = 0; i < q.options.size(); ++i)
          v.chosen[i] = v.chosen[i] || q.options[i].id == id;
      }
    }
  } else {
    std::optional<std::string> id =
        a ? std::optional(std::get<std::string>(a->value)) : q.default_option;
    for (std::size_t i = 0; id && i < q.options.size(); ++i) {
      if (q.options[i].id == *id) v.cursor = i;
    }
    if (a) v.current = v.cursor;
  }
  return v;
}

AnswerValue value_at(const Question& q, std::size_t i) {
  if (q.type == QuestionType::scale) return static_cast<double>(i + 1);
  return q.options[i].id;
}

enum class Step { none, answered, back, skipped };

// Applies one key to the question screen; says whether the person answered, went back or
// skipped, or neither (the screen is then redrawn).
Step on_key(ui::QuestionView& v, const Key& key, QuizSession& session) {
  const Question& q = *v.question;
  const std::size_t n = ui::option_count(q);
  v.message.clear();
  if (is_char(key, '?')) {
    v.show_help = !v.show_help;
    return Step::none;
  }
  if (is_char(key, 's')) {
    if (!q.optional) {
      v.message = "This question cannot be skipped.";
      return Step::none;
    }
    session.skip();
    return Step::skipped;
  }
  const bool back_key = key.kind == KeyKind::left || is_char(key, 'b') ||
                        (key.kind == KeyKind::backspace && q.type != QuestionType::number);
  if (back_key) {
    if (!session.back()) v.message = "This is the first question.";
    return v.message.empty() ? Step::back : Step::none;
  }
  if (q.type == QuestionType::number) {
    double value = 0;
    const char* begin = v.typed.data();
    auto [ptr, ec] = std::from_chars(begin, begin + v.typed.size(), value);
    bool parsed = ec == std::errc() && ptr == begin + v.typed.size() && !v.typed.empty();
    if (key.kind == KeyKind::character && ((key.ch >= '0' && key.ch <= '9') || key.ch == '.')) {
      if (v.typed.size() < 12) v.typed += static_cast<char>(key.ch);
    } else if (key.kind == KeyKind::backspace) {
      if (!v.typed.empty()) v.typed.pop_back();
    } else if (key.kind == KeyKind::up || key.kind == KeyKind::down) {
      double next = (parsed ? value : q.min) + (key.kind == KeyKind::up ? 1 : -1);
      v.typed = number_text(std::clamp(next, q.min, q.max));
    } else if (key.kind == KeyKind::enter) {
      if (!parsed || value < q.min || value > q.max) {
        v.message = "Type a number from " + number_text(q.min) + " to " + number_text(q.max) + " " +
                    q.unit + ".";
        return Step::none;
      }
      session.answer(value);
      return Step::answered;
    } else if (key.kind == KeyKind::character) {
      v.message = "Type digits only, then press Enter.";
    }
    return Step::none;
  }
  if (key.kind == KeyKind::up || is_char(key, 'k')) v.cursor = (v.cursor + n - 1) % n;
  if (key.kind == KeyKind::down || is_char(key, 'j')) v.cursor = (v.cursor + 1) % n;
  if (q.type == QuestionType::multi) {
    auto toggle = [&](std::size_t i) {
      std::size_t picked =
          static_cast<std::size_t>(std::count(v.chosen.begin(), v.chosen.end(), true));
      if (!v.chosen[i] && picked >= q.max_choices) {
        v.message = "You can pick at most " + std::to_string(q.max_choices) + ". Untick one first.";
      } else {
        v.chosen[i] = !v.chosen[i];
      }
    };
    if (key.kind == KeyKind::space) toggle(v.cursor);
    if (key.kind == KeyKind::character && key.ch >= '1' && key.ch <= '9' &&
        key.ch - '1' < static_cast<char32_t>(n)) {
      v.cursor = key.ch - '1';
      toggle(v.cursor);
    }
    if (key.kind == KeyKind::enter) {
      std::vector<std::string> ids;
      for (std::size_t i = 0; i < n; ++i) {
        if (v.chosen[i]) ids.push_back(q.options[i].id);
      }
      session.answer(ids);
      return Step::answered;
    }
    return Step::none;
  }
  if (key.kind == KeyKind::character && key.ch >= '1' && key.ch <= '9') {
    std::size_t i = key.ch - '1';
    if (i >= n) {
      v.message = "Pick a number from 1 to " + std::to_string(n) + ".";
      return Step::none;
    }
    session.answer(value_at(q, i));
    return Step::answered;
  }
  if (key.kind == KeyKind::enter || key.kind == KeyKind::space) {
    session.answer(value_at(q, v.cursor));
    return Step::answered;
  }
  if (key.kind == KeyKind::character && !is_char(key, 'j') && !is_char(key, 'k')) {
    v.message = "Use up/down and Enter, or type the number of an option.";
  }
  return Step::none;
}

std::vector<ui::ReviewLine> review_lines(const QuizSession& session) {
  std::vector<ui::ReviewLine> lines;
  for (const Question* q : session.asked()) {
    const Answer* a = session.all_answers().find(q->id);
    lines.push_back({q->prompt, a ? answer_words(*q, a->value) : "(skipped)"});
  }
  return lines;
}

}  // namespace

QuizOutcome run_rich_quiz(const Questionnaire& questionnaire, QuizSession& session,
                          const ui::Style& style) {
  ui::RawTerminal terminal(STDOUT_FILENO, true);
  ui::KeyDecoder decoder;
  Screen screen;
  screen.measure();
  auto next_key = [&]() -> Key {
    while (true) {
      Key key = ui::read_key(STDIN_FILENO, 250, decoder);
      if (ui::resized()) return Key{KeyKind::none, 0};
      if (key.kind != KeyKind::none || ui::pending_signal()) return key;
    }
  };
  // Welcome.
  while (true) {
    screen.show(ui::render_welcome(questionnaire, session.count(), style, screen.width));
    Key key = next_key();
    if (auto stop = stop_for(key)) return *stop;
    if (key.kind == KeyKind::none) screen.measure();
    if (key.kind == KeyKind::enter) break;
    if (is_char(key, 'q')) return {QuizEnd::quit, 0, false};
  }
  bool from_review = false;
  std::size_t review_cursor = 0;
  while (true) {
    if (session.at_review()) {
      auto lines = review_lines(session);
      bool confirm_quit = false;
      review_cursor = std::min(review_cursor, lines.size());
      while (true) {
        screen.show(ui::render_review(lines, review_cursor, confirm_quit, style, screen.width,
                                      screen.height));
        Key key = next_key();
        if (auto stop = stop_for(key)) return *stop;
        if (key.kind == KeyKind::none) screen.measure();
        if (confirm_quit) {
          if (is_char(key, 'y')) return {QuizEnd::quit, 0, true};
          if (is_char(key, 'n') || key.kind == KeyKind::escape) confirm_quit = false;
          continue;
        }
        if (key.kind == KeyKind::up || is_char(key, 'k'))
          review_cursor = review_cursor == 0 ? lines.size() : review_cursor - 1;
        if (key.kind == KeyKind::down || is_char(key, 'j'))
          review_cursor = review_cursor >= lines.size() ? 0 : review_cursor + 1;
        if (is_char(key, 'q')) confirm_quit = true;
        if (is_char(key, 'r') || (key.kind == KeyKind::enter && review_cursor == lines.size())) {
          return {QuizEnd::finished, 0, true};
        }
        if (key.kind == KeyKind::enter) {
          session.jump_to(session.asked()[review_cursor]->id);
          from_review = true;
          break;
        }
      }
      continue;
    }
    ui::QuestionView view = view_for(questionnaire, session);
    while (true) {
      screen.show(ui::render_question(view, style, screen.width));
      Key key = next_key();
      if (auto stop = stop_for(key)) return *stop;
      if (key.kind == KeyKind::none) {
        screen.measure();
        continue;
      }
      if (view.confirm_quit) {
        if (is_char(key, 'y')) return {QuizEnd::quit, 0, true};
        if (is_char(key, 'n') || key.kind == KeyKind::escape) view.confirm_quit = false;
        continue;
      }
      if (is_char(key, 'q')) {
        view.confirm_quit = true;
        continue;
      }
      Step step = on_key(view, key, session);
      if (step == Step::none) continue;
      if (from_review && step != Step::back) session.to_first_unanswered();
      break;
    }
  }
}

}  // namespace medcareer::commands
