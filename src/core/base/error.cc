#include "medcareer/error.h"

#include <algorithm>

namespace medcareer {

std::string Error::to_string() const {
  std::string out;
  if (!where.path.empty()) {
    out += where.path;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
  }
  out += message;
  return out;
}

Position position_in(std::string path, std::string_view text, std::size_t offset) {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const auto line = std::count(before.begin(), before.end(), '\n') + 1;
  const std::size_t newline = before.rfind('\n');
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  return {std::move(path), static_cast<int>(line), static_cast<int>(offset - line_start) + 1};
}

void keep_line(Error& error, std::string_view text, int first_line) {
  constexpr std::size_t kMaxLine = 1u << 20;
  if (error.line_text || error.where.line < first_line) return;
  for (int n = first_line; n < error.where.line; ++n) {
    const std::size_t end = text.find('\n');
    if (end == std::string_view::npos) return;
    text.remove_prefix(end + 1);
  }
  std::string_view line = text.substr(0, std::min(text.find('\n'), kMaxLine));
  if (line.ends_with('\r')) line.remove_suffix(1);
  error.line_text = std::string(line);
}

}  // namespace medcareer
