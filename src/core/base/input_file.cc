#include "medcareer/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace medcareer {

namespace {

constexpr std::size_t kBlock = 1u << 16;

std::string errno_text(int error) {
  return std::strerror(error);
}

}  // namespace

Result<std::unique_ptr<InputFile>> InputFile::open(const std::string& path, std::string shown) {
  const bool standard_input = path == "-";
  int fd = STDIN_FILENO;
  if (!standard_input) {
    do {
      fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);  // NOLINT: POSIX open is variadic
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return Error{{shown, 0, 0}, "cannot open: " + errno_text(errno), ""};
  }
  struct stat info {};
  std::optional<std::uintmax_t> size;
  if (::fstat(fd, &info) == 0) {
    if (S_ISDIR(info.st_mode)) {
      if (!standard_input) ::close(fd);
      return Error{{shown, 0, 0}, "is a directory, not a file", ""};
    }
    if (S_ISREG(info.st_mode)) size = static_cast<std::uintmax_t>(info.st_size);
  }
  return std::unique_ptr<InputFile>(new InputFile(fd, !standard_input, std::move(shown), size));
}

InputFile::InputFile(int fd, bool owned, std::string shown, std::optional<std::uintmax_t> size)
    : fd_(fd),
      owned_(owned),
      shown_(std::move(shown)),
      size_(size),
      // A small file gets a buffer its size (and a byte, to see its end in one read): a
      // folder of ten thousand answers files cleared 64 KiB for each.
      buffer_(size ? std::clamp<std::uintmax_t>(*size + 1, 4096, kBlock) : kBlock) {
  setg(buffer_.data(), buffer_.data(), buffer_.data());
}

InputFile::~InputFile() {
  if (owned_) ::close(fd_);
}

bool InputFile::fill() {
  if (eof_) return false;
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  ssize_t got = 0;
  do {
    got = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
  } while (got < 0 && errno == EINTR);
  if (got <= 0) {
    if (got < 0) errno_ = errno;
    eof_ = true;
    return false;
  }
  end_ += static_cast<std::size_t>(got);
  return true;
}

std::string_view InputFile::head(std::size_t n) {
  const auto at = static_cast<std::size_t>(gptr() - eback());
  while (end_ - at < n && fill()) {
  }
  setg(buffer_.data(), buffer_.data() + at, buffer_.data() + end_);
  return {buffer_.data() + at, std::min(n, end_ - at)};
}

InputFile::int_type InputFile::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  consumed_ += end_;
  end_ = 0;
  if (buffer_.size() > kBlock) buffer_.resize(kBlock);  // head() may have grown it
  if (!fill()) {
    setg(buffer_.data(), buffer_.data(), buffer_.data());
    return traits_type::eof();
  }
  setg(buffer_.data(), buffer_.data(), buffer_.data() + end_);
  return traits_type::to_int_type(*gptr());
}

InputFile::pos_type InputFile::seekoff(off_type off, std::ios_base::seekdir dir,
                                       std::ios_base::openmode /*which*/) {
  if (off != 0 || dir != std::ios_base::cur) return pos_type(off_type(-1));
  return pos_type(static_cast<off_type>(consumed_) + (gptr() - eback()));
}

std::optional<Error> InputFile::read_error() const {
  if (errno_ == 0) return std::nullopt;
  return Error{{shown_, 0, 0}, "cannot read: " + errno_text(errno_), ""};
}

std::string read_at_most(std::streambuf& input, std::size_t limit, bool& over) {
  std::string text;
  over = false;
  std::vector<char> block(kBlock);
  for (;;) {
    const std::streamsize got = input.sgetn(block.data(), static_cast<std::streamsize>(kBlock));
    if (got <= 0) return text;
    const auto size = static_cast<std::size_t>(got);
    if (text.size() + size > limit) {
      text.append(block.data(), limit - text.size());
      over = true;
      return text;
    }
    text.append(block.data(), size);
  }
}

namespace {

// The encoding that a byte order mark or a pattern of NUL bytes shows, if not UTF-8.
const char* wide_encoding(std::string_view head) {
  struct Mark {
    std::string_view bytes;
    const char* name;
  };
  using namespace std::string_view_literals;
  // The four-byte marks first: UTF-32LE's begins with UTF-16LE's.
  static constexpr Mark kMarks[] = {{"\xFF\xFE\0\0"sv, "UTF-32LE"},
                                    {"\0\0\xFE\xFF"sv, "UTF-32BE"},
                                    {"\xFF\xFE"sv, "UTF-16LE"},
                                    {"\xFE\xFF"sv, "UTF-16BE"}};
  for (const Mark& mark : kMarks) {
    if (head.starts_with(mark.bytes)) return mark.name;
  }
  // Without a mark, text in the first few characters shows where its NUL bytes fall: "a\0"
  // is UTF-16LE, "\0a" UTF-16BE, "a\0\0\0" UTF-32LE, "\0\0\0a" UTF-32BE.
  if (head.size() < 2) return nullptr;
  std::string pattern;
  for (std::size_t i = 0; i < std::min<std::size_t>(head.size(), 4); ++i) {
    pattern += head[i] == '\0' ? '0' : 'x';
  }
  static constexpr Mark kPatterns[] = {{"x000"sv, "UTF-32LE"}, {"000x"sv, "UTF-32BE"},
                                       {"x0x0"sv, "UTF-16LE"}, {"0x0x"sv, "UTF-16BE"},
                                       {"x0"sv, "UTF-16LE"},   {"0x"sv, "UTF-16BE"}};
  for (const Mark& p : kPatterns) {
    if (pattern == p.bytes) return p.name;
  }
  return nullptr;
}

}  // namespace

std::optional<Error> encoding_problem(const std::string& shown, std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) {
    head.remove_prefix(3);
  } else if (const char* name = wide_encoding(head)) {
    return Error{{shown, 1, 1},
                 std::string("the file is ") + name + " text; medcareer reads UTF-8 only",
                 std::string("save it as UTF-8, e.g. with `iconv -f ") + name + " -t UTF-8`"};
  }
  const std::size_t nul = head.find('\0');
  if (nul == std::string_view::npos) return std::nullopt;
  const std::string_view before = head.substr(0, nul);
  const auto line = std::count(before.begin(), before.end(), '\n') + 1;
  const std::size_t line_start =
      before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  return Error{{shown, static_cast<int>(line), static_cast<int>(nul - line_start) + 1},
               "a NUL byte: this is not a text file",
               "medcareer reads answers files and survey exports saved as UTF-8 text"};
}

}  // namespace medcareer
