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

// Reads one file; an error names the path when it cannot be read.
Result<SourceFile> read_source_file(const std::string& path, const std::string& name);

// Every regular `*.yaml` file below `dir`, sorted by name, so results never depend on
// the order the file system lists them in.
Result<std::vector<SourceFile>> read_data_dir(const std::string& dir);

// The default questionnaire and data compiled into the binary.
const std::vector<SourceFile>& embedded_data_files();
const SourceFile& embedded_questionnaire();

}  // namespace medcareer
