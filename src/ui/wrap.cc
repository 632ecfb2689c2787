#include "ui/wrap.h"

#include "ui/style.h"

namespace medcareer::ui {

std::string wrap(std::string_view text, std::size_t width, std::string_view first_indent,
                 std::string_view rest_indent) {
  std::string out(first_indent);
  std::size_t column = visible_width(first_indent);
  std::size_t line_start_column = column;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (start == i) break;
    std::string_view word = text.substr(start, i - start);
    std::size_t word_width = visible_width(word);
    if (column > line_start_column && column + 1 + word_width > width) {
      out += '\n';
      out += rest_indent;
      column = line_start_column = visible_width(rest_indent);
    } else if (column > line_start_column) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word_width;
  }
  out += '\n';
  return out;
}

std::string wrap_phrases(std::string_view text, std::size_t width) {
  // The blanks inside a phrase that fits on a line are held by a stand-in that wrap() does
  // not break at (one column wide, as the blank is), then given back.
  constexpr char kHeld = '\x1f';
  std::string held;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(", ", start);
    if (end == std::string_view::npos) end = text.size();
    std::string phrase(text.substr(start, end - start));
    if (end < text.size()) phrase += ',';
    if (visible_width(phrase) <= width) {
      for (char& c : phrase) {
        if (c == ' ') c = kHeld;
      }
    }
    held += (start == 0 ? "" : " ") + phrase;
    start = end + 2;
  }
  std::string out = wrap(held, width);
  for (char& c : out) {
    if (c == kHeld) c = ' ';
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace medcareer::ui
