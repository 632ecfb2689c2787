// A table of text rendered to a string, so tests can compare output exactly.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace medcareer::ui {

class TextTable {
 public:
  enum class Align { left, right };
  // How far fit() may break words: not at all, after a '-', or anywhere.
  enum class Breaks { none, at_hyphens, anywhere };
  // The `max_width` of a column that wraps only when the table must fit a width.
  static constexpr std::size_t kAnyWidth = std::numeric_limits<std::size_t>::max();

  // Declares a column; `max_width` > 0 wraps the column's cells at that width, and lets
  // fit() narrow the column further.
  void add_column(std::string header, Align align = Align::left, std::size_t max_width = 0);
  void add_row(std::vector<std::string> cells);

  // Makes render() keep every line within `width` columns where it can: the widest
  // wrapping column is narrowed first, one column at a time, down to its longest word.
  // Only when that is not enough are words broken: first after a '-', then anywhere.
  // Columns that do not wrap are never narrowed, so a table of them may stay wider.
  void fit(std::size_t width) { fit_width_ = width; }
  // Plain (for a screen reader): no line of dashes under the header.
  void plain(bool plain) { plain_ = plain; }

  // Columns are separated by two spaces; the header is underlined with dashes (unless
  // plain).
  // Trailing spaces are trimmed from every line.
  std::string render() const;

 private:
  struct Column {
    std::string header;
    Align align;
    std::size_t max_width;
  };
  struct Wrap {
    std::size_t width;  // 0: the column does not wrap
    Breaks breaks;
  };
  std::vector<Wrap> column_widths() const;

  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
  std::size_t fit_width_ = 0;  // 0: no width to fit
  bool plain_ = false;
};

}  // namespace medcareer::ui
