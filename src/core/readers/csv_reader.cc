#include "readers/csv_reader.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "base/utf8.h"
#include "readers/csv_scan.h"

namespace medcareer::csv {

namespace {

constexpr std::size_t kHeadBytes = 4096;  // kept of a record too long to keep whole

const char* const kQuoteHint = "a '\"' inside a quoted field is written twice (\"\")";

std::string fields(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " field" : " fields");
}

}  // namespace

void Row::clear() {
  text_.clear();
  cells_.clear();
  // A row handed over got the buffers of the record it went to, empty when that record was
  // new: they are sized at once for a record like the last one, not grown field by field.
  text_.reserve(text_hint_);
  cells_.reserve(cells_hint_);
  count = 0;
  line = 0;
  error.reset();
}

void Row::hand_over(std::string& text, std::vector<Cell>& cells, std::string_view tail) {
  if (text_.size() + tail.size() > text_.capacity()) {
    // Grown to the size of the record and no more (std::string would double it): the record
    // keeps this buffer while it waits to be scored, as hundreds of others may.
    std::string grown;
    grown.reserve(text_.size() + tail.size());
    grown += text_;
    text_.swap(grown);
  }
  text_.append(tail);
  text_hint_ = text_.size();
  cells_hint_ = cells_.size();
  text.swap(text_);
  cells.swap(cells_);
  text_.clear();  // what `text` and `cells` held before, kept for its capacity alone
  cells_.clear();
}

Reader::Reader(std::istream& in, std::string path, const Limits& limits)
    : in_(in),
      path_(std::move(path)),
      limits_(limits),
      buffer_(std::max<std::size_t>(limits.block_bytes, 4)) {}

