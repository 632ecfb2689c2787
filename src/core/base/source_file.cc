#include "medcareer/source_file.h"

#include <algorithm>

#include "medcareer/dir_walk.h"
#include "medcareer/input_file.h"

namespace medcareer {

Result<SourceFile> read_source_file(const std::string& path, const std::string& name,
                                    std::size_t max_bytes) {
  auto opened = InputFile::open(path, path);
  if (!opened) return opened.error();
  InputFile& input = *opened.value();
  if (auto problem = encoding_problem(path, input.head(512))) return *problem;
  // Never more than the limit and one byte is read: /dev/zero or a 1 GB file named as a
  // questionnaire costs 16 MiB, not all the memory there is.
  // A little past the limit is read as well, to show the whole line where it is crossed.
  constexpr std::size_t kTail = 4096;
  bool over = false;
  std::string text = read_at_most(input, max_bytes + kTail, over);
  if (auto failed = input.read_error()) return *failed;
  if (over || text.size() > max_bytes) {
    const std::string size =
        input.size() ? std::to_string(*input.size()) + " bytes" : "longer than that";
    Error error{position_in(path, text, max_bytes),
                "file is " + size + ", over the limit of " + std::to_string(max_bytes) + " bytes",
                ""};
    keep_line(error, text);
    return error;
  }
  return SourceFile{path, name, std::move(text)};
}

Result<std::vector<SourceFile>> read_data_dir(const std::string& dir) {
  auto found = list_files(dir, [](const std::string& name) { return name.ends_with(".yaml"); });
  if (!found) return found.error();
  std::vector<SourceFile> files;
  for (const auto& entry : found.value()) {
    // A data directory must be whole: a file that cannot be read stops the run.
    if (!entry.error.empty()) return Error{{entry.path, 0, 0}, entry.error, ""};
    auto file = read_source_file(entry.path, entry.name);
    if (!file) return file.error();
    files.push_back(std::move(file).value());
  }
  return files;
}

Error with_line(Error error, const std::vector<SourceFile>& files) {
  for (const auto& file : files) {
    if (file.path == error.where.path) keep_line(error, file.text);
  }
  return error;
}

}  // namespace medcareer
