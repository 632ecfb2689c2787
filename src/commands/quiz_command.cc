// `medcareer quiz`: the questionnaire, asked in a rich terminal mode or a plain accessible
// one, then the results. Nothing is lost: Ctrl-C, a closed terminal or the end of input
// save the answers so far to a file that `--resume` continues from.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands/commands.h"
#include "commands/quiz_flow.h"
#include "commands/result_writer.h"
#include "medcareer/atomic_file.h"
#include "medcareer/result_json.h"
#include "ui/results_view.h"
#include "ui/terminal.h"

namespace medcareer::commands {

namespace {

struct QuizOptions {
  bool plain = false;
  std::string save;
  std::string resume;
  bool force = false;
  std::string format = "text";
};

bool accessible_from_environment() {
  const char* value = std::getenv("ACCESSIBLE");
  if (!value || !*value) return false;
  std::string v(value);
  return v != "0" && v != "false";
}

// A file name for the answers so far that does not overwrite anything.
std::string fresh_resume_path() {
  std::error_code ec;
  for (int n = 1;; ++n) {
    std::string name =
        n == 1 ? "medcareer-answers.yaml" : "medcareer-answers-" + std::to_string(n) + ".yaml";
    if (!std::filesystem::exists(name, ec)) return name;
  }
}

std::string answers_file(const Questionnaire& questionnaire, const QuizSession& session) {
  return answers_to_yaml(session.all_answers(), questionnaire);
}

// Saves the answers so far; returns the path written, or an empty string (and reports why).
std::string save_answers(const Questionnaire& questionnaire, const QuizSession& session,
                         std::string path, bool may_overwrite) {
  std::error_code ec;
  if (path.empty()) {
    path = fresh_resume_path();
  } else if (!may_overwrite && std::filesystem::exists(path, ec)) {
    std::string fallback = fresh_resume_path();
    std::fprintf(stderr, "medcareer: %s exists and --force was not given; saving to %s instead\n",
                 path.c_str(), fallback.c_str());
    path = fallback;
  }
  if (auto written = write_file_atomically(path, answers_file(questionnaire, session)); !written) {
    report(written.error());
    return "";
  }
  return path;
}

int run_quiz(Context& context, const QuizOptions& options) {
  const Questionnaire& questionnaire = context.questionnaire();
  const Catalog& catalog = context.catalog();
  AnswerSet start;
  if (!options.resume.empty()) {
    auto file = read_source_file(options.resume, options.resume);
    if (!file) throw Failure{file.error(), exit_code::bad_input};
    auto answers = load_answers(file.value().path, file.value().text, questionnaire);
    if (!answers) throw Failure{answers.error(), exit_code::bad_input};
    start = std::move(answers).value();
  }
  const bool rich = !options.plain && !accessible_from_environment() && isatty(STDIN_FILENO) &&
                    isatty(STDOUT_FILENO) && options.format == "text";
  ui::Style style = context.stdout_style();
  const std::size_t width = context.stdout_width();
  QuizSession session(questionnaire, start);
  auto handlers = ui::install_restore_on_signal();
  QuizOutcome outcome = rich ? run_rich_quiz(questionnaire, session, style)
                             : run_plain_quiz(questionnaire, session, style, width, std::cin,
                                              options.format == "json" ? stderr : stdout);
  std::fflush(stdout);
  if (outcome.end != QuizEnd::finished) {
    if (outcome.end == QuizEnd::quit && !outcome.save) {
      std::fputs("\nYour answers were not saved.\n", stderr);
      return exit_code::ok;
    }
    std::string path = save_answers(questionnaire, session, options.save, options.force);
    if (!path.empty()) {
      std::fprintf(stderr,
                   "\nmedcareer: your answers so far are saved in %s\n"
                   "medcareer: continue with: medcareer quiz --resume %s\n",
                   path.c_str(), path.c_str());
    }
    switch (outcome.end) {
      case QuizEnd::interrupted:
        return 128 + outcome.signal;
      case QuizEnd::end_of_input:
        std::fputs("medcareer: the input ended before the quiz was finished\n", stderr);
        return exit_code::bad_input;
      default:
        return exit_code::ok;
    }
  }
  AnswerSet answers = session.counted_answers();
  Recommendation rec = recommend(questionnaire, catalog, answers, true);
  if (options.format == "json") {
    print_json(result_json(questionnaire, catalog, answers.respondent, rec, true).dump(2));
  } else {
    ui::ResultsOptions view{width, style, !rich, true};
    std::fputs(
        ("\n" + ui::render_results(questionnaire, catalog, answers.respondent, rec, view)).c_str(),
        stdout);
  }
  std::fflush(stdout);
  if (!options.save.empty()) {
    std::string path = save_answers(questionnaire, session, options.save,
                                    options.force || options.save == options.resume);
    if (!path.empty()) std::fprintf(stderr, "medcareer: answers saved in %s\n", path.c_str());
  } else if (rich || isatty(STDIN_FILENO)) {
    std::fputs("\nSave your answers to a file? Type a file name, or press Enter to skip: ", stdout);
    std::fflush(stdout);
    std::string name;
    if (read_line(std::cin, name) && !name.empty()) {
      std::string path = save_answers(questionnaire, session, name, options.force);
      if (!path.empty()) std::fprintf(stdout, "Saved in %s\n", path.c_str());
    }
  }
  return exit_code::ok;
}

}  // namespace

void setup_quiz(CLI::App& app, Context& context) {
  auto options = std::make_shared<QuizOptions>();
  CLI::App* quiz = app.add_subcommand("quiz", "Take the quiz and get a recommended path");
  quiz->add_flag(
      "--plain", options->plain,
      "Accessible mode: numbered options, typed answers, no redraws (also ACCESSIBLE=1)");
  quiz->add_option("--save", options->save, "Save the answers to FILE when the quiz ends")
      ->type_name("FILE");
  quiz->add_option("--resume", options->resume, "Continue from answers saved in FILE")
      ->type_name("FILE");
  quiz->add_flag("--force", options->force, "Overwrite the --save file if it exists");
  add_format_option(*quiz, options->format, {"text", "json"});
  quiz->callback([&context, options] { context.exit_code = run_quiz(context, *options); });
}

}  // namespace medcareer::commands
