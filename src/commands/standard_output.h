// Standard output, checked: every command prints its results through print(), and the top
// level closes standard output with close_standard_output(), so that a full disk, `> /dev/full`
// or a file size limit ends in an error and a non-zero exit instead of a truncated result
// and exit 0. A reader that went away (`| head`) still ends medcareer by SIGPIPE, as usual.
#pragma once

#include <cstdio>
#include <optional>
#include <string_view>

#include "medcareer/error.h"

namespace medcareer::commands {

// Writes `text` to standard output. The first failure is kept (with its errno) for
// standard_output_error(); after it, nothing more is written.
void print(std::string_view text);

// True once a write to standard output has failed: a long command stops early.
bool standard_output_failed();

// Flushes standard output; the error if anything written to it (through print() or stdio)
// was lost. Called before a command reports success ("N scored") on stderr.
std::optional<Error> flush_standard_output();

// fflush(`stream`); for standard output through flush_standard_output(), so that the reason
// of a failure is kept for the top level to report. For prompts written with stdio.
void flush(std::FILE* stream);

// flush_standard_output(), then closes it, which is where a file on some file systems
// reports the error (NFS, a full quota). For the very end of the process.
std::optional<Error> close_standard_output();

}  // namespace medcareer::commands
