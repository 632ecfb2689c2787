// What each key does on each screen of the rich quiz (see quiz_rich.h).
#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "commands/quiz_rich.h"

namespace medcareer::commands::rich {

namespace {

using ui::Key;
using ui::KeyKind;

std::optional<std::size_t> digit(const Key& k) {
  if (k.kind == KeyKind::character && k.ch >= '0' && k.ch <= '9') return k.ch - '0';
  return std::nullopt;
}

// How a key is named in a message: 'x' for a character, else its name.
std::string key_name(const Key& k) {
  switch (k.kind) {
    case KeyKind::right:
      return "Right";
    case KeyKind::left:
      return "Left";
    case KeyKind::up:
      return "Up";
    case KeyKind::down:
      return "Down";
    case KeyKind::page_up:
      return "PgUp";
    case KeyKind::page_down:
      return "PgDn";
    case KeyKind::home:
      return "Home";
    case KeyKind::end:
      return "End";
    case KeyKind::tab:
      return "Tab";
    case KeyKind::escape:
      return "Esc";
    case KeyKind::space:
      return "Space";
    case KeyKind::backspace:
      return "Backspace";
    case KeyKind::enter:
      return "Enter";
    case KeyKind::character:
      if (k.ch < 0x80) return std::string("'") + static_cast<char>(k.ch) + "'";
      return "That key";
    default:
      return "That key";
  }
}

// As typed: "12", "10.5" (the shortest text that reads back as the same number).
std::string number_text(double v) {
  return fmt::format("{}", v);
}

AnswerValue value_at(const Question& q, std::size_t i) {
  if (q.type == QuestionType::scale) return static_cast<double>(i + 1);
  return q.options[i].id;
}

Step on_number_key(ui::QuestionView& v, const Key& key, QuizSession& session) {
  const Question& q = *v.question;
  double value = 0;
  const char* begin = v.typed.data();
  auto [ptr, ec] = std::from_chars(begin, begin + v.typed.size(), value);
  const bool parsed = ec == std::errc() && ptr == begin + v.typed.size() && !v.typed.empty();
  const std::string range = "Type a number from " + number_text(q.min) + " to " +
                            number_text(q.max) + (q.unit.empty() ? "" : " " + q.unit) + ".";
  const bool prefilled = v.prefilled;
  v.prefilled = false;  // whatever the key, what is shown is now the person's to edit
  if (auto d = digit(key); d || is_char(key, '.')) {
    if (prefilled) v.typed.clear();  // a fresh number replaces the one shown
    if (is_char(key, '.') && v.typed.find('.') != std::string::npos) {
      v.message = "There is a decimal point already.";
    } else if (v.typed.size() >= 12) {
      v.message = "That is as long as a number here can be.";
    } else {
      v.typed += static_cast<char>(key.ch);
    }
  } else if (key.kind == KeyKind::backspace) {
    if (v.typed.empty()) v.message = "Nothing to delete. Left goes back to the last question.";
    if (!v.typed.empty()) v.typed.pop_back();
  } else if (key.kind == KeyKind::up || key.kind == KeyKind::down) {
    double next = (parsed ? value : q.min) + (key.kind == KeyKind::up ? 1 : -1);
    v.typed = number_text(std::clamp(next, q.min, q.max));
  } else if (key.kind == KeyKind::enter) {
    if (!parsed) {
      v.message = v.typed.empty() ? range : "'" + v.typed + "' is not a number. " + range;
      return Step::none;
    }
    if (value < q.min || value > q.max) {
      v.message = v.typed + " is " + (value < q.min ? "less" : "more") + " than " +
                  number_text(value < q.min ? q.min : q.max) + ". " + range;
      return Step::none;
    }
    session.answer(value);
    return Step::answered;
  } else if (key.kind == KeyKind::character) {
    v.message = "Type digits only, then press Enter. " + range;
  } else {
    v.message = does_nothing(key, "Type a number and press Enter.");
  }
  return Step::none;
}

void toggle(ui::QuestionView& v, std::size_t i) {
  const Question& q = *v.question;
  const auto picked = static_cast<std::size_t>(std::count(v.chosen.begin(), v.chosen.end(), true));
  if (!v.chosen[i] && q.max_choices > 0 && picked >= q.max_choices) {
    v.message = "You can pick at most " + std::to_string(q.max_choices) + ". Untick one first.";
  } else {
    v.chosen[i] = !v.chosen[i];
  }
}

Step on_list_key(ui::QuestionView& v, const Key& key, QuizSession& session) {
  const Question& q = *v.question;
  const std::size_t n = ui::option_count(q);
  const bool multi = q.type == QuestionType::multi;
  const std::string use = multi ? "Use up/down and space to tick, or type a number; Enter goes on."
                                : "Use up/down and Enter, or type the number of an option.";
  if (key.kind == KeyKind::up || is_char(key, 'k')) {
    v.cursor = (v.cursor + n - 1) % n;
  } else if (key.kind == KeyKind::down || is_char(key, 'j')) {
    v.cursor = (v.cursor + 1) % n;
  } else if (key.kind == KeyKind::home || key.kind == KeyKind::page_up) {
    v.cursor = 0;
  } else if (key.kind == KeyKind::end || key.kind == KeyKind::page_down) {
    v.cursor = n - 1;
  } else if (auto d = digit(key)) {
    if (*d < 1 || *d > n) {
      v.message = "Pick a number from 1 to " + std::to_string(n) + ".";
      return Step::none;
    }
    v.cursor = *d - 1;
    if (multi) {
      toggle(v, v.cursor);
      return Step::none;
    }
    session.answer(value_at(q, v.cursor));
    return Step::answered;
  } else if (q.type == QuestionType::yes_no && (is_char(key, 'y') || is_char(key, 'n'))) {
    const std::string id = is_char(key, 'y') ? "yes" : "no";
    if (!q.find_option(id)) {
      v.message = use;
      return Step::none;
    }
    session.answer(id);
    return Step::answered;
  } else if (multi && key.kind == KeyKind::space) {
    toggle(v, v.cursor);
  } else if (multi && key.kind == KeyKind::enter) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
      if (v.chosen[i]) ids.push_back(q.options[i].id);
    }
    if (ids.empty()) {
      v.message = std::string("Tick at least one option") +
                  (q.optional ? ", or press s to skip this question." : ".");
      return Step::none;
    }
    session.answer(ids);
    return Step::answered;
  } else if (key.kind == KeyKind::enter || key.kind == KeyKind::space) {
    session.answer(value_at(q, v.cursor));
    return Step::answered;
  } else if (key.kind == KeyKind::right) {
    v.message = multi ? "Right does nothing here. Press Enter to go on."
                      : "Right does nothing here. Press Enter to choose and go on.";
  } else {
    v.message = does_nothing(key, use);
  }
  return Step::none;
}

}  // namespace

