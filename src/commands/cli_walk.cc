#include "commands/cli_walk.h"

#include <algorithm>

#include "medcareer/suggest.h"

namespace medcareer::commands {

bool shown(const CLI::App& command) {
  return !command.get_group().empty();
}

bool shown(const CLI::Option& option) {
  return !option.get_group().empty();
}

bool takes_value(const CLI::Option& option) {
  return option.get_expected_max() > 0 && option.get_type_size_max() > 0;  // a flag expects 0
}

std::vector<std::string> option_names(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const auto& n : option.get_lnames()) names.push_back("--" + n);
  for (const auto& n : option.get_snames()) names.push_back("-" + n);
  return names;
}

std::vector<std::string> choices(CLI::Option& option) {
  std::vector<std::string> out;
  for (int i = 0;; ++i) {
    CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      break;
    }
    // An IsMember list, or our own (add_format_option), describes itself as {a,b,c}.
    const std::string d = validator->get_description();
    if (d.size() < 2 || d.front() != '{' || d.back() != '}') continue;
    std::size_t start = 1;
    while (start < d.size() - 1) {
      std::size_t end = d.find(',', start);
      if (end == std::string::npos || end > d.size() - 1) end = d.size() - 1;
      out.push_back(d.substr(start, end - start));
      start = end + 1;
    }
  }
  return out;
}

std::vector<CLI::Option*> applicable_options(const WalkState& state) {
  std::vector<CLI::Option*> out;
  for (auto it = state.chain.rbegin(); it != state.chain.rend(); ++it) {
    for (CLI::Option* o : (*it)->get_options({})) {
      if (o->nonpositional()) out.push_back(o);
    }
  }
  return out;
}

CLI::Option* find_option(const WalkState& state, const std::string& name) {
  for (CLI::Option* o : applicable_options(state)) {
    if (o->check_name(name)) return o;
  }
  return nullptr;
}

namespace {

CLI::App* find_subcommand(CLI::App& app, const std::string& word) {
  for (CLI::App* sub : app.get_subcommands({})) {
    if (sub->check_name(word)) return sub;
  }
  return nullptr;
}

// `--name=value` -> `--name`; `-fjson` -> `-f`.
std::string option_part(const std::string& word) {
  if (word.rfind("--", 0) == 0) return word.substr(0, word.find('='));
  return word.substr(0, 2);
}

bool is_option_word(const std::string& word) {
  return word.size() > 1 && word[0] == '-' && word != "--";
}

// The value glued to an option word, if any: `--format=json`, `-fjson`.
std::optional<std::string> glued_value(const std::string& word) {
  if (word.rfind("--", 0) == 0) {
    std::size_t eq = word.find('=');
    if (eq == std::string::npos) return std::nullopt;
    return word.substr(eq + 1);
  }
  if (word.size() > 2) return word.substr(2);
  return std::nullopt;
}

void take_value(WalkState& state, const CLI::Option& option, const std::string& value) {
  if (option.check_name("--data-dir")) state.data_dir = value;
}

// Advances `state` over one word; returns a mistake when the word is not one the app takes.
std::optional<Mistake> step(WalkState& state, const std::string& word) {
  if (state.pending) {
    CLI::Option* option = state.pending;
    state.pending = nullptr;
    take_value(state, *option, word);
    const std::vector<std::string> list = choices(*option);
    if (!list.empty() && std::find(list.begin(), list.end(), word) == list.end()) {
      std::string names;
      for (const auto& c : list) names += (names.empty() ? "" : ", ") + c;
      return Mistake{
          "'" + word + "' is not a value of " + option_names(*option).front() + " (" + names + ")",
          did_you_mean(word, list)};
    }
    return std::nullopt;
  }
  if (!state.options_ended && word == "--") {
    state.options_ended = true;
    return std::nullopt;
  }
  if (!state.options_ended && is_option_word(word)) {
    const std::string name = option_part(word);
    CLI::Option* option = find_option(state, name);
    if (!option) {
      std::vector<std::string> known;
      for (CLI::Option* o : applicable_options(state)) {
        if (!shown(*o)) continue;
        for (const auto& n : option_names(*o)) {
          if (n.size() > 2) known.push_back(n);  // a one-letter typo is not worth guessing
        }
      }
      return Mistake{
          "unknown option '" + name + "' for '" + state.innermost().get_display_name() + "'",
          did_you_mean(name, known)};
    }
    if (takes_value(*option)) {
      if (auto value = glued_value(word)) {
        state.pending = option;
        return step(state, *value);
      }
      state.pending = option;
    }
    return std::nullopt;
  }
  if (CLI::App* sub = find_subcommand(state.innermost(), word); sub && state.positionals == 0) {
    state.chain.push_back(sub);
    return std::nullopt;
  }
  // A word where only a command may stand: the innermost command has subcommands and no
  // positional left to take it.
  CLI::App& here = state.innermost();
  std::size_t room = 0;
  bool unlimited = false;
  for (CLI::Option* o : here.get_options({})) {
    if (!o->get_positional()) continue;
    if (o->get_expected_max() >= CLI::detail::expected_max_vector_size) unlimited = true;
    room += static_cast<std::size_t>(std::max(0, o->get_expected_max()));
  }
  ++state.positionals;
  if (unlimited || state.positionals <= room) return std::nullopt;
  std::vector<std::string> commands;
  for (CLI::App* sub : here.get_subcommands({})) {
    if (shown(*sub)) commands.push_back(sub->get_name());
  }
  const bool top = state.chain.size() == 1;
  return Mistake{
      (top ? "unknown command '" : "unknown command '" + here.get_name() + " ") + word + "'",
      did_you_mean(word, commands)};
}

}  // namespace

WalkState walk(CLI::App& app, const std::vector<std::string>& words) {
  WalkState state;
  state.chain.push_back(&app);
  for (const auto& w : words) (void)step(state, w);
  return state;
}

std::optional<Mistake> find_mistake(CLI::App& app, const std::vector<std::string>& args) {
  WalkState state;
  state.chain.push_back(&app);
  for (const auto& w : args) {
    if (auto mistake = step(state, w)) return mistake;
  }
  return std::nullopt;
}

}  // namespace medcareer::commands
