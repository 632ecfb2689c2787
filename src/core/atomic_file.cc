#include "medcareer/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace medcareer {

namespace {
Error io_error(const std::string& path, const std::string& what) {
  return Error{{path, 0, 0}, what + ": " + std::strerror(errno), ""};
}
}  // namespace

Result<bool> write_file_atomically(const std::string& path, const std::string& content) {
  std::filesystem::path target(path);
  std::string dir = target.parent_path().empty() ? "." : target.parent_path().string();
  std::string temp = dir + "/." + target.filename().string() + ".tmp-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file in " + dir);
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Error e = io_error(path, "cannot write");
      close(fd);
      unlink(temp.c_str());
      return e;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // Readable like any file the user writes (mkstemp makes it private).
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  if (fsync(fd) != 0 || close(fd) != 0) {
    Error e = io_error(path, "cannot write");
    unlink(temp.c_str());
    return e;
  }
  if (rename(temp.c_str(), path.c_str()) != 0) {
    Error e = io_error(path, "cannot replace");
    unlink(temp.c_str());
    return e;
  }
  return true;
}

}  // namespace medcareer
