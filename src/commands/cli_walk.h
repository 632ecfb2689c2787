// Reading a command line the way the CLI11 app will, without running it: which command the
// words lead to, which option waits for a value, and which word is a typo. Completion
// (`medcareer __complete`) and the "did you mean" hints both walk the app's own definitions,
// so neither can fall behind a new command or option.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace medcareer::commands {

// Where the words before the cursor lead.
struct WalkState {
  std::vector<CLI::App*> chain;    // the app, then each subcommand named, innermost last
  CLI::Option* pending = nullptr;  // an option whose value comes next
  std::size_t positionals = 0;     // words given to the innermost command's positionals
  std::string data_dir;            // the value of --data-dir, if given
  bool options_ended = false;      // after `--`
  CLI::App& innermost() const { return *chain.back(); }
};

WalkState walk(CLI::App& app, const std::vector<std::string>& words);

// Whether a command shows in help and completion (hidden ones have an empty group).
bool shown(const CLI::App& command);
bool shown(const CLI::Option& option);

// The options that apply in `state`: the innermost command's, then its parents' (global
// options may follow a subcommand).
std::vector<CLI::Option*> applicable_options(const WalkState& state);

// The option named `name` (`--format`, `-f`) among the applicable ones.
CLI::Option* find_option(const WalkState& state, const std::string& name);

// Every name of an option, long ones first: `--format`, `-f`.
std::vector<std::string> option_names(const CLI::Option& option);

// The values an option or positional accepts when they are a fixed list (IsMember).
std::vector<std::string> choices(CLI::Option& option);

// Whether an option takes a value (a flag does not).
bool takes_value(const CLI::Option& option);

// The first word of `args` that the app will not accept and a close name it may have
// meant: a command, an option, or a value out of a fixed list. nullopt when none is close.
struct Mistake {
  std::string message;  // e.g. "unknown command 'rols'"
  std::string hint;     // e.g. "did you mean 'roles'?"
};
std::optional<Mistake> find_mistake(CLI::App& app, const std::vector<std::string>& args);

}  // namespace medcareer::commands
