// Reads every record of a text and describes each on one line, so a test can compare a whole
// file's outcome in one CHECK and a failure shows all of it.
#pragma once

#include <cmath>
#include <sstream>
#include <string>

#include "medcareer/record_reader.h"
#include "questionnaire/test_questionnaire.h"

namespace medcareer::testing {

// `ID: question=value ...` for a good record, `ID: ERROR path:line:col: message` for a bad one.
inline std::string describe(const Record& record) {
  std::string out = record.id + ":";
  if (!record.answers) return out + " ERROR " + record.answers.error().to_string();
  for (const auto& a : record.answers.value().answers) {
    out += " " + a.question + "=";
    if (const auto* one = std::get_if<std::string>(&a.value)) {
      out += *one;
    } else if (const auto* many = std::get_if<std::vector<std::string>>(&a.value)) {
      for (std::size_t i = 0; i < many->size(); ++i) out += (i ? "+" : "") + (*many)[i];
    } else {
      out += std::to_string(std::lround(std::get<double>(a.value)));
    }
  }
  return out;
}

inline std::string read_records(const std::string& text, InputFormat format,
                                const std::string& path, const CsvOptions& csv = {}) {
  std::istringstream in(text);
  auto reader = open_records(in, path, format, small_questionnaire(), csv);
  std::string out;
  Record record;
  while (reader->next(record)) out += describe(record) + "\n";
  return out;
}

}  // namespace medcareer::testing
