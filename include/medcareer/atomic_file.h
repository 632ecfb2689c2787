// Writing a file so that a crash or kill at any moment leaves either the old file or the
// complete new one, never half of one: write a temporary file beside it, flush it to disk,
// then rename it over the target (rename is atomic within one file system).
#pragma once

#include <string>
#include <string_view>

#include "medcareer/error.h"

namespace medcareer {

// Streams into a temporary file beside `path`; commit() renames it into place. Destroyed
// without commit() (an error, an exception), it removes the temporary file and leaves
// `path` as it was.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  Result<bool> open();
  Result<bool> write(std::string_view data);
  Result<bool> commit();

 private:
  Error io_error(const std::string& what) const;
  std::string path_;
  std::string temp_;
  int fd_ = -1;
  bool committed_ = false;
};

Result<bool> write_file_atomically(const std::string& path, const std::string& content);

}  // namespace medcareer
