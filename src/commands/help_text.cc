#include "commands/help_text.h"

#include <algorithm>

#include "commands/cli_walk.h"

namespace medcareer::commands {

namespace {

// Every command loads the data; those that score or ask also load the questionnaire; those
// that print tables or wrapped text read the width; those with colour read NO_COLOR.
const std::vector<std::string> kDataOnly = {"MEDCAREER_DATA_DIR", "NO_COLOR", "COLUMNS"};
const std::vector<std::string> kAll = {"MEDCAREER_DATA_DIR", "MEDCAREER_QUESTIONS", "NO_COLOR",
                                       "COLUMNS"};

}  // namespace

const std::vector<CommandHelp>& command_help() {
  static const std::vector<CommandHelp> help = {
      {"",
       {{"medcareer", "On a terminal, start the quiz; otherwise print this help"},
        {"medcareer roles show coder", "Everything about the medical coder's job"},
        {"medcareer score answers.yaml --explain", "Score saved answers and say why"}},
       {},
       {"MEDCAREER_DATA_DIR", "MEDCAREER_QUESTIONS", "NO_COLOR", "ACCESSIBLE", "COLUMNS"}},
      {"quiz",
       {{"medcareer quiz", "Take the quiz on a terminal"},
        {"medcareer quiz --plain --save answers.yaml",
         "The accessible mode, with the answers kept in answers.yaml"},
        {"medcareer quiz --resume answers.yaml", "Go on from where you stopped"},
        {"ACCESSIBLE=1 medcareer quiz", "The accessible mode, chosen by the environment"}},
       {"--data-dir", "--questions", "--color"},
       {"MEDCAREER_DATA_DIR", "MEDCAREER_QUESTIONS", "NO_COLOR", "ACCESSIBLE", "COLUMNS"}},
      {"score",
       {{"medcareer score answers.yaml --explain",
         "One person's results, with the answers that drove them"},
        {"medcareer score class.csv --id-column Email -f csv -o results.csv",
         "A class's survey export, one row per respondent, written to results.csv"},
        {"medcareer score answers/ --summary", "How a whole folder of answers files spreads"},
        {"medcareer score - -f jsonl < export.jsonl", "JSON Lines in, JSON Lines out"}},
       {"--data-dir", "--questions", "--color"},
       kAll},
      {"roles",
       {{"medcareer roles", "One line per role"},
        {"medcareer roles show coder", "Everything about one role"},
        {"medcareer roles compare coder biller", "Two roles side by side"},
        {"medcareer roles -f json", "Every role as JSON"}},
       {"--data-dir", "--color"},
       kDataOnly},
      {"roles list",
       {{"medcareer roles list --sources", "Every role, then the sources behind the figures"}},
       {"--data-dir", "--color"},
       kDataOnly},
      {"roles show",
       {{"medcareer roles show coder scribe", "Two roles in full"},
        {"medcareer roles show coder --sources", "With the full citation of every source"}},
       {"--data-dir", "--color"},
       kDataOnly},
      {"roles compare",
       {{"medcareer roles compare coder assistant scribe", "Three roles side by side"}},
       {"--data-dir", "--color"},
       kDataOnly},
      {"certs",
       {{"medcareer certs", "Every certification"},
        {"medcareer certs --role coder", "The certifications for medical coders"},
        {"medcareer certs show CPC", "One certification in full"}},
       {"--data-dir", "--color"},
       kDataOnly},
      {"certs show",
       {{"medcareer certs show CPC", "The Certified Professional Coder in full"},
        {"medcareer certs show ccma -f json", "As JSON (ids are matched in any case)"}},
       {"--data-dir", "--color"},
       kDataOnly},
      {"questions",
       {{"medcareer questions", "Every question, its options and its help"},
        {"medcareer questions -f csv-header > header.csv",
         "The header row a survey form's export needs"}},
       {"--data-dir", "--questions"},
       {"MEDCAREER_DATA_DIR", "MEDCAREER_QUESTIONS", "COLUMNS"}},
      {"validate",
       {{"medcareer validate", "Check the questionnaire and data in use"},
        {"medcareer validate --data-dir mydata -q mine.yaml --proofs proofs",
         "Check your own files and keep the answers that put each first job on top"}},
       {"--data-dir", "--questions"},
       {"MEDCAREER_DATA_DIR", "MEDCAREER_QUESTIONS", "COLUMNS"}},
  };
  return help;
}

const CommandHelp* find_command_help(const std::string& path) {
  for (const auto& h : command_help()) {
    if (h.path == path) return &h;
  }
  return nullptr;
}

const std::vector<EnvironmentVariable>& environment_variables() {
  static const std::vector<EnvironmentVariable> variables = {
      {"MEDCAREER_DATA_DIR",
       "The data folder (roles, certifications, sources) when --data-dir "
       "is not given."},
      {"MEDCAREER_QUESTIONS", "The questionnaire file when --questions is not given."},
      {"NO_COLOR", "When set and not empty, no colour, whatever --color says."},
      {"ACCESSIBLE",
       "When set to anything but 0 or false, the quiz runs in the accessible "
       "plain mode, as with --plain."},
      {"COLUMNS", "The width to lay text out for when the output is not a terminal."},
  };
  return variables;
}

std::string command_path(const CLI::App& command) {
  std::vector<std::string> names;  // innermost first
  for (const CLI::App* at = &command; at && at->get_parent(); at = at->get_parent()) {
    names.push_back(at->get_name());
  }
  std::string path;
  for (auto it = names.rbegin(); it != names.rend(); ++it) {
    if (!path.empty()) path += ' ';
    path += *it;
  }
  return path;
}

const CLI::Option* global_option(const CLI::App& app, const std::string& name) {
  for (const CLI::Option* o : app.get_options({})) {
    if (o->check_name(name)) return o;
  }
  return nullptr;
}

std::string option_synopsis(const CLI::Option& option) {
  std::string out = option.get_name(false, true);
  if (takes_value(option) && !option.get_type_name().empty()) {
    out += " " + option.get_type_name();
  }
  return out;
}

namespace {

std::string padded(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + "  " : text + std::string(width - text.size(), ' ');
}

std::string footer(const CLI::App& top, const CommandHelp& help) {
  std::string out;
  if (!help.examples.empty()) {
    out += "Examples:\n";
    for (const auto& e : help.examples) out += "  " + e.command + "\n      " + e.what + "\n";
  }
  if (!help.globals.empty()) {
    out += "\nGlobal options (see medcareer --help):\n";
    for (const auto& name : help.globals) {
      const CLI::Option* o = global_option(top, name);
      if (o) out += "  " + padded(option_synopsis(*o), 22) + o->get_description() + "\n";
    }
  }
  if (!help.environment.empty()) {
    out += "\nEnvironment:\n";
    for (const auto& name : help.environment) {
      const auto& all = environment_variables();
      auto v = std::find_if(all.begin(), all.end(), [&](const auto& e) { return e.name == name; });
      if (v != all.end()) out += "  " + padded(v->name, 22) + v->meaning + "\n";
    }
  }
  if (!out.empty() && out.back() == '\n') out.pop_back();  // CLI11 ends the help itself
  return out;
}

void add_footers(const CLI::App& top, CLI::App& command) {
  if (const CommandHelp* help = find_command_help(command_path(command))) {
    command.footer(footer(top, *help));
  }
  for (CLI::App* sub : command.get_subcommands({})) add_footers(top, *sub);
}

}  // namespace

void add_help_footers(CLI::App& app) {
  add_footers(app, app);
}

}  // namespace medcareer::commands
