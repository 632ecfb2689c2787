#include "medcareer/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/temporary_files.h"

namespace medcareer {

namespace {

// What a path names once symbolic links are followed.
struct Target {
  enum class Kind { missing, regular, stream };
  Kind kind = Kind::missing;
  std::string path;    // the file itself: a link's target, replaced while the link stays
  struct stat old {};  // of an existing regular file: its mode and owner are kept
};

Error error_at(const std::string& path, const std::string& what) {
  return Error{{path, 0, 0}, what + ": " + std::strerror(errno), ""};
}

// `path` with every symbolic link of its last part followed, even to a name not taken yet
// (a dangling link is written through, as `>` in a shell does). The folders on the way are
// left as named: they are only opened, never replaced.
Result<std::string> follow_links(const std::string& path) {
  constexpr int kMaxLinks = 40;  // as the kernel allows (ELOOP)
  std::string at = path;
  for (int links = 0;; ++links) {
    struct stat st {};
    if (lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return at;
    if (links == kMaxLinks) {
      errno = ELOOP;
      return error_at(path, "cannot open");
    }
    std::string link(static_cast<std::size_t>(st.st_size) + 256, '\0');
    const ssize_t n = readlink(at.c_str(), link.data(), link.size());
    if (n < 0) return error_at(path, "cannot read the link");
    link.resize(static_cast<std::size_t>(n));
    const std::filesystem::path dir = std::filesystem::path(at).parent_path();
    at = link.front() == '/' || dir.empty() ? link : (dir / link).string();
  }
}

Result<Target> resolve(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    if (errno == ELOOP) return error_at(path, "cannot open");
    // Not there (or not reachable: the temporary file's creation says why).
    auto followed = follow_links(path);
    if (!followed) return followed.error();
    return Target{Target::Kind::missing, std::move(followed).value(), {}};
  }
  if (S_ISDIR(st.st_mode)) return Error{{path, 0, 0}, "is a directory, not a file", ""};
  // Written straight to: renaming over /dev/null would replace the device for everyone.
  if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
    return Target{Target::Kind::stream, path, st};
  }
  if (!S_ISREG(st.st_mode)) {
    return Error{{path, 0, 0}, "is not a regular file, a character device or a FIFO", ""};
  }
  auto followed = follow_links(path);
  if (!followed) return followed.error();
  return Target{Target::Kind::regular, std::move(followed).value(), st};
}

// ".NAME.tmp-XXXXXX" beside the target, for mkstemp().
std::string temporary_name(const std::string& target, std::string& dir) {
  const std::filesystem::path p(target);
  dir = p.parent_path().empty() ? "." : p.parent_path().string();
  return dir + "/." + p.filename().string() + ".tmp-XXXXXX";
}

// The owner too, where the process may set it (root may; anyone may keep a group they are
// in); otherwise the new file belongs to whoever wrote it, as after any editor's save.
void keep_owner(int fd, const struct stat& old) {
  if (fchown(fd, old.st_uid, old.st_gid) == 0) return;
  if (fchown(fd, static_cast<uid_t>(-1), old.st_gid) == 0) return;
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!committed_ && !temp_.empty()) unlink(temp_.c_str());
  forget_temporary_file(slot_);
}

Error AtomicFile::io_error(const std::string& what) const {
  return error_at(path_, what);
}

Result<bool> AtomicFile::open() {
  auto target = resolve(path_);
  if (!target) return target.error();
  const Target& t = target.value();
  if (t.kind == Target::Kind::stream) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) return io_error("cannot open");
    direct_ = true;
    return true;
  }
  target_ = t.path;
  std::string dir;
  temp_ = temporary_name(target_, dir);
  fd_ = mkostemp(temp_.data(), O_CLOEXEC);
  if (fd_ < 0) {
    Error e = io_error("cannot create a temporary file in " + dir);
    temp_.clear();
    return e;
  }
  slot_ = remember_temporary_file(temp_);
  mode_t mode = 0;
  if (t.kind == Target::Kind::regular) {
    keep_owner(fd_, t.old);  // before the mode: a change of owner clears set-id bits
    mode = t.old.st_mode & 07777;
  } else {
    // Readable like any file the user writes (mkstemp makes it private).
    const mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  if (fchmod(fd_, mode) != 0) return io_error("cannot set the mode of the new file");
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
  // A pipe or a terminal cannot be synced; a device's driver has the data once written.
  if (!direct_ && fsync(fd_) != 0) return io_error("cannot write");
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) return io_error("cannot write");
  if (!direct_ && rename(temp_.c_str(), target_.c_str()) != 0) return io_error("cannot replace");
  committed_ = true;
  return true;
}

Result<bool> write_file_atomically(const std::string& path, const std::string& content) {
  AtomicFile file(path);
  if (auto r = file.open(); !r) return r;
  if (auto r = file.write(content); !r) return r;
  return file.commit();
}

Result<bool> check_writable(const std::string& path) {
  auto target = resolve(path);
  if (!target) return target.error();
  if (target.value().kind == Target::Kind::stream) {
    if (access(path.c_str(), W_OK) != 0) return error_at(path, "cannot open");
    return true;
  }
  std::string dir;
  std::string probe = temporary_name(target.value().path, dir);
  const int fd = mkostemp(probe.data(), O_CLOEXEC);
  if (fd < 0) return error_at(path, "cannot create a temporary file in " + dir);
  close(fd);
  unlink(probe.c_str());
  return true;
}

}  // namespace medcareer
