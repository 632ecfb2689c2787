#include "medcareer/data_location.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>

namespace medcareer {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// PREFIX/share/medcareer for a binary at PREFIX/bin/medcareer, if that directory exists.
std::string installed_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  fs::path dir = exe.parent_path() / MEDCAREER_DATADIR_FROM_BINDIR;
  return fs::is_directory(dir / "data", ec) ? dir.lexically_normal().string() : "";
}

}  // namespace

Result<std::vector<SourceFile>> locate_data_files(const std::string& data_dir_option) {
  std::string dir = data_dir_option;
  if (dir.empty()) dir = env("MEDCAREER_DATA_DIR");
  if (dir.empty()) {
    std::string installed = installed_dir();
    if (!installed.empty()) dir = installed + "/data";
  }
  if (dir.empty()) return embedded_data_files();
  return read_data_dir(dir);
}

Result<SourceFile> locate_questionnaire(const std::string& questions_option) {
  std::string file = questions_option;
  if (file.empty()) file = env("MEDCAREER_QUESTIONS");
  if (file.empty()) {
    std::string installed = installed_dir();
    std::error_code ec;
    if (!installed.empty() && fs::exists(installed + "/questions/career.yaml", ec)) {
      file = installed + "/questions/career.yaml";
    }
  }
  if (file.empty()) return embedded_questionnaire();
  return read_source_file(file, fs::path(file).filename().string());
}

std::string source_line(const std::string& path, int line) {
  if (line <= 0) return "";
  std::string text;
  if (path.rfind("builtin:", 0) == 0) {
    if (embedded_questionnaire().path == path) text = embedded_questionnaire().text;
    for (const auto& f : embedded_data_files()) {
      if (f.path == path) text = f.text;
    }
  } else {
    // Lines before are skipped without being kept, and at most kMaxLine bytes of the line
    // itself are kept: an error in a 100 MB file of one line must not copy all of it.
    constexpr std::size_t kMaxLine = 1u << 20;
    std::ifstream in(path, std::ios::binary);
    for (int n = 1; n < line; ++n) {
      if (!in.ignore(std::numeric_limits<std::streamsize>::max(), '\n')) return "";
    }
    std::string current;
    for (int c; current.size() < kMaxLine && (c = in.get()) != EOF && c != '\n';) {
      current += static_cast<char>(c);
    }
    if (!in && current.empty()) return "";
    if (!current.empty() && current.back() == '\r') current.pop_back();
    return current;
  }
  std::size_t start = 0;
  for (int n = 1; n < line; ++n) {
    start = text.find('\n', start);
    if (start == std::string::npos) return "";
    ++start;
  }
  std::size_t end = text.find('\n', start);
  std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

}  // namespace medcareer
