// What `--help` says beyond the options: examples, the global options that apply and the
// environment variables each command reads. Kept as data, so that `--help` (a footer on each
// command) and the manual pages (`medcareer __man`) are made from the same words.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace medcareer::commands {

struct Example {
  std::string command;  // as typed, starting with `medcareer`
  std::string what;     // what it does, one sentence
};

struct CommandHelp {
  std::string path;  // "" for medcareer itself, "score", "roles show", ...
  std::vector<Example> examples;
  std::vector<std::string> globals;      // global options that apply, e.g. "--data-dir"
  std::vector<std::string> environment;  // the variables it reads, e.g. "NO_COLOR"
};

struct EnvironmentVariable {
  std::string name;
  std::string meaning;
};

// Every command's help, medcareer's own first.
const std::vector<CommandHelp>& command_help();
const CommandHelp* find_command_help(const std::string& path);
const std::vector<EnvironmentVariable>& environment_variables();

// "score", "roles show": the command's names below medcareer, joined by spaces.
std::string command_path(const CLI::App& command);

// The global option named `name` ("--data-dir") on the top-level app.
const CLI::Option* global_option(const CLI::App& app, const std::string& name);

// `-q,--questions FILE`: an option's names and value as the help shows them.
std::string option_synopsis(const CLI::Option& option);

// Sets the footer of medcareer and of every command it has from command_help().
void add_help_footers(CLI::App& app);

}  // namespace medcareer::commands
