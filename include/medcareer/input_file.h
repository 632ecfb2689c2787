// An input read once, front to back, whatever it is: a regular file, standard input, a pipe
// (`score <(cat x.csv)`, `/dev/stdin`), a FIFO or a device. It is never re-opened and never
// rewound, since a pipe cannot be read twice: the first bytes that tell its format and
// encoding are looked at in the read buffer and then read again from there.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "medcareer/error.h"

namespace medcareer {

class InputFile final : public std::streambuf {
 public:
  // Opens `path`, or standard input for "-". Refuses a directory. `shown` is how messages
  // name it ("<stdin>" for "-").
  static Result<std::unique_ptr<InputFile>> open(const std::string& path, std::string shown);
  ~InputFile() override;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Up to `n` first bytes of the input, without consuming them (fewer at its end).
  std::string_view head(std::size_t n);
  // The size of a regular file; nullopt for pipes, FIFOs and devices.
  std::optional<std::uintmax_t> size() const { return size_; }
  const std::string& shown() const { return shown_; }
  // The error of a read that failed (EIO, EISDIR, ...), if one did: the input ended there.
  std::optional<Error> read_error() const;

 protected:
  int_type underflow() override;
  // Only telling the position is supported (for the progress bar): the input never rewinds.
  pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override;

 private:
  InputFile(int fd, bool owned, std::string shown, std::optional<std::uintmax_t> size);
  // Reads more after what the buffer holds; false at the end of input or on an error.
  bool fill();

  int fd_;
  bool owned_;
  std::string shown_;
  std::optional<std::uintmax_t> size_;
  std::vector<char> buffer_;
  std::size_t end_ = 0;          // bytes of buffer_ in use
  std::uintmax_t consumed_ = 0;  // bytes before buffer_[0]
  bool eof_ = false;
  int errno_ = 0;
};

// Reads at most `limit` bytes of `input`, plus one to tell that there is more, so that an
// endless input (/dev/zero) or a huge file costs no more memory or time than the limit.
// Returns the bytes, and in `over` whether the input goes on past the limit.
std::string read_at_most(std::streambuf& input, std::size_t limit, bool& over);

// A problem with the text encoding that the first bytes show: UTF-16 or UTF-32 (by their byte
// order mark or their pattern of NUL bytes), or NUL bytes in what should be text. medcareer
// reads UTF-8 only, and without this such a file would get a message that does not name the
// problem ("header matches no question"), or be read only in part.
std::optional<Error> encoding_problem(const std::string& shown, std::string_view head);

}  // namespace medcareer
