// The top level: global options, the subcommands, and turning failures into exit codes.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <new>
#include <sstream>

#include "commands/cli_walk.h"
#include "commands/commands.h"
#include "commands/help_text.h"

namespace medcareer::commands {

int run(int argc, char** argv) {
  Context context;
  CLI::App app(
      "medcareer: find your way into healthcare support work.\n"
      "Take the quiz, compare roles and certifications, score a class's answers.",
      "medcareer");
  app.set_version_flag(
      "-V,--version",
      [&app, &context] {
        // -V stops the parse where it stands, before the options before it are stored, so
        // the ones that choose the data are read from what the parse has seen so far.
        GlobalOptions seen = context.options;
        for (auto [name, value] :
             {std::pair{"--data-dir", &seen.data_dir}, std::pair{"--questions", &seen.questions}}) {
          const CLI::Option* option = app.get_option_no_throw(name);
          if (option && option->count() > 0) *value = option->results().back();
        }
        return version_text(seen);
      },
      "Print the version of medcareer, of the questionnaire and of the data, and exit");
  app.fallthrough();  // global options may follow the subcommand
  app.add_option("--data-dir", context.options.data_dir,
                 "Read roles and certifications from DIR instead of the defaults")
      ->type_name("DIR");
  app.add_option("-q,--questions", context.options.questions,
                 "Read the questionnaire from FILE instead of the default")
      ->type_name("FILE");
  app.add_option("--color", context.options.color, "Colour: auto, always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_flag("--plain", context.options.plain,
               "Plain output for screen readers: numbers in words, no bars (also ACCESSIBLE=1)");
  setup_roles(app, context);
  setup_certs(app, context);
  setup_score(app, context);
  setup_questions(app, context);
  setup_validate(app, context);
  setup_quiz(app, context);
  setup_complete(app);
  setup_man(app);
  // The examples and environment below each command's help are added only when help is
  // printed: building them for every run was a tenth of the start-up of `score`.

  // CLI11 takes the arguments last first.
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  // A person at a terminal starts the quiz; a script gets help.
  if (args.empty() && interactive) args = {"quiz"};
  // Completion runs on what has been typed so far, which need not parse.
  if (!args.empty() && args.front() == "__complete") {
    return complete_words(app, context, {args.begin() + 1, args.end()});
  }
  const std::vector<std::string> given = args;
  std::reverse(args.begin(), args.end());
  int status = exit_code::ok;
  try {
    app.parse(args);
    if (app.get_subcommands().empty()) {
      add_help_footers(app);
      print(app.help());
    }
    status = context.exit_code;
  } catch (const CLI::Success& e) {  // --help, --version: printed through print() too
    add_help_footers(app);
    std::ostringstream out;
    std::ostringstream err;
    status = app.exit(e, out, err);
    print(out.str());
    std::fputs(err.str().c_str(), stderr);
  } catch (const CLI::ParseError& e) {
    // A near miss (`rols`, `--explian`, `--format jsn`) is named with what was meant.
    if (auto mistake = find_mistake(app, given); mistake && !mistake->hint.empty()) {
      report(Error{{}, mistake->message, mistake->hint});
    } else {
      report(Error{{}, e.what(), "run 'medcareer --help' for usage"});
    }
    status = exit_code::usage;
  } catch (const Failure& failure) {
    report(failure.error);
    status = failure.exit_code;
  } catch (const std::bad_alloc&) {
    // Outside a record (which fails alone): a message and exit 1, never an abort.
    report(Error{{}, "not enough memory", ""});
    status = exit_code::bad_input;
  }
  // Whatever the command printed must have arrived, or the run failed.
  if (auto lost = close_standard_output()) {
    report(*lost);
    if (status == exit_code::ok) status = exit_code::cannot_write;
  }
  return status;
}

}  // namespace medcareer::commands
