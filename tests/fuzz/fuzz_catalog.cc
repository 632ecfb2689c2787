// libFuzzer target: one data file among the real built-in ones, so that a mutated file also
// reaches the checks across files (references to roles, certifications and sources).
// The input replaces the file it looks like: sources.yaml, certifications.yaml or
// profiles.yaml by its first key, else roles/ID.yaml named after its `id:` line, since a
// role's id must match its file name.
#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "fuzz_common.h"
#include "medcareer/catalog.h"

using namespace medcareer;

namespace {

// The name of the data file `text` stands for.
std::string file_name_for(std::string_view text) {
  for (const char* top : {"sources", "certifications", "profiles"}) {
    if (text.starts_with(std::string(top) + ":")) return std::string(top) + ".yaml";
  }
  std::string id = "x";
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    if (line.starts_with("id: ")) {
      id = std::string(line.substr(4));
      break;
    }
    at = end + 1;
  }
  // Only a plain name: the loader takes the id from the file name, never a path.
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return "roles/x.yaml";
  }
  return "roles/" + id + ".yaml";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = fuzz::text_of(data, size);
  const std::string name = file_name_for(text);
  std::vector<SourceFile> files;
  bool replaced = false;
  for (const auto& file : embedded_data_files()) {
    if (file.name == name) {
      files.push_back({"fuzz/" + name, name, text});
      replaced = true;
    } else {
      files.push_back(file);
    }
  }
  if (!replaced) files.push_back({"fuzz/" + name, name, text});
  auto catalog = load_catalog(files);
  if (!catalog) fuzz::check_error(catalog.error());
  return 0;
}
