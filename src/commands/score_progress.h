// How far a batch run has got, on stderr when it is a terminal: a bar of the input read so
// far (by bytes of the named files) and the counts, redrawn in place; nothing otherwise.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <istream>

namespace medcareer::commands {

class Progress {
 public:
  Progress();

  // How many bytes the named files hold in all; 0 when unknown (standard input among them).
  void set_total(std::uintmax_t bytes) { total_ = bytes; }
  // The input being read now, and how many bytes the inputs before it held.
  void reading(std::istream* in, std::uintmax_t done_before) {
    in_ = in;
    done_before_ = done_before;
  }

  // Redraws the line, at most five times a second and not in the first second.
  void update(std::size_t scored, std::size_t failed);
  void clear();  // erases the line, if one was drawn

 private:
  bool enabled_;
  bool shown_ = false;
  std::size_t width_;
  std::uintmax_t total_ = 0;
  std::uintmax_t done_before_ = 0;
  std::istream* in_ = nullptr;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace medcareer::commands
