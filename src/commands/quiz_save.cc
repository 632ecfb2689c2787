#include "commands/quiz_save.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <vector>

#include "commands/context.h"
#include "commands/quiz_flow.h"
#include "medcareer/atomic_file.h"
#include "ui/terminal.h"

namespace medcareer::commands {

namespace {

bool exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

// The same file, however it was named (./a.yaml and a.yaml).
bool same_file(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::error_code ec;
  if (std::filesystem::equivalent(a, b, ec)) return true;
  return std::filesystem::weakly_canonical(a, ec) == std::filesystem::weakly_canonical(b, ec);
}

void ask(std::FILE* out, const std::string& question) {
  std::fputs(question.c_str(), out);
  flush(out);
}

}  // namespace

bool is_yes(const std::string& reply) {
  return reply == "y" || reply == "Y" || reply == "yes" || reply == "Yes" || reply == "YES";
}

void tell_saved(const std::string& path) {
  std::fprintf(stderr,
               "\nmedcareer: your answers so far are saved in %s\n"
               "medcareer: continue with: medcareer quiz --resume %s\n",
               path.c_str(), path.c_str());
}

void check_save_target(SaveTargets& targets, bool can_ask, std::FILE* prompt) {
  // Where the answers go if the quiz is broken off: a place that cannot be written (a folder
  // that is not there or is read-only, a directory) is refused before the first question.
  const std::string& target = targets.save.empty() ? targets.resume : targets.save;
  if (!target.empty()) {
    if (auto writable = check_writable(target); !writable) {
      Error error = writable.error();
      // A resumed quiz saves back into its file unless --save names another.
      const bool saving_back = targets.save.empty() || targets.save == targets.resume;
      error.hint =
          saving_back ? "the answers are saved back into it; add --save FILE to save them elsewhere"
                      : "nothing was asked yet; choose a place you can write with --save";
      throw Failure{error, exit_code::usage};
    }
  }
  if (targets.save.empty() || targets.may_overwrite_save) return;
  if (same_file(targets.save, targets.resume)) {
    targets.may_overwrite_save = true;  // continuing a file is what --resume is for
    return;
  }
  if (!exists(targets.save)) return;
  const Position where{targets.save, 0, 0};
  if (!can_ask) {
    throw Failure{Error{where, "the file exists and --force was not given",
                        "add --force to overwrite it, or choose another file with --save"},
                  exit_code::usage};
  }
  ask(prompt, targets.save + " exists. Overwrite it with your answers? [y/N] ");
  std::string reply;
  if (!read_line(std::cin, reply)) {
    if (int sig = ui::pending_signal()) {
      std::fputs("\n", prompt);
      throw Failure{Error{{}, "interrupted before the quiz started; nothing was saved", ""},
                    128 + sig};
    }
    reply.clear();  // the end of input: not a yes
  }
  if (!is_yes(reply)) {
    throw Failure{Error{where, "the file exists and was left as it is",
                        "choose another file with --save, or add --force to overwrite it"},
                  exit_code::usage};
  }
  targets.may_overwrite_save = true;
}

std::string fresh_answers_path(const std::string& dir) {
  const std::string prefix = dir.empty() ? "" : dir + "/";
  for (int n = 1;; ++n) {
    std::string name = prefix + (n == 1 ? "medcareer-answers.yaml"
                                        : "medcareer-answers-" + std::to_string(n) + ".yaml");
    if (!exists(name)) return name;
  }
}

bool write_answers(const Questionnaire& questionnaire, const QuizSession& session,
                   const std::string& path) {
  const std::string text = answers_to_yaml(session.counted_answers(), questionnaire);
  if (auto written = write_file_atomically(path, text); !written) {
    report(written.error());
    return false;
  }
  return true;
}

Saved save_answers(const Questionnaire& questionnaire, const QuizSession& session,
                   const std::string& path) {
  if (write_answers(questionnaire, session, path)) return {path, false};
  // Checked before the quiz, and still it failed (a disk that filled, a folder removed):
  // the answers go where they can, the current folder or else the home folder.
  std::vector<std::string> places = {""};
  if (const char* home = std::getenv("HOME"); home && *home) places.emplace_back(home);
  for (const std::string& dir : places) {
    const std::string fallback = fresh_answers_path(dir);
    if (same_file(fallback, path) || !write_answers(questionnaire, session, fallback)) continue;
    std::fprintf(stderr, "medcareer: your answers could not be saved in %s; they are in %s\n",
                 path.c_str(), fallback.c_str());
    return {fallback, true};
  }
  std::fprintf(stderr, "medcareer: your answers could not be saved anywhere\n");
  return {"", true};
}

Saved save_to_target(const Questionnaire& questionnaire, const QuizSession& session,
                     const SaveTargets& targets) {
  std::string path;
  if (!targets.save.empty()) {
    path = targets.save;
    if (!targets.may_overwrite_save && exists(path)) {
      // Made while the quiz ran (it was checked at the start): keep it, and say so.
      path = fresh_answers_path();
      std::fprintf(stderr, "medcareer: %s exists and --force was not given; saving to %s instead\n",
                   targets.save.c_str(), path.c_str());
    }
  } else if (!targets.resume.empty()) {
    path = targets.resume;  // the resumed file, brought up to date
  } else {
    path = fresh_answers_path();
  }
  return save_answers(questionnaire, session, path);
}

int offer_to_save(const Questionnaire& questionnaire, const QuizSession& session,
                  const SaveTargets& targets) {
  // What a read that failed means here: the answers are complete, so they are kept either
  // way; an interrupt exits as one, the end of input as a quiz that is done.
  auto broken_off = [&]() {
    if (int sig = ui::pending_signal()) {
      const Saved saved = save_to_target(questionnaire, session, targets);
      if (!saved.path.empty()) tell_saved(saved.path);
      return 128 + sig;
    }
    const Saved saved = save_answers(
        questionnaire, session, targets.resume.empty() ? fresh_answers_path() : targets.resume);
    if (saved.path.empty()) return exit_code::cannot_write;
    std::fprintf(stderr, "\nmedcareer: the input ended; your answers are saved in %s\n",
                 saved.path.c_str());
    return saved.elsewhere ? exit_code::cannot_write : exit_code::ok;
  };
  std::string question =
      "\nSave your answers to a file? Type a file name, or press Enter to skip: ";
  while (true) {
    ask(stdout, question);
    std::string name;
    if (!read_line(std::cin, name)) return broken_off();
    if (name.empty()) {
      std::fputs("Your answers were not saved.\n", stdout);
      return exit_code::ok;
    }
    if (exists(name)) {
      ask(stdout, name + " exists. Overwrite it? [y/N] ");
      std::string reply;
      if (!read_line(std::cin, reply)) return broken_off();
      if (!is_yes(reply)) {
        question = "Type another file name, or press Enter to skip: ";
        continue;
      }
    }
    if (write_answers(questionnaire, session, name)) {
      std::fprintf(stdout, "Saved in %s\n", name.c_str());
      return exit_code::ok;
    }
    question = "Type another file name, or press Enter to skip: ";
  }
}

}  // namespace medcareer::commands
