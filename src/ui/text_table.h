// A table of text rendered to a string, so tests can compare output exactly.
#pragma once

#include <string>
#include <vector>

namespace medcareer::ui {

class TextTable {
 public:
  enum class Align { left, right };

  // Declares a column; `max_width` > 0 wraps the column's cells at that width.
  void add_column(std::string header, Align align = Align::left, std::size_t max_width = 0);
  void add_row(std::vector<std::string> cells);

  // Columns are separated by two spaces; the header is underlined with dashes.
  // Trailing spaces are trimmed from every line.
  std::string render() const;

 private:
  struct Column {
    std::string header;
    Align align;
    std::size_t max_width;
  };
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace medcareer::ui
