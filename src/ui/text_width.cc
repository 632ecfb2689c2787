#include "ui/text_width.h"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

namespace medcareer::ui {

namespace {

struct Cluster {
  std::size_t start = 0, end = 0;  // bytes
  std::size_t width = 0;           // columns
};

// The escape sequence starting at `i` (ESC [ ... final byte), or 0 bytes when there is none.
std::size_t escape_length(std::string_view text, std::size_t i) {
  if (text[i] != '\x1b' || i + 1 >= text.size() || text[i + 1] != '[') return 0;
  std::size_t j = i + 2;
  while (j < text.size() && !(text[j] >= '@' && text[j] <= '~')) ++j;
  return std::min(text.size(), j + 1) - i;
}

// `text` cut into what a terminal draws as one unit: grapheme clusters, and escape
// sequences (width 0). A byte that is not UTF-8 counts as one column on its own.
std::vector<Cluster> clusters(std::string_view text) {
  std::vector<Cluster> out;
  utf8proc_int32_t previous = -1;
  utf8proc_int32_t state = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (std::size_t n = escape_length(text, i)) {
      out.push_back({i, i + n, 0});
      previous = -1;
      state = 0;
      i += n;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
    utf8proc_ssize_t n =
        utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {  // not UTF-8: one byte, one column
      out.push_back({i, i + 1, 1});
      previous = -1;
      state = 0;
      ++i;
      continue;
    }
    const std::size_t width = static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp)));
    // The state carries what came before (emoji sequences, regional indicator pairs).
    const bool starts = previous < 0 || utf8proc_grapheme_break_stateful(previous, cp, &state);
    if (starts) {
      out.push_back({i, i + static_cast<std::size_t>(n), width});
    } else {  // the same cluster: as wide as its widest part
      out.back().end = i + static_cast<std::size_t>(n);
      out.back().width = std::max(out.back().width, width);
    }
    previous = cp;
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace

std::size_t visible_width(std::string_view text) {
  std::size_t width = 0;
  bool plain = true;  // ASCII without escapes, the common case, needs no tables
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\x1b') plain = false;
  }
  if (plain) return text.size();
  for (const Cluster& c : clusters(text)) width += c.width;
  return width;
}

std::size_t prefix_bytes(std::string_view text, std::size_t columns) {
  std::size_t used = 0, end = 0;
  for (const Cluster& c : clusters(text)) {
    if (used + c.width > columns) break;
    used += c.width;
    end = c.end;
  }
  return end;
}

std::size_t suffix_start(std::string_view text, std::size_t columns) {
  const std::vector<Cluster> all = clusters(text);
  std::size_t used = 0, start = text.size();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (used + it->width > columns) break;
    used += it->width;
    start = it->start;
  }
  return start;
}

}  // namespace medcareer::ui
