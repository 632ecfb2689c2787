// A streaming RFC 4180 CSV reader: one record at a time from large blocks of the input, so a
// million-row export is read in constant memory. Quoted fields may hold commas, doubled
// quotes and line breaks; lines end in LF, CRLF or CR; a UTF-8 byte order mark is skipped.
// Text must be UTF-8. Lines and columns are 1-based, columns counted in bytes like the rest
// of medcareer's positions.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "medcareer/error.h"

namespace medcareer::csv {

struct Field {
  std::string text;  // unquoted; a line break inside quotes reads as "\n"
  int line = 0;      // where the field starts (its opening quote, if quoted)
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

// One record. Its fields are reused from record to record so the reading loop does not
// allocate once the first records have been read.
class Row {
 public:
  std::size_t size() const { return kept_; }
  const Field& operator[](std::size_t i) const { return fields_[i]; }
  const Field* begin() const { return fields_.data(); }
  const Field* end() const { return fields_.data() + kept_; }

  int line = 0;                // where the record starts
  std::size_t count = 0;       // fields in the record, including any not kept
  std::optional<Error> error;  // the first problem in the record, if any

 private:
  friend class Reader;
  Field& add(int line, int column, std::size_t limit);
  void clear();

  std::vector<Field> fields_;
  std::size_t kept_ = 0;
  Field overflow_;  // takes the fields beyond the limit
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

  End read_plain(Row& row, Field& field);
  End read_quoted(Row& row, Field& field);
  End after_closing_quote(Row& row, Field& field);
  // At a comma or a line break, which ends a field: consumes it and says which.
  std::optional<End> field_ends();
  void check_width(Row& row);
  bool ensure(std::size_t bytes);  // at least `bytes` unread in the buffer, unless at EOF
  void end_line();                 // consumes LF, CRLF or CR
  void take_utf8(Row& row, Field& field);
  void append(Row& row, Field& field, const char* from, std::size_t size);
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