bool is_char(const Key& k, char c) {
  return k.kind == KeyKind::character && k.ch == static_cast<char32_t>(c);
}

std::string does_nothing(const Key& k, const std::string& instead) {
  return key_name(k) + " does nothing here. " + instead;
}

ui::QuestionView question_view(const Questionnaire& questionnaire, const QuizSession& session) {
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
    v.prefilled = !v.typed.empty();
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

Step on_question_key(ui::QuestionView& v, const Key& key, QuizSession& session) {
  const Question& q = *v.question;
  v.message.clear();
  if (is_char(key, '?')) {
    v.show_help = !v.show_help;
    return Step::none;
  }
  if (is_char(key, 's')) {
    if (!q.optional) {
      v.message = "This question cannot be skipped; every role is scored on it.";
      return Step::none;
    }
    session.skip();
    return Step::skipped;
  }
  const bool back_key = key.kind == KeyKind::left || is_char(key, 'b') ||
                        (key.kind == KeyKind::backspace && q.type != QuestionType::number);
  if (back_key) {
    if (!session.back()) {
      v.message = "This is the first question.";
      return Step::none;
    }
    return Step::back;
  }
  return q.type == QuestionType::number ? on_number_key(v, key, session)
                                        : on_list_key(v, key, session);
}

ReviewStep on_review_key(ReviewState& state, const Key& key) {
  ui::ReviewView& v = state.view;
  const std::size_t n = v.lines.size();
  v.message.clear();
  const auto d = digit(key);
  if (!d) state.typed.clear();
  if (d) {
    // Digits build up an answer number: "1" then "2" is answer 12 if there is one.
    std::string typed = state.typed + static_cast<char>('0' + *d);
    std::size_t number = std::stoul(typed);
    if (number < 1 || number > n) {
      typed = std::string(1, static_cast<char>('0' + *d));
      number = *d;
    }
    if (number < 1 || number > n) {
      state.typed.clear();
      v.message =
          "There is no answer " + typed + "; type a number from 1 to " + std::to_string(n) + ".";
      return ReviewStep::none;
    }
    state.typed = typed;
    v.cursor = number - 1;
    v.message = "Answer " + std::to_string(number) + ": press Enter to change it.";
  } else if (key.kind == KeyKind::up || is_char(key, 'k')) {
    v.cursor = v.cursor == 0 ? n : v.cursor - 1;
  } else if (key.kind == KeyKind::down || is_char(key, 'j')) {
    v.cursor = v.cursor >= n ? 0 : v.cursor + 1;
  } else if (key.kind == KeyKind::home || key.kind == KeyKind::page_up) {
    v.cursor = 0;
  } else if (key.kind == KeyKind::end || key.kind == KeyKind::page_down) {
    v.cursor = n;
  } else if (is_char(key, 'r') || (key.kind == KeyKind::enter && v.cursor >= n)) {
    return ReviewStep::results;
  } else if (key.kind == KeyKind::enter) {
    return ReviewStep::change;
  } else if (is_char(key, 'q')) {
    return ReviewStep::quit;
  } else if (is_char(key, '?')) {
    v.message =
        "Every answer you gave is listed. Move to one with up/down (or type its "
        "number) and press Enter to change it; r or the last line shows your results.";
  } else {
    v.message = does_nothing(key, "Use up/down and Enter, or r for the results.");
  }
  return ReviewStep::none;
}

ResultsStep on_results_key(std::size_t& scroll, std::size_t page, std::size_t rows,
                           std::string& message, const Key& key) {
  message.clear();
  page = std::max<std::size_t>(page, 1);
  const std::size_t before = scroll;
  const bool forward = key.kind == KeyKind::down || is_char(key, 'j') ||
                       key.kind == KeyKind::page_down || key.kind == KeyKind::space ||
                       key.kind == KeyKind::end || is_char(key, 'G');
  if (is_char(key, 'q') || key.kind == KeyKind::enter) return ResultsStep::done;
  if (key.kind == KeyKind::up || is_char(key, 'k')) {
    scroll = scroll > 0 ? scroll - 1 : 0;
  } else if (key.kind == KeyKind::down || is_char(key, 'j')) {
    scroll = scroll + page < rows ? scroll + 1 : scroll;
  } else if (key.kind == KeyKind::page_up || is_char(key, 'b')) {
    scroll = scroll > page ? scroll - page : 0;
  } else if (key.kind == KeyKind::page_down || key.kind == KeyKind::space) {
    scroll = scroll + page < rows ? scroll + page : scroll;
  } else if (key.kind == KeyKind::home || is_char(key, 'g')) {
    scroll = 0;
  } else if (key.kind == KeyKind::end || is_char(key, 'G')) {
    scroll = rows > page ? rows - page : 0;
  } else if (is_char(key, '?')) {
    message = "These are your results. " + ui::results_keys() +
              "; they are printed again "
              "when you go on, so you can scroll back to them.";
    return ResultsStep::none;
  } else {
    message = does_nothing(key, ui::results_keys() + ".");
    return ResultsStep::none;
  }
  if (scroll == before) {
    message = forward ? "This is the end of the results. Press q or Enter to go on."
                      : "This is the top of the results.";
  }
  return ResultsStep::none;
}

Confirm on_confirm_key(const Key& key, std::string& message) {
  message.clear();
  if (is_char(key, 'y') || is_char(key, 'Y')) return Confirm::yes;
  if (is_char(key, 'n') || is_char(key, 'N') || key.kind == KeyKind::escape) return Confirm::no;
  message = "Press y to save your answers and stop, or n to go on.";
  return Confirm::again;
}

}  // namespace medcareer::commands::rich
