#include "medcareer/source_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace medcareer {

namespace fs = std::filesystem;

Result<SourceFile> read_source_file(const std::string& path, const std::string& name) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Error{{path, 0, 0}, "is a directory, not a file", ""};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{{path, 0, 0}, std::string("cannot open: ") + std::strerror(errno), ""};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{{path, 0, 0}, std::string("cannot read: ") + std::strerror(errno), ""};
  return SourceFile{path, name, text.str()};
}

Result<std::vector<SourceFile>> read_data_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{{dir, 0, 0}, "is not a directory", ""};
  std::vector<std::pair<std::string, std::string>> found;  // name, path
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".yaml") continue;
    found.emplace_back(fs::relative(it->path(), dir, ec).generic_string(), it->path().string());
  }
  if (ec) return Error{{dir, 0, 0}, "cannot list: " + ec.message(), ""};
  std::sort(found.begin(), found.end());
  std::vector<SourceFile> files;
  for (const auto& [name, path] : found) {
    auto file = read_source_file(path, name);
    if (!file) return file.error();
    files.push_back(std::move(file).value());
  }
  return files;
}

}  // namespace medcareer
