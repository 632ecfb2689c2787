// `medcareer quiz`: the questionnaire, asked in a rich terminal mode or a plain accessible
// one, then the results. Nothing is lost: Ctrl-C, a closed terminal or the end of input
// save the answers so far to a file that `--resume` continues from.
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "commands/commands.h"
#include "commands/quiz_flow.h"
#include "commands/quiz_report.h"
#include "commands/quiz_save.h"
#include "commands/report_date.h"
#include "commands/result_writer.h"
#include "medcareer/migration.h"
#include "medcareer/result_json.h"
#include "ui/html/person_report.h"
#include "ui/results_view.h"
#include "ui/terminal.h"

namespace medcareer::commands {

namespace {

struct QuizOptions {
  bool plain = false;
  std::string save;
  std::string resume;
  std::string report;  // --report FILE
  bool force = false;
  std::string format = "text";
};

// The results of the finished quiz, scored once and laid out for any width.
class FinishedQuiz {
 public:
  FinishedQuiz(const Questionnaire& questionnaire, const Catalog& catalog,
               const QuizSession& session, const ui::Style& style)
      : questionnaire_(questionnaire), catalog_(catalog), session_(session), style_(style) {}

  const Recommendation& recommendation() {
    if (!rec_) {
      answers_ = session_.counted_answers();
      rec_ = recommend(questionnaire_, catalog_, answers_, true);
    }
    return *rec_;
  }
  const std::string& respondent() {
    recommendation();
    return answers_.respondent;
  }
  std::string html() {
    ui::html::ReportInfo info{respondent(), report_date(), MEDCAREER_VERSION};
    return ui::html::person_report(questionnaire_, catalog_, answers_, recommendation(), info);
  }
  std::string text(std::size_t width) {
    ui::ResultsOptions view{width, style_, true};
    return ui::render_results(questionnaire_, catalog_, respondent(), recommendation(), view);
  }

 private:
  const Questionnaire& questionnaire_;
  const Catalog& catalog_;
  const QuizSession& session_;
  ui::Style style_;
  AnswerSet answers_;
  std::optional<Recommendation> rec_;
};

int run_quiz(Context& context, const QuizOptions& options) {
  const Questionnaire& questionnaire = context.questionnaire();
  const Catalog& catalog = context.catalog();
  AnswerSet start;
  if (!options.resume.empty()) {
    auto file = read_source_file(options.resume, options.resume);
    if (!file) throw Failure{file.error(), exit_code::bad_input};
    auto answers = load_answers(file.value().path, file.value().text, questionnaire);
    if (!answers) throw Failure{with_line(answers.error(), {file.value()}), exit_code::bad_input};
    start = std::move(answers).value();
    if (auto note = migration_note(start, questionnaire)) report(*note, Source::file, "warning");
  }
  const bool json = options.format == "json";
  ui::Style style = context.stdout_style();
  const bool rich =
      !options.plain && !style.plain() && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && !json;
  // The plain quiz reads out its results as plainly as it asks: no bars.
  if (!rich) style = ui::Style(style.color(), true);
  const Width width = [&context] { return context.stdout_width(); };
  QuizSession session(questionnaire, start);
  auto handlers = ui::install_restore_on_signal();
  std::FILE* text_out = json ? stderr : stdout;
  SaveTargets targets{options.save, options.resume, options.force};
  // A resumed quiz is kept where it came from, as if by --save FILE, unless --save names
  // another file: finishing it must not leave FILE with only the answers of before.
  const bool back_to_resumed = targets.save.empty() && !targets.resume.empty();
  if (back_to_resumed) {
    targets.save = targets.resume;
    targets.may_overwrite_save = true;
  }
  // Asked where the person will see it: stdout may be a file while they type on a terminal.
  check_save_target(targets, isatty(STDIN_FILENO) != 0,
                    isatty(STDOUT_FILENO) && !json ? stdout : stderr);

  FinishedQuiz finished(questionnaire, catalog, session, style);
  const ScoringModel model(questionnaire, catalog);
  const std::string note =
      back_to_resumed ? "Your answers will be saved back in " + targets.resume + "." : "";
  QuizOutcome outcome =
      rich ? run_rich_quiz(
                 model, session, style, [&finished](std::size_t w) { return finished.text(w); },
                 note)
           : run_plain_quiz(questionnaire, session, style, width, std::cin, text_out, note);
  // The rich quiz asked about contradicting answers before its results screen.
  if (outcome.end == QuizEnd::finished && !rich &&
      !ask_about_contradictions(model, session, style, width, std::cin, text_out)) {
    outcome = {ui::pending_signal() ? QuizEnd::interrupted : QuizEnd::end_of_input,
               ui::pending_signal(), true};
  }
  flush(stdout);
  if (outcome.end != QuizEnd::finished) {
    if (outcome.end == QuizEnd::quit && !outcome.save) {
      std::fputs("\nYour answers were not saved.\n", stderr);
      return exit_code::ok;
    }
    const Saved saved = save_to_target(questionnaire, session, targets);
    if (!saved.path.empty()) tell_saved(saved.path);
    switch (outcome.end) {
      case QuizEnd::interrupted:
        return 128 + outcome.signal;
      case QuizEnd::end_of_input:
        std::fputs("medcareer: the input ended before the quiz was finished\n", stderr);
        return exit_code::bad_input;
      default:
        return saved.elsewhere ? exit_code::cannot_write : exit_code::ok;
    }
  }
  if (json) {
    auto result =
        result_json(questionnaire, catalog, finished.respondent(), finished.recommendation(), true);
    // No file names this respondent: null, as "not known", rather than an empty name.
    if (finished.respondent().empty()) result["respondent"] = nullptr;
    print_json(result.dump(2));
  } else {
    // Printed (again, after the rich results screen) to the normal screen, at the width of
    // the terminal now, so that the results stay in the scrollback.
    print("\n" + finished.text(width()));
  }
  flush(stdout);
  int status = exit_code::ok;
  if (!options.report.empty() && !write_report(options.report, finished.html())) {
    status = exit_code::bad_input;
  }
  if (!targets.save.empty()) {
    const Saved saved = save_to_target(questionnaire, session, targets);
    if (saved.elsewhere) return exit_code::cannot_write;  // save_answers() said where they are
    if (back_to_resumed && saved.path == targets.resume) {
      std::fprintf(stderr, "medcareer: answers saved back in %s, the file you resumed from\n",
                   saved.path.c_str());
    } else {
      std::fprintf(stderr, "medcareer: answers saved in %s\n", saved.path.c_str());
    }
    return status;
  }
  if (!rich && !isatty(STDIN_FILENO)) return status;
  status = std::max(status, offer_to_save(questionnaire, session, targets));
  // Offered beside the answers: whoever named the files up front (--save) names this one
  // with --report too.
  if (status == exit_code::ok && options.report.empty()) {
    return offer_report([&finished] { return finished.html(); });
  }
  return status;
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
  quiz->add_option("--report", options->report,
                   "Also write an HTML report to FILE, to open in a browser or print")
      ->type_name("FILE");
  add_format_option(*quiz, options->format, {"text", "json"});
  quiz->callback([&context, options] { context.exit_code = run_quiz(context, *options); });
}

}  // namespace medcareer::commands
