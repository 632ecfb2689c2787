#include "commands/score_progress.h"

#include <unistd.h>

#include <cstdio>
#include <optional>
#include <string>

#include "ui/progress_line.h"
#include "ui/style.h"

namespace medcareer::commands {

Progress::Progress()
    : enabled_(isatty(STDERR_FILENO) != 0),
      width_(static_cast<std::size_t>(ui::terminal_width(STDERR_FILENO))),
      start_(std::chrono::steady_clock::now()) {}

void Progress::update(std::size_t scored, std::size_t failed) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200))
    return;
  last_ = now;
  std::optional<double> fraction;
  if (total_ > 0 && in_) {
    const auto at = in_->tellg();
    const std::uintmax_t done = done_before_ + (at > 0 ? static_cast<std::uintmax_t>(at) : 0);
    fraction = static_cast<double>(done) / static_cast<double>(total_);
  }
  const std::string line = ui::progress_line(fraction, scored, failed, width_ - 1);
  std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
  shown_ = true;
}

void Progress::clear() {
  if (shown_) std::fputs("\r\x1b[K", stderr);
}

}  // namespace medcareer::commands
