// Where `medcareer score` writes, settled before any record is read: standard output (no
// --output, `--output -`, or a name for the same file, such as /dev/stdout), or a file,
// opened at once so that a directory, a missing or read-only folder, or one of the inputs
// is refused before the work rather than after it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/score_inputs.h"
#include "medcareer/atomic_file.h"

namespace medcareer::commands {

// `output` is the --output value, `given` whether the option was there at all (an empty
// name is refused rather than taken for standard output). Returns the open file, or none
// for standard output; throws Failure.
// An output file that could not be written is never left half-written: AtomicFile removes its
// temporary file, and the error says so.
Error left_as_it_was(Error error, const std::string& output);

std::unique_ptr<AtomicFile> open_score_output(const std::string& output, bool given,
                                              const std::vector<InputItem>& inputs);

}  // namespace medcareer::commands
