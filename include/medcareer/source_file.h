// A file's text with the path it is reported under. Loaders take these rather than
// reading the disk, so the embedded defaults and a user's files go through the same code.
#pragma once

#include <string>
#include <vector>

#include "medcareer/error.h"

namespace medcareer {

struct SourceFile {
  std::string path;  // as shown in messages
  std::string name;  // relative to its data directory, e.g. "roles/coder.yaml"
  std::string text;
};

// The most that a file read whole (a questionnaire, a data file, a resume file) may hold.
constexpr std::size_t kMaxFileBytes = 16u << 20;  // 16 MiB

// Reads one file, or standard input for "-"; an error names the path when it cannot be read,
// is not UTF-8 text (UTF-16, NUL bytes) or is over `max_bytes`, which is found after reading
// no more than `max_bytes` + 1 bytes. Pipes and FIFOs are read like files.
Result<SourceFile> read_source_file(const std::string& path, const std::string& name,
                                    std::size_t max_bytes = kMaxFileBytes);

// Every regular `*.yaml` file below `dir`, sorted by name, so results never depend on
// the order the file system lists them in. A `*.yaml` entry that cannot be read (a broken
// symbolic link, a loop of links, a folder without permission) is an error, not skipped.
Result<std::vector<SourceFile>> read_data_dir(const std::string& dir);

// `error` with the line it points at (Error::line_text) taken from the one of `files` it
// names, so that reporting it never reads the file again.
Error with_line(Error error, const std::vector<SourceFile>& files);

// The default questionnaire and data compiled into the binary.
const std::vector<SourceFile>& embedded_data_files();
const SourceFile& embedded_questionnaire();

}  // namespace medcareer
