// The inputs of `medcareer score`: files, directories searched recursively for answers
// files and survey exports, and `-` for standard input.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "medcareer/error.h"
#include "medcareer/input_file.h"
#include "medcareer/record_reader.h"

namespace medcareer::commands {

struct InputItem {
  std::string path;   // "-" for standard input
  std::string error;  // set when a named directory, or an entry in one, cannot be read
};

// Expands directories (sorted, so results do not depend on the file system's order) into
// the files under them whose extension medcareer reads; files and `-` pass through. A
// subfolder that cannot be listed, a broken link or a loop of links comes back as an item
// with its error, so that it is reported and every other input is still scored.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& inputs);

struct OpenedInput {
  std::unique_ptr<InputFile> file;
  InputFormat format;
};

// Opens one input once, whatever it is (a file, `-`, a pipe such as `<(cat x.csv)` or
// /dev/stdin, a FIFO, a device), refuses UTF-16/32 and binary files, and tells its format
// by its name or else by its first bytes.
Result<OpenedInput> open_input(const InputItem& item);

}  // namespace medcareer::commands
