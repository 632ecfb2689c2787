#include "medcareer/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace medcareer {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!committed_ && !temp_.empty()) unlink(temp_.c_str());
}

Error AtomicFile::io_error(const std::string& what) const {
  return Error{{path_, 0, 0}, what + ": " + std::strerror(errno), ""};
}

Result<bool> AtomicFile::open() {
  std::filesystem::path target(path_);
  std::string dir = target.parent_path().empty() ? "." : target.parent_path().string();
  temp_ = dir + "/." + target.filename().string() + ".tmp-XXXXXX";
  fd_ = mkstemp(temp_.data());
  if (fd_ < 0) {
    Error e = io_error("cannot create a temporary file in " + dir);
    temp_.clear();
    return e;
  }
  // Readable like any file the user writes (mkstemp makes it private).
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd_, 0666 & ~mask);
  return true;
}

Result<bool> AtomicFile::write(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return io_error("cannot write");
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

Result<bool> AtomicFile::commit() {
  if (fsync(fd_) != 0) return io_error("cannot write");
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) return io_error("cannot write");
  if (rename(temp_.c_str(), path_.c_str()) != 0) return io_error("cannot replace");
  committed_ = true;
  return true;
}

Result<bool> write_file_atomically(const std::string& path, const std::string& content) {
  AtomicFile file(path);
  if (auto r = file.open(); !r) return r;
  if (auto r = file.write(content); !r) return r;
  return file.commit();
}

}  // namespace medcareer
