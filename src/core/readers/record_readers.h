// The readers behind open_records(), one per input format.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "medcareer/record_reader.h"

namespace medcareer {

// The lines of an input, each ending in LF, CRLF or CR alone (old Mac files), so that no
// line end is read as part of one huge line.
class LineReader {
 public:
  // A line keeps at most `limit` bytes; past `max_skip` bytes of one line, or at a NUL byte
  // (a binary file, /dev/zero), the input is not read any further: an endless input stops.
  LineReader(std::istream& in, std::size_t limit, std::size_t max_skip = 256u << 20);

  // Reads one line (without its end) into `line`: at most `limit` bytes of it are kept, the
  // rest is skipped and `cut` is set, so a huge line costs no more memory than the limit.
  // False at the end of input.
  bool next(std::string& line, bool& cut);
  // Why reading stopped early, if it did ("a NUL byte: ..."), for the record it stopped in.
  const std::string& halted() const { return halted_; }
  int lines() const { return lines_; }  // read so far

 private:
  bool fill();

  std::istream& in_;
  std::size_t limit_, max_skip_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  bool skip_lf_ = false;  // the last line ended in CR: a LF right after it is part of that end
  std::string halted_;
  int lines_ = 0;
};

std::unique_ptr<RecordReader> csv_records(std::istream& in, const std::string& path,
                                          const Questionnaire& questionnaire,
                                          const CsvOptions& options);
std::unique_ptr<RecordReader> jsonl_records(std::istream& in, const std::string& path,
                                            const Questionnaire& questionnaire);
std::unique_ptr<RecordReader> yaml_records(std::istream& in, const std::string& path,
                                           const Questionnaire& questionnaire);

}  // namespace medcareer
