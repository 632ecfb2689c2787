// Streaming readers for survey exports (`medcareer score`): CSV, JSON Lines and
// multi-document YAML, turned into one AnswerSet per respondent, one record at a time.
// Memory stays flat however many rows a file has, and a bad record is reported on its own
// so it never costs the good ones.
#pragma once

#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "medcareer/answers.h"
#include "medcareer/error.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

// One respondent. A record whose answers failed to read or check carries the Error,
// positioned at the offending cell, value or document where that is known.
struct Record {
  Result<AnswerSet> answers = Error{};
  std::string id;  // what to call it in output: the respondent's label, else PATH:LINE / PATH#N
  Position where;  // where the record starts
};

class RecordReader {
 public:
  virtual ~RecordReader();
  // Reads the next record into `out`; false at the end of input. A problem with the file as a
  // whole (an unusable CSV header, an empty file) comes back as one failed record, after
  // which there are no more.
  virtual bool next(Record& out) = 0;
};

enum class InputFormat { yaml, csv, jsonl };

std::string_view format_name(InputFormat format);

// By extension (.yaml/.yml, .csv, .jsonl/.ndjson/.json, in any case), else by the first
// bytes of the file; nullopt when neither tells.
std::optional<InputFormat> detect_format(const std::string& path, std::string_view first_bytes);

struct CsvOptions {
  // The header of the column that labels each respondent (e.g. "Email"), matched
  // case-insensitively; empty: records are called PATH:LINE.
  std::string id_column;
};

// A reader over `in`, which must outlive it. `path` is only used in ids and messages.
std::unique_ptr<RecordReader> open_records(std::istream& in, const std::string& path,
                                           InputFormat format, const Questionnaire& questionnaire,
                                           const CsvOptions& csv = {});

}  // namespace medcareer
