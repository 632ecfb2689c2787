// `medcareer __complete WORD... CURRENT`: what the shell may put in place of CURRENT, one
// candidate a line as `candidate<TAB>description`, for the completion scripts of bash, zsh
// and fish (completions/). The candidates come from the app's own commands and options and
// from the catalog in use (role and certification ids), so the scripts stay a few lines
// each. A line `:files` or `:dirs` asks the shell to complete paths instead.
#include <cctype>
#include <cstdio>
#include <memory>

#include "commands/cli_walk.h"
#include "commands/commands.h"

namespace medcareer::commands {

namespace {

bool starts_with_folded(const std::string& text, const std::string& prefix) {
  if (prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

// One description line: the first sentence of it, without tabs or line breaks.
std::string short_description(const std::string& text) {
  std::string out = text.substr(0, text.find('\n'));
  for (char& c : out) {
    if (c == '\t') c = ' ';
  }
  return out;
}

struct Candidates {
  std::string prefix;  // what the shell will keep before each candidate (`--format=`)
  std::string typed;
  std::string out;

  void add(const std::string& word, const std::string& description) {
    if (!starts_with_folded(word, typed)) return;
    out += prefix + word;
    if (!description.empty()) out += "\t" + short_description(description);
    out += "\n";
  }
};

// The values of `option`: a fixed list, ids from the catalog, or paths.
void add_values(Context& context, const WalkState& state, CLI::Option& option,
                Candidates& candidates) {
  for (const auto& c : choices(option)) candidates.add(c, "");
  // A positional is named for what it takes (ROLE, CERT, INPUT); an option by its value.
  const std::string type = option.get_positional() ? option.get_name() : option.get_type_name();
  if (type == "FILE" || type == "INPUT") {
    candidates.out += ":files\n";
  } else if (type == "DIR") {
    candidates.out += ":dirs\n";
  } else if (type == "ROLE" || type == "CERT") {
    context.options.data_dir = state.data_dir;
    try {
      const Catalog& catalog = context.catalog();
      if (type == "ROLE") {
        for (const auto& r : catalog.roles) candidates.add(r.id, r.title);
      } else {
        for (const auto& c : catalog.certifications) candidates.add(c.id, c.name);
      }
    } catch (const Failure&) {
      // A catalog that does not load offers no ids; the command itself will say why.
    }
  }
}

// The positional that the next word would fill in the innermost command.
CLI::Option* next_positional(const WalkState& state) {
  std::size_t before = 0;
  for (CLI::Option* o : state.innermost().get_options({})) {
    if (!o->get_positional()) continue;
    const int most = o->get_expected_max();
    if (most >= CLI::detail::expected_max_vector_size ||
        state.positionals < before + static_cast<std::size_t>(most))
      return o;
    before += static_cast<std::size_t>(most);
  }
  return nullptr;
}

std::string complete(CLI::App& app, Context& context, std::vector<std::string> words) {
  const std::string current = words.empty() ? "" : words.back();
  if (!words.empty()) words.pop_back();
  const WalkState state = walk(app, words);
  Candidates candidates{"", current, ""};
  if (state.pending) {
    add_values(context, state, *state.pending, candidates);
    return candidates.out;
  }
  if (!state.options_ended && current.rfind("--", 0) == 0 &&
      current.find('=') != std::string::npos) {
    const std::size_t eq = current.find('=');
    if (CLI::Option* option = find_option(state, current.substr(0, eq))) {
      candidates = {current.substr(0, eq + 1), current.substr(eq + 1), ""};
      add_values(context, state, *option, candidates);
    }
    return candidates.out;
  }
  if (!state.options_ended && !current.empty() && current[0] == '-') {
    for (CLI::Option* o : applicable_options(state)) {
      if (!shown(*o)) continue;
      for (const auto& name : option_names(*o)) candidates.add(name, o->get_description());
    }
    return candidates.out;
  }
  if (state.positionals == 0) {
    for (CLI::App* sub : state.innermost().get_subcommands({})) {
      if (shown(*sub)) candidates.add(sub->get_name(), sub->get_description());
    }
  }
  if (CLI::Option* positional = next_positional(state)) {
    add_values(context, state, *positional, candidates);
  }
  return candidates.out;
}

}  // namespace

int complete_words(CLI::App& app, Context& context, const std::vector<std::string>& words) {
  std::fputs(complete(app, context, words).c_str(), stdout);
  return exit_code::ok;
}

void setup_complete(CLI::App& app) {
  // Registered so that its name is taken; run() calls complete_words() before parsing,
  // since what has been typed so far need not parse.
  CLI::App* command = app.add_subcommand("__complete", "Completion candidates for the shells");
  command->group("");  // hidden from help and from completion itself
  command->allow_extras();
}

}  // namespace medcareer::commands
