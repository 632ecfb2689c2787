#include "commands/context.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "medcareer/compiled_defaults.h"
#include "medcareer/consistency.h"
#include "medcareer/data_location.h"
#include "medcareer/printable.h"
#include "medcareer/suggest.h"

namespace medcareer::commands {

const Catalog& Context::catalog() {
  if (!catalog_) {
    auto files = locate_data_files(options.data_dir);
    if (!files) throw Failure{files.error(), exit_code::usage};
    auto loaded = load_catalog_or_compiled(files.value(), &catalog_compiled_);
    if (!loaded) throw Failure{with_line(loaded.error(), files.value()), exit_code::usage};
    catalog_ = std::move(loaded).value();
    sources_ = std::move(files).value();
  }
  return *catalog_;
}

const Questionnaire& Context::questionnaire() {
  if (!questionnaire_) {
    const Catalog& data = catalog();
    auto file = locate_questionnaire(options.questions);
    if (!file) throw Failure{file.error(), exit_code::usage};
    bool compiled = false;
    auto loaded = load_questionnaire_or_compiled(file.value(), &compiled);
    if (!loaded) throw Failure{with_line(loaded.error(), {file.value()}), exit_code::usage};
    // medcareer-compile-data checked the compiled questionnaire against the compiled catalog
    // when it was built: with both, check_consistency would only prove it again.
    if (!(compiled && catalog_compiled_)) {
      auto checked = catch_errors([&] {
        check_consistency(loaded.value(), data);
        return true;
      });
      if (!checked) {
        sources_.push_back(file.value());  // the message may point into either
        throw Failure{with_line(checked.error(), sources_), exit_code::usage};
      }
    }
    questionnaire_ = std::move(loaded).value();
  }
  return *questionnaire_;
}

ui::Style Context::stdout_style() const {
  ui::ColorMode mode = options.color == "always"  ? ui::ColorMode::always
                       : options.color == "never" ? ui::ColorMode::never
                                                  : ui::ColorMode::automatic;
  return ui::Style(ui::use_color(mode, STDOUT_FILENO),
                   options.plain || ui::accessible_from_environment());
}

std::size_t Context::stdout_width() const {
  return static_cast<std::size_t>(ui::terminal_width(STDOUT_FILENO));
}

void Context::unknown(const std::string& kind, const std::string& id,
                      const std::vector<std::string>& known) const {
  std::string hint = did_you_mean(id, known);
  if (hint.empty()) {
    hint = "known " + kind + "s:";
    for (const auto& k : known) hint += " " + k;
  }
  throw Failure{Error{{}, "unknown " + kind + " '" + id + "'", hint}, exit_code::usage};
}

CLI::Option* add_format_option(CLI::App& app, std::string& format,
                               const std::vector<std::string>& choices,
                               const std::vector<std::pair<std::string, std::string>>& aliases) {
  format = choices.front();
  std::string names;
  for (const auto& c : choices) names += (names.empty() ? "" : ", ") + c;
  std::string list;  // {a,b,c}, as CLI11 describes a fixed list, read back by completion
  for (const auto& c : choices) list += (list.empty() ? "{" : ",") + c;
  list += "}";
  // One validator both maps an old name to its new one (`table` to `text`) and refuses
  // anything else, so the help shows only the names that are current.
  CLI::Validator one_of(
      [choices, aliases, names](std::string& value) {
        for (const auto& [from, to] : aliases) {
          if (value == from) value = to;
        }
        if (std::find(choices.begin(), choices.end(), value) != choices.end()) return std::string();
        return "'" + value + "' is not a format; use " + names;
      },
      list);
  return app.add_option("-f,--format", format, "Output format: " + names)
      ->type_name("FORMAT")
      ->transform(one_of)
      ->capture_default_str();
}

void print_json(const std::string& dumped) {
  print(dumped);
  print("\n");
}

namespace {

// A long line (a minified export, a file of one huge line) is shown only around the
// column, kShownBytes of it, cut at character boundaries and marked with "...".
constexpr std::size_t kLongLine = 400;
constexpr std::size_t kShownBytes = 200;

bool continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

void report(const Error& error, Source source, std::string_view level) {
  // Escaped, since a message quotes what the file holds: no escape sequence, newline or NUL
  // from an input reaches the terminal as it is.
  std::string out = "medcareer: " + std::string(level) + ": " + printable(error.to_string()) + "\n";
  // The reader keeps the line in hand where it can; otherwise a file is read once for it.
  // Standard input and pipes cannot be read again, and a file of the name shown ("<stdin>")
  // is some other file.
  std::string line = error.line_text          ? *error.line_text
                     : source == Source::file ? source_line(error.where.path, error.where.line)
                                              : "";
  std::size_t column = static_cast<std::size_t>(std::max(error.where.column, 0));
  if (column > line.size() + 1) line.clear();  // past what source_line keeps of a huge line
  if (line.size() > kLongLine && column > 0) {
    std::size_t start = column - 1 > kShownBytes / 2 ? column - 1 - kShownBytes / 2 : 0;
    while (start > 0 && start < line.size() && continuation_byte(line[start])) --start;
    std::size_t end = std::min(line.size(), start + kShownBytes);
    while (end < line.size() && end > start && continuation_byte(line[end])) --end;
    const std::string before = start > 0 ? "..." : "";
    const std::string after = end < line.size() ? "..." : "";
    line = before + line.substr(start, end - start) + after;
    column = column - start + before.size();
  }
  if (!line.empty() && column > 0) {
    std::string number = std::to_string(error.where.line);
    // The caret goes under the escaped text: as many spaces as bytes shown before the column
    // (columns count bytes), and tabs kept as tabs so that they line up.
    std::string caret = printable(std::string_view(line).substr(0, column - 1), Tabs::keep);
    for (char& c : caret) c = c == '\t' ? '\t' : ' ';
    out += "  " + number + " | " + printable(line, Tabs::keep) + "\n";
    out += "  " + std::string(number.size(), ' ') + " | " + caret + "^\n";
  }
  if (!error.hint.empty()) out += "medcareer: hint: " + printable(error.hint) + "\n";
  std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace medcareer::commands