bool Reader::next(Row& row) {
  row.clear();
  if (!started_) {
    started_ = true;
    if (ensure(3) && std::memcmp(buffer_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) {
      pos_ += 3;
      line_start_ = offset_ + pos_;
    }
  }
  keeping_ = false;
  for (;;) {  // blank lines carry no record
    row_start_ = offset_ + pos_;
    if (!ensure(1)) return false;
    const char c = buffer_[pos_];
    if (c != '\n' && c != '\r') break;
    end_line();
  }
  row.line = line_;
  keeping_ = true;
  break_.reset();
  // Once the header's width is known, one extra field is enough to point at.
  const std::size_t limit = width_ ? std::min(width_ + 1, limits_.max_fields) : limits_.max_fields;
  for (;;) {
    row.add(line_, column(), limit);
    const End end = buffer_[pos_] == '"' ? read_quoted(row) : read_plain(row);
    if (end != End::comma) break;
    if (!ensure(1)) {  // "a,b," at the very end: an empty last field
      row.add(line_, column(), limit);
      break;
    }
  }
  if (halted_ && offset_ + pos_ - row_start_ > limits_.max_skip_bytes) {
    row.error = Error{{path_, row.line, 1},
                      "record is longer than " + std::to_string(limits_.max_skip_bytes) +
                          " bytes; the rest of the input is not read",
                      kQuoteHint};
    return true;
  }
  check_width(row);
  recover(row);
  return true;
}

std::string_view Reader::source() const {
  std::string_view text;
  if (keeping_ && row_start_ >= offset_) {
    text = {buffer_.data() + (row_start_ - offset_), offset_ + pos_ - row_start_};
  } else if (head_of_ == row_start_) {
    text = head_;
    text = text.substr(0, text.find('\n'));  // its first line alone; the rest is cut
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

void Reader::recover(Row& row) {
  if (!break_ || !row.error || halted_ || !keeping_ || break_->offset < offset_) return;
  // What a quote left open looks like: the input or a later quote ends the field, and the
  // row it swallowed has the wrong width or text after that quote.
  const std::string& message = row.error->message;
  const bool unclosed = message.starts_with("quoted field is never closed");
  if (!unclosed && !message.starts_with("unexpected text after a closing quote") &&
      !(width_ > 0 && row.count != width_)) {
    return;
  }
  const int last_line = line_ > break_->line ? line_ - 1 : line_;
  row.error = Error{{path_, break_->quote_line, break_->quote_column},
                    unclosed ? message
                             : "a quote that is never closed on its line: the row ran on to line " +
                                   std::to_string(last_line),
                    kQuoteHint};
  // The lines after the quote are read again as rows of their own.
  pos_ = break_->offset - offset_;
  line_ = break_->line;
  line_start_ = break_->offset;
}

Reader::End Reader::read_plain(Row& row) {
  for (;;) {
    const std::size_t start = pos_;
    pos_ = static_cast<std::size_t>(
        scan::text_end<','>(buffer_.data() + start, buffer_.data() + end_) - buffer_.data());
    if (pos_ > start) append(row, buffer_.data() + start, pos_ - start);
    if (pos_ == end_) {
      if (!ensure(1)) return End::input;
      continue;
    }
    if (auto end = field_ends()) return *end;
    take_utf8(row);
  }
}

std::optional<Reader::End> Reader::field_ends() {
  const char c = buffer_[pos_];
  if (c == ',') {
    ++pos_;
    return End::comma;
  }
  if (c == '\n' || c == '\r') {
    end_line();
    return End::line;
  }
  return std::nullopt;
}

Reader::End Reader::read_quoted(Row& row) {
  // Kept as numbers: a Position would copy the path for every quoted field.
  const int open_line = line_, open_column = column();
  ++pos_;
  for (;;) {
    const std::size_t start = pos_;
    pos_ = static_cast<std::size_t>(
        scan::text_end<'"'>(buffer_.data() + start, buffer_.data() + end_) - buffer_.data());
    if (pos_ > start) append(row, buffer_.data() + start, pos_ - start);
    if (pos_ == end_) {
      if (ensure(1)) continue;
      // Nothing after this point can be trusted to start a record, so reading stops here.
      row.error = Error{{path_, open_line, open_column},
                        "quoted field is never closed: the file ends inside it",
                        kQuoteHint};
      return End::input;
    }
    const char c = buffer_[pos_];
    if (c == '"') {
      if (ensure(2) && buffer_[pos_ + 1] == '"') {
        append(row, "\"", 1);
        pos_ += 2;
        continue;
      }
      ++pos_;
      return after_closing_quote(row);
    }
    if (c == '\n' || c == '\r') {
      end_line();
      if (!break_) break_ = Break{open_line, open_column, offset_ + pos_, line_};
      append(row, "\n", 1);
      continue;
    }
    take_utf8(row);
  }
}

Reader::End Reader::after_closing_quote(Row& row) {
  if (!ensure(1)) return End::input;
  if (auto end = field_ends()) return *end;
  set_error(row, here(), "unexpected text after a closing quote", kQuoteHint);
  // Reading the rest as plain text keeps the record ending where the writer meant it to.
  return read_plain(row);
}

void Reader::check_width(Row& row) {
  if (width_ == 0) {
    width_ = row.count;
    return;
  }
  if (row.count == width_) return;
  std::string message =
      "row has " + fields(row.count) + ", but the header has " + std::to_string(width_);
  if (row.count > width_ && row.size() > width_) {
    const Field extra = row[width_];
    set_error(row, {path_, extra.line, extra.column}, std::move(message),
              "a value that contains a comma must be in double quotes");
  } else {
    set_error(row, {path_, row.line, 1}, std::move(message));
  }
}

bool Reader::refill(std::size_t bytes) {
  if (eof_) return false;
  if (offset_ + pos_ - row_start_ > limits_.max_skip_bytes) {
    halt();
    return false;
  }
  // The record being read stays in the buffer from its start while it fits the limit.
  compact(keeping_ && row_start_ >= offset_ ? row_start_ - offset_ : pos_);
  if (buffer_.size() - end_ < bytes - (end_ - pos_)) {
    if (keeping_ && buffer_.size() < limits_.max_record_bytes) {
      buffer_.resize(
          std::max(std::min(buffer_.size() * 2, limits_.max_record_bytes), end_ + bytes));
    } else {
      // Too long to keep whole: its start is kept for the excerpt of an error.
      if (row_start_ >= offset_) {
        head_.assign(buffer_.data() + (row_start_ - offset_),
                     std::min<std::size_t>(kHeadBytes, offset_ + pos_ - row_start_));
        head_of_ = row_start_;
      }
      keeping_ = false;
      compact(pos_);
    }
  }
  while (end_ - pos_ < bytes && !eof_) {
    in_.read(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
    end_ += static_cast<std::size_t>(in_.gcount());
    if (!in_) eof_ = true;
  }
  return end_ - pos_ >= bytes;
}

void Reader::compact(std::size_t keep) {
  std::memmove(buffer_.data(), buffer_.data() + keep, end_ - keep);
  offset_ += keep;
  end_ -= keep;
  pos_ -= keep;
}

void Reader::halt() {
  halted_ = true;
  eof_ = true;
  end_ = pos_;
}

void Reader::end_line() {
  if (buffer_[pos_] == '\r' && ensure(2) && buffer_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
  line_start_ = offset_ + pos_;
}

void Reader::take_utf8(Row& row) {
  ensure(4);  // fewer may be left at the end of the input; the check below sees that
  const std::size_t available = std::min<std::size_t>(4, end_ - pos_);
  const std::size_t length = utf8_sequence_length({buffer_.data() + pos_, available});
  if (buffer_[pos_] == '\0') {  // a binary file, or an endless one like /dev/zero
    set_error(row, here(), "a NUL byte: this is not a text file; the rest of it is not read");
    halt();
    return;
  }
  if (length == 0) {
    const auto byte = static_cast<unsigned char>(buffer_[pos_]);
    set_error(row, here(), "invalid UTF-8 (byte " + std::to_string(byte) + ")",
              "save the file as UTF-8");
    ++pos_;
    return;
  }
  append(row, buffer_.data() + pos_, length);
  pos_ += length;
}

std::size_t Reader::too_long(Row& row) {
  set_error(
      row, {path_, row.field_line_, row.field_column_},
      "field is longer than " + std::to_string(limits_.max_field_bytes) + " bytes (the limit)");
  return limits_.max_field_bytes - row.bytes_;  // the same text whatever the blocks
}

void Reader::set_error(Row& row, Position where, std::string message, std::string hint) {
  if (!row.error) row.error = Error{std::move(where), std::move(message), std::move(hint)};
}

}  // namespace medcareer::csv
