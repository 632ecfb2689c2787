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

// A cell's lines: wrapped when the column has a maximum width.
std::vector<std::string> cell_lines(const std::string& cell, std::size_t max_width) {
  if (max_width == 0 || visible_width(cell) <= max_width) return split_lines(cell);
  std::string wrapped = wrap(cell, max_width);
  wrapped.pop_back();  // wrap ends with '\n'
  return split_lines(wrapped);
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

std::string TextTable::render() const {
  const std::size_t n = columns_.size();
  std::vector<std::vector<std::vector<std::string>>> cells;  // row -> column -> lines
  std::vector<std::size_t> widths(n, 0);
  for (std::size_t c = 0; c < n; ++c) widths[c] = visible_width(columns_[c].header);
  for (const auto& row : rows_) {
    auto& out = cells.emplace_back();
    for (std::size_t c = 0; c < n; ++c) {
      out.push_back(cell_lines(row[c], columns_[c].max_width));
      for (const auto& line : out.back()) widths[c] = std::max(widths[c], visible_width(line));
    }
  }
  std::string result;
  auto emit = [&](const std::vector<std::string>& line_cells) {
    std::string line;
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) line += "  ";
      line += pad(line_cells[c], widths[c], columns_[c].align);
    }
    trim_right(line);
    result += line + '\n';
  };
  std::vector<std::string> header, rule;
  for (std::size_t c = 0; c < n; ++c) {
    header.push_back(columns_[c].header);
    rule.emplace_back(widths[c], '-');
  }
  emit(header);
  emit(rule);
  for (const auto& row : cells) {
    std::size_t height = 0;
    for (const auto& lines : row) height = std::max(height, lines.size());
    for (std::size_t i = 0; i < height; ++i) {
      std::vector<std::string> line_cells;
      line_cells.reserve(row.size());
      for (const auto& lines : row) line_cells.push_back(i < lines.size() ? lines[i] : "");
      emit(line_cells);
    }
  }
  return result;
}

}  // namespace medcareer::ui
