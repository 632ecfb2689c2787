// The two ways of taking the quiz share this: what a run of either loop ends with, and
// what the quiz command does about it (score, save, resume file, exit code).
#pragma once

#include <cstdio>
#include <istream>
#include <string>

#include "medcareer/quiz_session.h"
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

// Accessible mode: numbered options, one typed line per answer, no cursor movement.
// Reads lines from `in`, writes to `out`.
QuizOutcome run_plain_quiz(const Questionnaire& questionnaire, QuizSession& session,
                           const ui::Style& style, std::size_t width, std::istream& in,
                           std::FILE* out);

// Rich mode on a terminal (stdin and stdout both terminals): arrow keys, redraws.
QuizOutcome run_rich_quiz(const Questionnaire& questionnaire, QuizSession& session,
                          const ui::Style& style);

// Reads one line from `in` the way the plain quiz does: false at the end of input or when
// a signal interrupted the read (ui::pending_signal() tells which).
bool read_line(std::istream& in, std::string& line);

}  // namespace medcareer::commands
