// The top level: global options, the subcommands, and turning failures into exit codes.
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "commands/commands.h"

namespace medcareer::commands {

int run(int argc, char** argv) {
  Context context;
  CLI::App app(
      "medcareer: find your way into healthcare support work.\n"
      "Take the quiz, compare roles and certifications, score a class's answers.",
      "medcareer");
  app.set_version_flag("--version", MEDCAREER_VERSION);
  app.fallthrough();  // global options may follow the subcommand
  app.add_option("--data-dir", context.options.data_dir,
                 "Read roles and certifications from DIR instead of the defaults")
      ->type_name("DIR");
  app.add_option("--questions", context.options.questions,
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

  // CLI11 takes the arguments last first.
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  // A person at a terminal starts the quiz; a script gets help.
  if (args.empty() && interactive) args = {"quiz"};
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
    if (app.get_subcommands().empty()) std::fputs(app.help().c_str(), stdout);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    report(Error{{}, e.what(), "run 'medcareer --help' for usage"});
    return exit_code::usage;
  } catch (const Failure& failure) {
    report(failure.error);
    return failure.exit_code;
  }
  return context.exit_code;
}

}  // namespace medcareer::commands
