// `medcareer __man DIR DATE`: writes the manual pages medcareer(1) and medcareer-COMMAND(1)
// into DIR, in roff, from the app's own commands and options and from help_text.h, the same
// definitions `--help` prints. The build runs it, so the pages cannot fall behind the help.
#include <fmt/core.h>

#include <memory>

#include "commands/cli_walk.h"
#include "commands/commands.h"
#include "commands/help_text.h"
#include "medcareer/atomic_file.h"

namespace medcareer::commands {

namespace {

// Text made safe for roff: backslashes escaped, a line never starting with a control
// character, and '-' written as a minus sign where it belongs to a command line.
std::string roff(const std::string& text, bool code = false) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-' && code) {
      out += "\\-";
    } else {
      out += c;
    }
  }
  return out;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return text;
}

// `medcareer roles show` -> `medcareer-roles-show`, the page a command is described in.
std::string page_name(const std::string& path) {
  std::string out = "medcareer";
  if (!path.empty()) out += '-';
  for (char c : path) out += c == ' ' ? '-' : c;
  return out;
}

std::vector<const CLI::Option*> positionals(const CLI::App& command) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* o : command.get_options({})) {
    if (o->get_positional()) out.push_back(o);
  }
  return out;
}

std::vector<const CLI::App*> shown_commands(const CLI::App& command) {
  std::vector<const CLI::App*> out;
  for (const CLI::App* sub : command.get_subcommands({})) {
    if (shown(*sub)) out.push_back(sub);
  }
  return out;
}

// `\fBmedcareer score\fR [\fIOPTIONS\fR] \fIINPUT\fR...`
std::string synopsis(const CLI::App& command) {
  std::string path = command_path(command);
  std::string out = "\\fB" + roff("medcareer" + (path.empty() ? "" : " " + path), true) +
                    "\\fR [\\fIOPTIONS\\fR]";
  if (!shown_commands(command).empty()) {
    out += command.get_require_subcommand_min() > 0 ? " \\fICOMMAND\\fR" : " [\\fICOMMAND\\fR]";
  }
  for (const CLI::Option* p : positionals(command)) {
    std::string name = "\\fI" + roff(p->get_name(), true) + "\\fR";
    if (p->get_expected_max() > 1) name += "...";
    out += " " + (p->get_required() ? name : "[" + name + "]");
  }
  return out + "\n";
}

std::string option_item(const CLI::Option& option) {
  std::string names;
  for (const auto& n : option.get_snames()) names += (names.empty() ? "" : ", ") + ("\\-" + n);
  for (const auto& n : option.get_lnames()) {
    names += (names.empty() ? "" : ", ") + ("\\-\\-" + roff(n, true));
  }
  std::string out = ".TP\n\\fB" + names + "\\fR";
  if (takes_value(option) && !option.get_type_name().empty()) {
    out += " \\fI" + roff(option.get_type_name(), true) + "\\fR";
  }
  out += "\n" + roff(option.get_description());
  if (!option.get_default_str().empty()) {
    out += " (default: \\fB" + roff(option.get_default_str(), true) + "\\fR)";
  }
  return out + "\n";
}

// The options and positionals of `command`, one .TP item each.
std::string option_items(const CLI::App& command) {
  std::string out;
  for (const CLI::Option* o : command.get_options({})) {
    if (o->nonpositional() && shown(*o)) out += option_item(*o);
  }
  for (const CLI::Option* p : positionals(command)) {
    out += ".TP\n\\fI" + roff(p->get_name(), true) + "\\fR\n" + roff(p->get_description()) + "\n";
  }
  return out;
}

std::string options_section(const CLI::App& command) {
  const std::string items = option_items(command);
  return items.empty() ? "" : ".SH OPTIONS\n" + items;
}

std::string examples_section(const CommandHelp& help) {
  if (help.examples.empty()) return "";
  std::string out = ".SH EXAMPLES\n";
  for (const auto& e : help.examples) {
    out += ".TP\n.B " + roff(e.command, true) + "\n" + roff(e.what) + "\n";
  }
  return out;
}

std::string globals_section(const CLI::App& top, const CommandHelp& help) {
  if (help.globals.empty()) return "";
  std::string out = ".SH GLOBAL OPTIONS\nThese options of \\fBmedcareer\\fR(1) apply here too:\n";
  for (const auto& name : help.globals) {
    if (const CLI::Option* o = global_option(top, name)) out += option_item(*o);
  }
  return out;
}

std::string environment_section(const CommandHelp& help) {
  if (help.environment.empty()) return "";
  std::string out = ".SH ENVIRONMENT\n";
  for (const auto& name : help.environment) {
    for (const auto& v : environment_variables()) {
      if (v.name == name) out += ".TP\n.B " + roff(v.name, true) + "\n" + roff(v.meaning) + "\n";
    }
  }
  return out;
}

