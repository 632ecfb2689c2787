// The readers behind open_records(), one per input format.
#pragma once

#include <istream>
#include <memory>
#include <string>

#include "medcareer/record_reader.h"

namespace medcareer {

std::unique_ptr<RecordReader> csv_records(std::istream& in, const std::string& path,
                                          const Questionnaire& questionnaire,
                                          const CsvOptions& options);
std::unique_ptr<RecordReader> jsonl_records(std::istream& in, const std::string& path,
                                            const Questionnaire& questionnaire);
std::unique_ptr<RecordReader> yaml_records(std::istream& in, const std::string& path,
                                           const Questionnaire& questionnaire);

}  // namespace medcareer
