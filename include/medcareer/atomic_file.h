// Writing a file so that a crash or kill at any moment leaves either the old file or the
// complete new one, never half of one: write a temporary file beside it, flush it to disk,
// then rename it over the target (rename is atomic within one file system).
//
// Only a regular file (or a name not yet taken) is replaced that way. A character device or
// a FIFO (/dev/null, a terminal, a named pipe) is written straight to: renaming over one would
// replace the device itself (and a FIFO's open() waits for a reader, as a shell's `>` does).
// A symbolic link is followed, so its target is replaced and the link kept; a file that is
// replaced keeps its mode and, where the process may, its owner. (A file with other hard
// links is replaced by a new one under this name; the other names keep the old content.)
#pragma once

#include <string>
#include <string_view>

#include "medcareer/error.h"

namespace medcareer {

// Streams into a temporary file beside `path` (or straight into a device or FIFO); commit()
// renames it into place. Destroyed without commit() (an error, an exception), it removes the
// temporary file and leaves `path` as it was.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Refuses a directory, a socket or a block device, before anything is written.
  Result<bool> open();
  Result<bool> write(std::string_view data);
  Result<bool> commit();

 private:
  Error io_error(const std::string& what) const;
  std::string path_;    // as the user named it, for messages
  std::string target_;  // path_ with symbolic links followed: what is replaced
  std::string temp_;
  int fd_ = -1;
  int slot_ = -1;        // where remove_temporary_files() finds temp_
  bool direct_ = false;  // a device or FIFO: nothing to rename
  bool committed_ = false;
};

Result<bool> write_file_atomically(const std::string& path, const std::string& content);

// Checks, changing nothing, that AtomicFile could write `path`: that it is not a directory,
// and that its folder exists and takes new files (a temporary file is made there and
// removed). For a command that must not do its work first and fail at the end.
Result<bool> check_writable(const std::string& path);

// Removes the temporary file of every AtomicFile that is open. Async-signal-safe (unlink()
// only), for a handler of a signal that is about to end the process.
void remove_temporary_files() noexcept;

}  // namespace medcareer
