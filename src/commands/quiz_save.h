// Where the quiz keeps the answers: the --save file (checked before the quiz starts, so no
// one answers 22 questions to learn that it cannot be written), the file a run resumed
// from (updated in place when that run is broken off), or a fresh file name; and the offer
// to save at the end, which an interrupt, a closed terminal or the end of input must not
// turn into lost answers.
#pragma once

#include <cstdio>
#include <string>

#include "medcareer/quiz_session.h"

namespace medcareer::commands {

struct SaveTargets {
  std::string save;         // --save FILE, or empty
  std::string resume;       // --resume FILE, or empty
  bool may_overwrite_save;  // --force, the person said yes, or it is the resumed file
};

// Before the quiz: refuses (exit 2, with the reason) a --save file, or without one the
// --resume file the answers are saved back into, that cannot be written. Then, if the
// --save file exists and may not be overwritten, asks on a
// terminal (`prompt` is where the question goes) whether to overwrite it, and refuses
// otherwise. Returns to go on (may_overwrite_save then set); throws Failure (exit 2) when
// the person says no or cannot be asked, or (exit 128 + the signal) on an interrupt.
void check_save_target(SaveTargets& targets, bool can_ask, std::FILE* prompt);

// A name in `dir` (by default the current folder) that does not overwrite anything:
// medcareer-answers.yaml, medcareer-answers-2.yaml, ...
std::string fresh_answers_path(const std::string& dir = "");

// Writes what the session would save (the asked questions' answers and skips) to `path`,
// atomically; returns false (and reports why) if it cannot.
bool write_answers(const Questionnaire& questionnaire, const QuizSession& session,
                   const std::string& path);

// Where answers were saved: `path` as asked, or `elsewhere` (a fallback, or nowhere when
// `path` is empty). Anything but the place asked for ends the quiz with a non-zero status.
struct Saved {
  std::string path;
  bool elsewhere = false;
};

// Writes the answers to `path`; when that fails (reported), to a fresh file in the current
// folder, or else in the home folder, saying where on stderr.
Saved save_answers(const Questionnaire& questionnaire, const QuizSession& session,
                   const std::string& path);

// Saves to --save (or, if that file appeared during the quiz and may not be overwritten,
// to a fresh file, saying so), else back into the resumed file, else to a fresh file: for
// a finished quiz with --save, and for one that did not finish (quit with save,
// interrupted, input ended), through save_answers().
Saved save_to_target(const Questionnaire& questionnaire, const QuizSession& session,
                     const SaveTargets& targets);

// Whether a reply to a [y/N] question is a yes.
bool is_yes(const std::string& reply);

// Tells, on stderr, where the answers so far are and how to continue.
void tell_saved(const std::string& path);

// After the results, when there was no --save: offers to save to a typed name (asking
// before it overwrites a file). Returns the exit status: 0, or 128 + the signal if one
// came, in which case the answers are saved as save_to_target() would.
int offer_to_save(const Questionnaire& questionnaire, const QuizSession& session,
                  const SaveTargets& targets);

}  // namespace medcareer::commands
