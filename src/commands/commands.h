// One setup function per subcommand; each adds its subcommand to the app and arranges for
// its run function to be called with its own options.
#pragma once

#include <CLI/CLI.hpp>

#include "commands/context.h"

namespace medcareer::commands {

void setup_roles(CLI::App& app, Context& context);
void setup_certs(CLI::App& app, Context& context);
void setup_score(CLI::App& app, Context& context);
void setup_questions(CLI::App& app, Context& context);
void setup_validate(CLI::App& app, Context& context);
void setup_quiz(CLI::App& app, Context& context);

// Builds the app, parses `argv`, runs the chosen command and returns the exit status.
int run(int argc, char** argv);

}  // namespace medcareer::commands
