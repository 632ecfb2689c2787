// What every subcommand shares: the global options, the catalog and questionnaire loaded
// once, the output style, and the one way a command fails.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "commands/standard_output.h"
#include "medcareer/catalog.h"
#include "medcareer/error.h"
#include "medcareer/questionnaire.h"
#include "medcareer/source_file.h"
#include "ui/style.h"

namespace medcareer::commands {

namespace exit_code {
constexpr int ok = 0;
constexpr int bad_input = 1;     // an answers file or record was invalid
constexpr int cannot_write = 1;  // an output (a file, standard output) could not be written
constexpr int usage = 2;         // usage error, or an invalid questionnaire or data file
constexpr int interrupted = 130;
}  // namespace exit_code

// A command that cannot go on: printed once by the top level, then the process exits.
struct Failure {
  Error error;
  int exit_code = exit_code::usage;
};

struct GlobalOptions {
  std::string data_dir;
  std::string questions;
  std::string color = "auto";
  bool plain = false;  // --plain: numbers in words, no bars (also ACCESSIBLE=1)
};

class Context {
 public:
  GlobalOptions options;
  int exit_code = exit_code::ok;

  // Loads the catalog on first use; throws Failure (exit 2) if it is invalid.
  const Catalog& catalog();
  // Loads the questionnaire on first use and checks it against the catalog; throws Failure
  // (exit 2) if either is invalid or they do not fit together.
  const Questionnaire& questionnaire();

  ui::Style stdout_style() const;
  std::size_t stdout_width() const;

  // An unknown id: exit 2 with a "did you mean".
  [[noreturn]] void unknown(const std::string& kind, const std::string& id,
                            const std::vector<std::string>& known) const;

 private:
  std::optional<Catalog> catalog_;
  bool catalog_compiled_ = false;  // the compiled defaults (medcareer/compiled_defaults.h)
  std::optional<Questionnaire> questionnaire_;
  std::vector<SourceFile> sources_;  // the data files, for the line an error points at
};

// Adds `-f/--format` limited to `choices` (the first is the default); an alias is an older
// name still accepted (`table` for `text`). Every command names its formats from one
// vocabulary: text (for people), json, jsonl, csv, csv-header.
CLI::Option* add_format_option(
    CLI::App& app, std::string& format, const std::vector<std::string>& choices,
    const std::vector<std::pair<std::string, std::string>>& aliases = {});

// Prints a JSON document to stdout, two-space indented, with a final newline.
void print_json(const std::string& dumped);

// Where an error's line can be shown from: a file, read again for it, or a stream
// (standard input, a pipe) that cannot be, whose line is then left out.
enum class Source { file, stream };

// `medcareer: error: PATH:LINE:COL: message`, the offending line with a caret, and the
// hint, on stderr; whatever they quote from a file is shown escaped (medcareer/printable.h).
// `level` "warning" for what does not stop anything.
void report(const Error& error, Source source = Source::file, std::string_view level = "error");

}  // namespace medcareer::commands
