// libFuzzer target: a whole --data-dir of several files, as read from disk. The input is cut
// into files at lines `=== NAME` (NAME a relative path such as roles/coder.yaml, or a link
// `=== NAME -> TARGET`), written to a scratch folder and read by read_data_dir() and
// load_catalog(): listing the folder, links that are broken or loop, files that are not
// UTF-8 text or too large, and the checks across files all run on it.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "medcareer/catalog.h"

using namespace medcareer;
namespace fs = std::filesystem;

namespace {

const fs::path& scratch() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "medcareer-fuzz-data.XXXXXX").string();
    if (!::mkdtemp(pattern.data())) fuzz::broken("cannot make a scratch folder");
    return fs::path(pattern);
  }();
  return dir;
}

// A relative path that stays inside the scratch folder, or "".
std::string safe_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '/') return "";
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' &&
        c != '/') {
      return "";
    }
  }
  if (name.find("..") != std::string_view::npos) return "";
  return std::string(name);
}

void write_files(std::string_view text, const fs::path& root) {
  std::string name = "sources.yaml";
  std::string body;
  auto flush = [&] {
    if (name.empty()) return;
    std::error_code ec;
    const auto arrow = name.find(" -> ");
    if (arrow != std::string::npos) {
      const std::string link = safe_name(name.substr(0, arrow));
      if (!link.empty()) {
        fs::create_directories((root / link).parent_path(), ec);
        fs::create_symlink(name.substr(arrow + 4), root / link, ec);
      }
      return;
    }
    fs::create_directories((root / name).parent_path(), ec);
    std::ofstream(root / name, std::ios::binary) << body;
  };
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    if (line.starts_with("=== ")) {
      flush();
      const std::string_view rest = line.substr(4);
      const auto arrow = rest.find(" -> ");
      name = safe_name(rest.substr(0, arrow));
      if (!name.empty() && arrow != std::string_view::npos) {
        name += " -> " + std::string(rest.substr(arrow + 4));
      }
      body.clear();
      continue;
    }
    body.append(line);
    body += '\n';
  }
  flush();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path root = scratch() / "data";
  std::error_code ec;
  fs::remove_all(root, ec);
  fs::create_directories(root, ec);
  write_files(fuzz::text_of(data, size), root);
  auto files = read_data_dir(root.string());
  if (!files) {
    fuzz::check_error(files.error());
    return 0;
  }
  auto catalog = load_catalog(files.value());
  if (!catalog) {
    const Error error = with_line(catalog.error(), files.value());
    fuzz::check_error(error);
    // The line kept for the excerpt is the line the error points at, never more.
    if (error.line_text && error.line_text->find('\n') != std::string::npos) {
      fuzz::broken("an excerpt of more than one line: " + error.to_string());
    }
  }
  return 0;
}