const char* const kExitStatus =
    ".SH EXIT STATUS\n"
    ".TP\n.B 0\nSuccess.\n"
    ".TP\n.B 1\nSome input (an answers file, a record) was invalid.\n"
    ".TP\n.B 2\nA usage error, an unknown id, or an invalid questionnaire or data file.\n"
    ".TP\n.B 130\nInterrupted.\n";

std::string header(const std::string& name, const std::string& date, const std::string& what) {
  return fmt::format(".TH {} 1 \"{}\" \"medcareer {}\" \"User Commands\"\n.SH NAME\n{} \\- {}\n",
                     roff(upper(name), true), date, MEDCAREER_VERSION, roff(name, true),
                     roff(what));
}

// One command's page: its own options, then each of its commands with theirs.
std::string command_page(const CLI::App& top, const CLI::App& command, const std::string& date) {
  const std::string path = command_path(command);
  std::string out = header(page_name(path), date, command.get_description());
  out += ".SH SYNOPSIS\n" + synopsis(command);
  for (const CLI::App* sub : shown_commands(command)) out += ".br\n" + synopsis(*sub);
  out += ".SH DESCRIPTION\n" + roff(command.get_description()) + ".\n";
  out += options_section(command);
  for (const CLI::App* sub : shown_commands(command)) {
    out += ".SH COMMAND: " + roff(upper(sub->get_name()), true) + "\n" + synopsis(*sub) + ".PP\n" +
           roff(sub->get_description()) + ".\n";
    out += option_items(*sub);
    if (const CommandHelp* help = find_command_help(command_path(*sub));
        help && !help->examples.empty()) {
      out += ".PP\nExamples:\n";
      for (const auto& e : help->examples) {
        out += ".TP\n.B " + roff(e.command, true) + "\n" + roff(e.what) + "\n";
      }
    }
  }
  if (const CommandHelp* help = find_command_help(path)) {
    out += examples_section(*help) + globals_section(top, *help) + environment_section(*help);
  }
  out += kExitStatus;
  out += ".SH SEE ALSO\n\\fBmedcareer\\fR(1), \\fBmedcareer\\-data\\fR(5)\n";
  return out;
}

std::string main_page(const CLI::App& app, const std::string& date) {
  std::string out = header("medcareer", date, "find your way into healthcare support work");
  out += ".SH SYNOPSIS\n" + synopsis(app);
  out += ".SH DESCRIPTION\n" + roff(app.get_description()) + "\n";
  out +=
      ".PP\nEvery figure names who published it and when; the data is medcareer's own summary "
      "of the articles it cites.\n";
  out += options_section(app);
  out += ".SH COMMANDS\n";
  for (const CLI::App* sub : shown_commands(app)) {
    out += ".TP\n\\fB" + roff(sub->get_name(), true) + "\\fR\n" + roff(sub->get_description()) +
           "; see \\fB" + roff(page_name(sub->get_name()), true) + "\\fR(1).\n";
  }
  if (const CommandHelp* help = find_command_help("")) {
    out += examples_section(*help) + environment_section(*help);
  }
  out +=
      ".SH FILES\n"
      ".TP\n.I /usr/share/medcareer/questions/career.yaml\nThe questionnaire.\n"
      ".TP\n.I /usr/share/medcareer/data/\nRoles, certifications, profiles and sources; "
      "see \\fBmedcareer\\-data\\fR(5).\n"
      ".PP\nWithout them medcareer uses the copy built into it.\n";
  out += kExitStatus;
  out += ".SH SEE ALSO\n";
  std::string see;
  for (const CLI::App* sub : shown_commands(app)) {
    see += "\\fB" + roff(page_name(sub->get_name()), true) + "\\fR(1), ";
  }
  out += see + "\\fBmedcareer\\-data\\fR(5)\n";
  return out;
}

void write_pages(const CLI::App& app, const std::string& dir, const std::string& date) {
  std::vector<std::pair<std::string, std::string>> pages{{"medcareer", main_page(app, date)}};
  for (const CLI::App* sub : shown_commands(app)) {
    pages.emplace_back(page_name(sub->get_name()), command_page(app, *sub, date));
  }
  for (const auto& [name, text] : pages) {
    std::string path = dir;
    path += "/" + name;
    path += ".1";
    auto written = write_file_atomically(path, text);
    if (!written) throw Failure{written.error(), exit_code::usage};
  }
}

}  // namespace

void setup_man(CLI::App& app) {
  auto where = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* man = app.add_subcommand("__man", "Write the manual pages into DIR");
  man->group("");  // for the build, not for people
  man->add_option("DIR", where->first, "Where to write the pages")->required();
  man->add_option("DATE", where->second, "The date the pages carry")->required();
  man->callback([&app, where] { write_pages(app, where->first, where->second); });
}

}  // namespace medcareer::commands
