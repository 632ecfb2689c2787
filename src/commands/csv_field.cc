// CSV fields as RFC 4180 quotes them, appended to a row being built: a batch writes a million
// rows, each with a kilobyte of warnings, so nothing here builds a string it then copies.
#include "commands/csv_field.h"

#include <algorithm>

namespace medcareer::commands {

namespace {

bool needs_quotes(std::string_view text) {
  // A plain loop, not find_first_of, which searches the four characters for every byte: the
  // warnings of a row are a kilobyte.
  for (char c : text) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

// The text between quotes is appended in runs, each quote doubled.
void append_escaped(std::string& out, std::string_view text) {
  for (std::size_t start = 0;;) {
    const std::size_t quote = text.find('"', start);
    out += text.substr(start, quote == std::string_view::npos ? quote : quote - start);
    if (quote == std::string_view::npos) break;
    out += "\"\"";
    start = quote + 1;
  }
}

}  // namespace

void append_csv_list(std::string& out, const std::vector<std::string>& items,
                     std::string_view separator) {
  const bool quoted = std::any_of(items.begin(), items.end(), needs_quotes);
  if (quoted) out += '"';
  bool any = false;  // text so far: an empty item adds no separator after it
  for (const auto& item : items) {
    if (any) out += separator;
    any = any || !item.empty();
    if (quoted) {
      append_escaped(out, item);
    } else {
      out += item;
    }
  }
  if (quoted) out += '"';
}

void append_csv_field(std::string& out, std::string_view text) {
  if (!needs_quotes(text)) {
    out += text;
    return;
  }
  out += '"';
  append_escaped(out, text);
  out += '"';
}

std::string csv_field(const std::string& text) {
  std::string out;
  append_csv_field(out, text);
  return out;
}

}  // namespace medcareer::commands
