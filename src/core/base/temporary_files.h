// The temporary files of the AtomicFiles that are open, kept where a signal handler can
// read them: a fixed table of paths, each published by a lock-free flag once written.
#pragma once

#include <string>

namespace medcareer {

// Records `path` for remove_temporary_files(); returns its slot, or -1 when the table is
// full or the path too long (that file is then left behind by a signal, as by SIGKILL).
int remember_temporary_file(const std::string& path);

// Drops the record of `slot` (-1: nothing to do), once the file is renamed or removed.
void forget_temporary_file(int slot);

}  // namespace medcareer
