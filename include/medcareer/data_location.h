// Where the questionnaire and the catalog come from. First match wins:
//   1. --data-dir DIR / --questions FILE on the command line;
//   2. $MEDCAREER_DATA_DIR / $MEDCAREER_QUESTIONS;
//   3. the copy installed beside the binary (PREFIX/share/medcareer when the binary is
//      PREFIX/bin/medcareer), so an installed medcareer reads the installed files;
//   4. the defaults compiled into the binary.
#pragma once

#include <string>
#include <vector>

#include "medcareer/source_file.h"

namespace medcareer {

Result<std::vector<SourceFile>> locate_data_files(const std::string& data_dir_option);
Result<SourceFile> locate_questionnaire(const std::string& questions_option);

// The line `line` (1-based) of the file shown as `path`, embedded or on disk, without its
// line end; empty when it cannot be had. Used to point at errors with a caret.
std::string source_line(const std::string& path, int line);

}  // namespace medcareer
