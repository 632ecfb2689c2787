#include "ui/text_table.h"

#include <algorithm>

#include "ui/style.h"
#include "ui/wrap.h"

namespace medcareer::ui {

void TextTable::add_column(std::string header, Align align, std::size_t max_width) {
  columns_.push_back({std::move(header), align, max_width});
}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

namespace {

// Below this a column is too narrow to read, even with its words broken.
constexpr std::size_t kNarrowest = 4;

// The pieces of `word` after each '-': `risk-` `adjustment-` `coder`.
std::vector<std::string> hyphen_pieces(const std::string& word) {
  std::vector<std::string> pieces;
  std::size_t start = 0;
  while (start < word.size()) {
    std::size_t dash = word.find('-', start + 1);
    std::size_t end = dash == std::string::npos ? word.size() : dash + 1;
    pieces.push_back(word.substr(start, end - start));
    start = end;
  }
  return pieces;
}

// A word wider than `width`, in lines: its pieces after each '-' packed into lines of
// `width`, and, if `breaks` allows, a piece still too wide cut at the width. Styled text
// is left whole, since a cut could fall inside an escape sequence.
std::vector<std::string> break_word(const std::string& word, std::size_t width,
                                    TextTable::Breaks breaks) {
  if (breaks == TextTable::Breaks::none || visible_width(word) <= width ||
      word.find('\x1b') != std::string::npos) {
    return {word};
  }
  std::vector<std::string> lines;
  std::string line;
  for (std::string piece : hyphen_pieces(word)) {
    if (!line.empty() && visible_width(line) + visible_width(piece) > width) {
      lines.push_back(line);
      line.clear();
    }
    while (breaks == TextTable::Breaks::anywhere && visible_width(piece) > width) {
      // At least one character, even one wider than the column (a CJK one in 1 column).
      std::size_t cut = prefix_bytes(piece, width);
      if (cut == 0) cut = prefix_bytes(piece, 2);
      if (cut == 0) cut = 1;
      lines.push_back(piece.substr(0, cut));
      piece.erase(0, cut);
    }
    line += piece;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// The width of the widest of `word`'s pieces that `breaks` keeps whole.
std::size_t widest_piece(const std::string& word, TextTable::Breaks breaks) {
  if (breaks == TextTable::Breaks::anywhere) return 1;
  if (breaks == TextTable::Breaks::none) return visible_width(word);
  std::size_t widest = 0;
  for (const auto& piece : hyphen_pieces(word)) widest = std::max(widest, visible_width(piece));
  return widest;
}

// A cell's lines: each line of its text, wrapped when the column has a width to keep to.
std::vector<std::string> cell_lines(const std::string& cell, std::size_t width,
                                    TextTable::Breaks breaks) {
  std::vector<std::string> lines;
  for (const auto& text : split_lines(cell)) {
    if (width == 0 || visible_width(text) <= width) {
      lines.push_back(text);
      continue;
    }
    std::string wrapped = wrap(text, width);
    wrapped.pop_back();  // wrap ends with '\n'
    // wrap() lets a word longer than the width stand alone on a line.
    for (const auto& line : split_lines(wrapped)) {
      for (auto& piece : break_word(line, width, breaks)) lines.push_back(std::move(piece));
    }
  }
  return lines;
}

// The narrowest a column can be without breaking its words more than `breaks` allows.
std::size_t narrowest(const std::string& text, TextTable::Breaks breaks) {
  std::size_t widest = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" \n\t", start);
    if (end == std::string::npos) end = text.size();
    widest = std::max(widest, widest_piece(text.substr(start, end - start), breaks));
    start = end + 1;
  }
  return widest;
}

std::string pad(const std::string& text, std::size_t width, TextTable::Align align) {
  std::size_t w = visible_width(text);
  std::string fill(width > w ? width - w : 0, ' ');
  return align == TextTable::Align::left ? text + fill : fill + text;
}

void trim_right(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

}  // namespace

// The width each column wraps at (0: no wrapping), and how far its words are broken.
std::vector<TextTable::Wrap> TextTable::column_widths() const {
  const std::size_t n = columns_.size();
  // How wide column `c` turns out when wrapped at `at`: often a little less than `at`.
  auto measured = [&](std::size_t c, std::size_t at, Breaks breaks) {
    std::size_t widest = 0;
    for (const auto& line : cell_lines(columns_[c].header, at, breaks))
      widest = std::max(widest, visible_width(line));
    for (const auto& row : rows_) {
      for (const auto& line : cell_lines(row[c], at, breaks))
        widest = std::max(widest, visible_width(line));
    }
    return widest;
  };
  auto least = [&](std::size_t c, Breaks breaks) {
    std::size_t at_least = std::max(kNarrowest, narrowest(columns_[c].header, breaks));
    for (const auto& row : rows_) at_least = std::max(at_least, narrowest(row[c], breaks));
    return at_least;
  };
  std::vector<Wrap> wraps(n, Wrap{0, Breaks::none});
  std::vector<std::size_t> width(n, 0);
  for (std::size_t c = 0; c < n; ++c) {
    width[c] = measured(c, columns_[c].max_width, Breaks::none);
    if (columns_[c].max_width != 0) wraps[c].width = width[c];
  }
  if (fit_width_ == 0) return wraps;
  auto total = [&] {
    std::size_t sum = 2 * (n > 0 ? n - 1 : 0);
    for (std::size_t c = 0; c < n; ++c) sum += width[c];
    return sum;
  };
  // Words are kept whole while that is enough, then broken after a '-', then anywhere.
  for (const Breaks breaks : {Breaks::none, Breaks::at_hyphens, Breaks::anywhere}) {
    std::vector<std::size_t> floor(n, 0);
    for (std::size_t c = 0; c < n; ++c) floor[c] = least(c, breaks);
    while (total() > fit_width_) {
      std::size_t widest = n;
      for (std::size_t c = 0; c < n; ++c) {
        if (columns_[c].max_width == 0 || width[c] <= floor[c]) continue;
        if (widest == n || width[c] > width[widest]) widest = c;
      }
      if (widest == n) break;
      const std::size_t narrower = measured(widest, width[widest] - 1, breaks);
      if (narrower >= width[widest]) {
        floor[widest] = width[widest];  // styled text, which is never broken
        continue;
      }
      width[widest] = narrower;
      wraps[widest] = {narrower, breaks};
    }
  }
  return wraps;
}

std::string TextTable::render() const {
  const std::size_t n = columns_.size();
  const std::vector<Wrap> wrap_at = column_widths();
  std::vector<std::vector<std::vector<std::string>>> cells;  // row -> column -> lines
  std::vector<std::size_t> widths(n, 0);
  std::vector<std::vector<std::string>> header(n);
  for (std::size_t c = 0; c < n; ++c) {
    header[c] = cell_lines(columns_[c].header, wrap_at[c].width, wrap_at[c].breaks);
    for (const auto& line : header[c]) widths[c] = std::max(widths[c], visible_width(line));
  }
  for (const auto& row : rows_) {
    auto& out = cells.emplace_back();
    for (std::size_t c = 0; c < n; ++c) {
      out.push_back(cell_lines(row[c], wrap_at[c].width, wrap_at[c].breaks));
      for (const auto& line : out.back()) widths[c] = std::max(widths[c], visible_width(line));
    }
  }
  std::string result;
  auto emit = [&](const std::vector<std::vector<std::string>>& row) {
    std::size_t height = 0;
    for (const auto& lines : row) height = std::max(height, lines.size());
    for (std::size_t i = 0; i < height; ++i) {
      std::string line;
      for (std::size_t c = 0; c < n; ++c) {
        if (c > 0) line += "  ";
        line += pad(i < row[c].size() ? row[c][i] : "", widths[c], columns_[c].align);
      }
      trim_right(line);
      result += line + '\n';
    }
  };
  std::vector<std::vector<std::string>> rule;
  for (std::size_t c = 0; c < n; ++c) rule.push_back({std::string(widths[c], '-')});
  emit(header);
  if (!plain_) emit(rule);
  for (const auto& row : cells) emit(row);
  return result;
}

}  // namespace medcareer::ui
