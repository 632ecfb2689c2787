// The readers behind open_records(), one per input format.
#pragma once

#include <istream>
#include <memory>
#include <string>

#include "medcareer/record_reader.h"

namespace medcareer {

// Reads one line (without its '\n') into `line`, keeping at most `limit` bytes of it: the
// rest is skipped and `cut` is set, so a huge line costs no more memory than the limit.
// False at the end of input.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& cut);

std::unique_ptr<RecordReader> csv_records(std::istream& in, const std::string& path,
                                          const Questionnaire& questionnaire,
                                          const CsvOptions& options);
std::unique_ptr<RecordReader> jsonl_records(std::istream& in, const std::string& path,
                                            const Questionnaire& questionnaire);
std::unique_ptr<RecordReader> yaml_records(std::istream& in, const std::string& path,
                                           const Questionnaire& questionnaire);

}  // namespace medcareer
