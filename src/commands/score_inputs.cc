#include "commands/score_inputs.h"

#include <algorithm>
#include <filesystem>

#include "medcareer/dir_walk.h"
#include "medcareer/record_reader.h"

namespace medcareer::commands {

namespace fs = std::filesystem;

namespace {
bool readable_extension(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".yaml" || ext == ".yml" || ext == ".csv" || ext == ".jsonl" || ext == ".ndjson" ||
         ext == ".json";
}
}  // namespace

std::vector<InputItem> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<InputItem> out;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      out.push_back({input, ""});
      continue;
    }
    auto found = list_files(input, readable_extension);
    if (!found) {
      out.push_back({input, found.error().message});
      continue;
    }
    if (found.value().empty()) {  // most likely the wrong folder: say so rather than score nothing
      out.push_back({input, "holds no .yaml, .yml, .csv, .jsonl, .ndjson or .json files"});
      continue;
    }
    // An entry that cannot be read is reported in its place; the rest are still scored.
    for (auto& f : found.value()) out.push_back({std::move(f.path), std::move(f.error)});
  }
  return out;
}

Result<OpenedInput> open_input(const InputItem& item) {
  if (!item.error.empty()) return Error{{item.path, 0, 0}, item.error, ""};
  const bool standard_input = item.path == "-";
  auto opened = InputFile::open(item.path, standard_input ? "<stdin>" : item.path);
  if (!opened) return opened.error();
  std::unique_ptr<InputFile> file = std::move(opened).value();
  // The first bytes tell the encoding, and the format when the name does not. They stay in
  // the read buffer to be read again: nothing is re-opened or rewound, so pipes read whole.
  const std::string_view head = file->head(4096);
  if (auto problem = encoding_problem(file->shown(), head)) return *problem;
  std::optional<InputFormat> format = detect_format(standard_input ? "" : item.path, head);
  if (!format) {
    if (auto failed = file->read_error()) return *failed;
    return Error{{file->shown(), 0, 0},
                 "cannot tell whether this is YAML, CSV or JSON Lines",
                 "name it .yaml, .csv or .jsonl"};
  }
  return OpenedInput{std::move(file), *format};
}

}  // namespace medcareer::commands
