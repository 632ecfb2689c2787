// The two ways of taking the quiz share this: what a run of either loop ends with, and
// what the quiz command does about it (score, save, resume file, exit code).
#pragma once

#include <cstdio>
#include <functional>
#include <istream>
#include <string>

#include "medcareer/quiz_session.h"
#include "medcareer/scoring_model.h"
#include "ui/style.h"

namespace medcareer::commands {

enum class QuizEnd {
  finished,      // reviewed and asked for the results
  quit,          // the person chose to stop; `save` says whether to keep the answers
  interrupted,   // a signal (Ctrl-C, SIGTERM, SIGHUP): `signal` says which
  end_of_input,  // no more input (a pipe ran dry, a terminal closed)
};

struct QuizOutcome {
  QuizEnd end = QuizEnd::finished;
  int signal = 0;
  bool save = true;
};

// The width of the terminal now: read each time text is laid out, so it follows a resize.
using Width = std::function<std::size_t()>;
// The results laid out for a given width.
using ResultsText = std::function<std::string(std::size_t width)>;

// Accessible mode: numbered options, one typed line per answer, no cursor movement.
// Reads lines from `in`, writes to `out`.
// `note`, if not empty, is said after the introduction (where the answers will be saved).
QuizOutcome run_plain_quiz(const Questionnaire& questionnaire, QuizSession& session,
                           const ui::Style& style, const Width& width, std::istream& in,
                           std::FILE* out, const std::string& note = "");

// Rich mode on a terminal (stdin and stdout both terminals): arrow keys, redraws. When the
// person asks for the results, it first asks about answers that contradict each other (as
// ask_about_contradictions() does, on a screen of its own), then shows the results,
// scrollable, before this returns `finished`. `note` is shown on the welcome screen, as for
// the plain quiz.
QuizOutcome run_rich_quiz(const ScoringModel& model, QuizSession& session, const ui::Style& style,
                          const ResultsText& results, const std::string& note = "");

// After the plain quiz (the rich one asks on a screen of its own): for each pair of answers that
// contradict each other, asks which matters more and sets the other aside (quiz_contradictions.cc).
// False when the input ended or a signal came while asking.
bool ask_about_contradictions(const ScoringModel& model, QuizSession& session,
                              const ui::Style& style, const Width& width, std::istream& in,
                              std::FILE* out);

// Reads one line from `in` the way the plain quiz does: false at the end of input or when
// a signal interrupted the read (ui::pending_signal() tells which). A resize does not
// interrupt it (SIGWINCH restarts the read, see ui::SignalHandlers).
bool read_line(std::istream& in, std::string& line);

}  // namespace medcareer::commands
