#include "commands/score_inputs.h"

#include <algorithm>
#include <filesystem>

namespace medcareer::commands {

namespace fs = std::filesystem;

namespace {
bool readable_extension(const fs::path& p) {
  std::string ext = p.extension().string();
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
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (it->is_regular_file(ec) && readable_extension(it->path()))
        found.push_back(it->path().string());
    }
    if (ec) {
      out.push_back({input, "cannot list: " + ec.message()});
      continue;
    }
    if (found.empty()) {  // most likely the wrong folder: say so rather than score nothing
      out.push_back({input, "holds no .yaml, .yml, .csv, .jsonl, .ndjson or .json files"});
      continue;
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) out.push_back({std::move(f), ""});
  }
  return out;
}

}  // namespace medcareer::commands
