// A streaming RFC 4180 CSV reader: one record at a time from large blocks of the input, so a
// million-row export is read in constant memory. Quoted fields may hold commas, doubled
// quotes and line breaks; lines end in LF, CRLF or CR; a UTF-8 byte order mark is skipped.
// Text must be UTF-8. Lines and columns are 1-based, columns counted in bytes like the rest
// of medcareer's positions.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medcareer/error.h"
#include "medcareer/record_reader.h"

namespace medcareer::csv {

// One field of a Row, as a view into the row's text: valid until the row is read into again.
struct Field {
  std::string_view text;  // unquoted; a line break inside quotes reads as "\n"
  int line = 0;           // where the field starts (its opening quote, if quoted)
  int column = 0;
};

struct Limits {
  std::size_t max_field_bytes = 1u << 20;  // a quote left open must not swallow all memory
  std::size_t max_fields = 10000;          // fields kept per record; more are only counted
  std::size_t block_bytes = 1u << 20;      // read at a time; tests make it tiny (at least 4)
  // A record is kept whole in the buffer up to this size, for its excerpt and to go back to
  // the line after a quote that is never closed; a longer one has no excerpt.
  std::size_t max_record_bytes = 16u << 20;
  // A record this long fails and the rest of the input is not read: it is endless text, or
  // a quote left open in a huge file, and reading on would never stop.
  std::size_t max_skip_bytes = 256u << 20;
};

// One record. The kept fields' text is written end to end in one buffer, with where each
// ends, the layout of Record::Pending: a row becomes a record by handing over the buffers
// rather than copying each field again. The buffers are reused from record to record (a
// row handed over takes those the record held), so reading allocates at most once a record.
class Row {
 public:
  using Cell = Record::Pending::Cell;

  std::size_t size() const { return cells_.size(); }
  Field operator[](std::size_t i) const {
    const std::size_t start = i ? cells_[i - 1].end : 0;
    return {std::string_view(text_).substr(start, cells_[i].end - start), cells_[i].line,
            cells_[i].column};
  }
  // Moves the kept fields into `text` and `cells`, with `tail` written after the last one.
  // The row is left empty, with the buffers those held, grown at once to the size of this
  // record when the next one is read.
  void hand_over(std::string& text, std::vector<Cell>& cells, std::string_view tail);

  int line = 0;                // where the record starts
  std::size_t count = 0;       // fields in the record, including any not kept
  std::optional<Error> error;  // the first problem in the record, if any

 private:
  friend class Reader;
  // Starts a field: kept while fewer than `limit` are, else only counted.
  void add(int line_of_field, int column_of_field, std::size_t limit) {
    ++count;
    bytes_ = 0;
    field_line_ = line_of_field;
    field_column_ = column_of_field;
    kept_ = cells_.size() < limit;
    if (kept_) cells_.push_back({text_.size(), line_of_field, column_of_field});
  }
  void append(const char* from, std::size_t size) {
    if (kept_) {
      text_.append(from, size);
      cells_.back().end = text_.size();
    }
    bytes_ += size;
  }
  void clear();

  std::string text_;
  std::vector<Cell> cells_;
  // The field being read: its size so far (also of one not kept), and where it starts.
  std::size_t bytes_ = 0;
  bool kept_ = false;
  int field_line_ = 0, field_column_ = 0;
  // The sizes of the last record handed over, to reserve for the next one at once.
  std::size_t text_hint_ = 0, cells_hint_ = 0;
};

class Reader {
 public:
  // The first record is the header; later records must have as many fields as it does.
  Reader(std::istream& in, std::string path, const Limits& limits = {});

  // Reads the next record into `row`; false at the end of input. Blank lines are skipped. A
  // malformed record comes back with `row.error` set and reading goes on with the next one,
  // except after a quote left open to the end of the input.
  bool next(Row& row);

  const std::string& path() const { return path_; }
  // The record that next() returned, as it is written in the input (lines joined with '\n'),
  // while it is short enough to be kept (Limits::max_record_bytes); empty if not.
  std::string_view source() const;

 private:
  enum class End { comma, line, input };

  End read_plain(Row& row);
  End read_quoted(Row& row);
  End after_closing_quote(Row& row);
  // At a comma or a line break, which ends a field: consumes it and says which.
  std::optional<End> field_ends();
  void check_width(Row& row);
  // At least `bytes` unread in the buffer, unless at EOF.
  bool ensure(std::size_t bytes) { return end_ - pos_ >= bytes || refill(bytes); }
  bool refill(std::size_t bytes);
  void end_line();  // consumes LF, CRLF or CR
  void take_utf8(Row& row);
  void append(Row& row, const char* from, std::size_t size) {
    if (row.bytes_ + size > limits_.max_field_bytes) size = too_long(row);
    row.append(from, size);
  }
  std::size_t too_long(Row& row);  // fails the record; how many more bytes the field takes
  void set_error(Row& row, Position where, std::string message, std::string hint = {});
  // Ends the input here: nothing after this point can be read as records.
  void halt();
  void compact(std::size_t keep);  // drops buffer_[0, keep)
  // After a row whose width is wrong: if a quoted field ran over a line break, the quote
  // was most likely left open, so reading goes back to the line after it.
  void recover(Row& row);
  int column() const { return static_cast<int>(offset_ + pos_ - line_start_) + 1; }
  Position here() const { return {path_, line_, column()}; }

  std::istream& in_;
  std::string path_;
  Limits limits_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0, end_ = 0;  // unread bytes are buffer_[pos_, end_)
  std::size_t offset_ = 0;         // offset in the input of buffer_[0]
  std::size_t line_start_ = 0;     // offset in the input of the current line
  int line_ = 1;
  std::size_t width_ = 0;  // fields in the header; 0 until it is read
  bool started_ = false;   // byte order mark checked
  bool eof_ = false;
  bool halted_ = false;        // a NUL byte, or a record over max_skip_bytes
  std::size_t row_start_ = 0;  // offset in the input of the record being read
  bool keeping_ = false;       // the record is still whole in buffer_, from row_start_
  std::string head_;           // else the start of the record, if it began at head_of_
  std::size_t head_of_ = static_cast<std::size_t>(-1);
  // The first line break inside a quoted field of the record, if any: where its quote
  // opened, and where the line after it starts.
  struct Break {
    int quote_line = 0, quote_column = 0;
    std::size_t offset = 0;  // of the line after the break
    int line = 0;
  };
  std::optional<Break> break_;
};

}  // namespace medcareer::csv
