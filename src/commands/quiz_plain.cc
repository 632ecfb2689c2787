// The accessible, plain quiz: works with a screen reader and from a pipe
// (`printf '1\n3\n' | medcareer quiz --plain`).
#include <fmt/format.h>

#include "commands/quiz_flow.h"
#include "commands/standard_output.h"
#include "medcareer/recommend.h"
#include "ui/plain_input.h"
#include "ui/terminal.h"
#include "ui/wrap.h"

namespace medcareer::commands {

bool read_line(std::istream& in, std::string& line) {
  // No answer is longer than this; the rest of a longer line is dropped unread into memory.
  constexpr std::size_t kKept = 4096;
  // A "line" that goes on past this is not typed (`quiz < /dev/zero`, a 400 MB line): it
  // ends the input, and the answers so far are saved as at any end of input.
  constexpr std::size_t kMaxLine = 1u << 20;
  if (ui::pending_signal()) return false;
  line.clear();
  std::streambuf* buffer = in.rdbuf();
  std::size_t length = 0;
  for (;;) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      if (length == 0) return false;
      break;
    }
    if (c == '\n') break;
    if (++length > kMaxLine) {
      in.setstate(std::ios::eofbit);
      return false;
    }
    if (line.size() < kKept) line += static_cast<char>(c);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return !ui::pending_signal();
}

namespace {

void print(std::FILE* out, const std::string& text) {
  std::fputs(text.c_str(), out);
  flush(out);
}

QuizOutcome stopped(std::istream& in) {
  (void)in;
  if (int sig = ui::pending_signal()) return {QuizEnd::interrupted, sig, true};
  return {QuizEnd::end_of_input, 0, true};
}

// The review: every asked question with its answer; a number changes that answer.
// Returns false when the person wants to change an answer (the session is moved there).
std::optional<QuizOutcome> review(const Questionnaire& questionnaire, QuizSession& session,
                                  const ui::Style& style, const Width& width_now, std::istream& in,
                                  std::FILE* out, bool& change) {
  const std::size_t width = width_now();
  auto asked = session.asked();
  std::string text = "\n" + style.heading("Your answers") + "\n";
  const AnswerSet& answers = session.all_answers();
  for (std::size_t i = 0; i < asked.size(); ++i) {
    const Answer* a = answers.find(asked[i]->id);
    std::string label = std::to_string(i + 1) + ". ";
    text += ui::wrap(label + asked[i]->prompt, width, "", std::string(label.size(), ' '));
    text += ui::wrap(a ? "-> " + answer_words(*asked[i], a->value) : "-> (skipped)", width,
                     std::string(label.size(), ' '), std::string(label.size() + 3, ' '));
  }
  text += "\nType a number to change that answer, or press Enter to see your results.\n";
  while (true) {
    print(out, text + "> ");
    std::string line;
    if (!read_line(in, line)) return stopped(in);
    if (line.empty()) {
      change = false;
      return std::nullopt;
    }
    if (line == "q" || line == "quit") return QuizOutcome{QuizEnd::quit, 0, true};
    // The whole line must be the number: "3abc" is refused, not read as 3.
    const auto n = ui::whole_number(line);
    if (n && *n >= 1 && *n <= asked.size()) {
      session.jump_to(asked[*n - 1]->id);
      change = true;
      return std::nullopt;
    }
    const std::string why =
        n ? fmt::format("There is no answer {}.", *n) : "'" + line + "' is not a number.";
    text = fmt::format("{} Type a number from 1 to {}, or press Enter to see your results.\n", why,
                       asked.size());
  }
  (void)questionnaire;
}

}  // namespace

QuizOutcome run_plain_quiz(const Questionnaire& questionnaire, QuizSession& session,
                           const ui::Style& style, const Width& width_now, std::istream& in,
                           std::FILE* out, const std::string& note) {
  std::size_t width = width_now();
  print(out, style.bold(questionnaire.title) + "\n" + ui::wrap(questionnaire.intro, width) +
                 ui::wrap(fmt::format("There are about {} questions. Type the number of your "
                                      "answer and press Enter. To learn more about a "
                                      "question, type ? and press Enter.",
                                      session.count()),
                          width));
  if (!note.empty()) print(out, ui::wrap(note, width));
  bool from_review = false;
  std::string section;
  while (true) {
    const Question* q = session.current();
    if (!q) {
      bool change = false;
      if (auto outcome = review(questionnaire, session, style, width_now, in, out, change))
        return *outcome;
      if (!change) return {QuizEnd::finished, 0, true};
      from_review = true;
      continue;
    }
    width = width_now();
    std::string header;
    if (q->section != section) {
      section = q->section;
      header += "\n" + style.heading(questionnaire.find_section(section)->title) + "\n";
    }
    header += fmt::format("\nQuestion {} of {}\n", session.number(), session.count());
    print(out, header + ui::render_plain_prompt(*q, session.all_answers(), style, width) + "> ");
    while (true) {
      std::string line;
      if (!read_line(in, line)) return stopped(in);
      ui::PlainAction action = ui::parse_plain_input(*q, session.all_answers(), line);
      using Kind = ui::PlainAction::Kind;
      if (action.kind == Kind::invalid) {
        print(out, ui::wrap(action.reason, width) + "> ");
        continue;
      }
      if (action.kind == Kind::help) {
        print(out, ui::wrap(q->help, width, "  ", "  ") + "> ");
        continue;
      }
      if (action.kind == Kind::quit) {
        print(out, "Save your answers so far, so you can continue later? [Y/n] ");
        std::string yes;
        if (!read_line(in, yes)) return stopped(in);
        return {QuizEnd::quit, 0, yes.empty() || yes[0] == 'y' || yes[0] == 'Y'};
      }
      if (action.kind == Kind::back) {
        if (!session.back()) {
          print(out, "This is the first question.\n> ");
          continue;
        }
      } else if (action.kind == Kind::skip) {
        session.skip();
      } else {
        session.answer(action.value);
      }
      if (from_review && action.kind != Kind::back) session.to_first_unanswered();
      break;
    }
  }
}

}  // namespace medcareer::commands
