#include "ui/style.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace medcareer::ui {

bool use_color(ColorMode mode, int fd) {
  if (mode == ColorMode::never) return false;
  if (mode == ColorMode::always) return true;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(fd) != 0;
}

bool accessible_from_environment() {
  const char* value = std::getenv("ACCESSIBLE");
  if (!value || !*value) return false;
  const std::string v(value);
  return v != "0" && v != "false";
}

std::string Style::wrap(std::string_view text, std::string_view code) const {
  if (!color_ || text.empty()) return std::string(text);
  std::string out = "\x1b[";
  out.append(code).append("m").append(text).append("\x1b[0m");
  return out;
}

int terminal_width(int fd) {
  winsize size{};
  if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return std::max(20, static_cast<int>(size.ws_col));
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    int value = std::atoi(columns);
    if (value > 0) return std::max(20, value);
  }
  return 80;
}

}  // namespace medcareer::ui
