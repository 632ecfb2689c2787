// Writing a file so that a crash or kill at any moment leaves either the old file or the
// complete new one, never half of one: write a temporary file beside it, flush it to disk,
// then rename it over the target (rename is atomic within one file system).
#pragma once

#include <string>

#include "medcareer/error.h"

namespace medcareer {

Result<bool> write_file_atomically(const std::string& path, const std::string& content);

}  // namespace medcareer
