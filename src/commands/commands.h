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
// Hidden: `__complete` for the shell completions, `__man` for the manual pages.
void setup_complete(CLI::App& app);
void setup_man(CLI::App& app);
// `medcareer __complete WORD...`: prints the candidates for the last word; returns 0.
int complete_words(CLI::App& app, Context& context, const std::vector<std::string>& words);

// `medcareer X.Y.Z`, then the questionnaire and the data these options would use.
std::string version_text(const GlobalOptions& options);

// Builds the app, parses `argv`, runs the chosen command and returns the exit status.
int run(int argc, char** argv);

}  // namespace medcareer::commands
