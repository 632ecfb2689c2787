// The inputs of `medcareer score`: files, directories searched recursively for answers
// files and survey exports, and `-` for standard input.
#pragma once

#include <string>
#include <vector>

#include "medcareer/error.h"

namespace medcareer::commands {

struct InputItem {
  std::string path;   // "-" for standard input
  std::string error;  // set when a named directory cannot be listed
};

// Expands directories (sorted, so results do not depend on the file system's order) into
// the files under them whose extension medcareer reads; files and `-` pass through.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& inputs);

}  // namespace medcareer::commands
