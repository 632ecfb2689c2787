// The files below a folder, for `score DIR` and `--data-dir`: walked in sorted order so that
// results never depend on the order the file system lists them in, and with every entry
// that cannot be read kept as an error rather than skipped in silence.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "medcareer/error.h"

namespace medcareer {

struct FoundFile {
  std::string path;   // `dir/name`, as it is shown in messages
  std::string name;   // relative to the folder, with '/' between folders
  std::string error;  // why this entry cannot be read; empty for a regular file
};

// Every regular file below `dir` whose name `wanted` accepts, and symbolic links to one,
// sorted by name. Links to folders are not followed (no loops). An entry `wanted` accepts
// that is a broken link, a loop of links or not a regular file, and a subfolder that
// cannot be listed, come back with `error` set, in their place. Fails only when `dir`
// itself is not a folder that can be listed.
Result<std::vector<FoundFile>> list_files(const std::string& dir,
                                          const std::function<bool(const std::string&)>& wanted);

}  // namespace medcareer
