// Streaming readers for survey exports (`medcareer score`): CSV, JSON Lines and
// multi-document YAML, turned into one AnswerSet per respondent, one record at a time.
// Memory stays flat however many rows a file has, and a bad record is reported on its own
// so it never costs the good ones.
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medcareer/answers.h"
#include "medcareer/error.h"
#include "medcareer/indexed_answers.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

class RecordParser;

// One respondent. A record whose answers failed to read or check carries the Error,
// positioned at the offending cell, value or document where that is known.
struct Record {
  Result<AnswerSet> answers = Error{};
  std::string id;  // what to call it in output: the respondent's label, else PATH:LINE / PATH#N
  Position where;  // where the record starts

  // What RecordReader::split() leaves for read_answers(): the record's text as it was cut from the
  // input, and the parser that reads its answers (none once they are read).
  struct Pending {
    struct Cell {
      std::size_t end = 0;  // where the cell ends in `text`; it starts where the last one ended
      int line = 0;         // where it starts in the file
      int column = 0;
    };
    std::string text;         // a JSON line, a YAML document, or a CSV row's cells end to end
    std::vector<Cell> cells;  // CSV only
    std::shared_ptr<const RecordParser> parser;
  } pending;

  // A record for a problem with a whole input (an empty file, an unusable CSV header).
  static Record failed(Error error, std::string id);
};

// Reads the answers of records that a RecordReader has cut from its input. One parser serves
// every record of one input, may outlive its reader, and may be used from several threads at
// once: reading and checking answers is most of the work of reading a file, and this way it
// can run on every core while one thread cuts records from the file.
class RecordParser {
 public:
  virtual ~RecordParser();
  // The answers of `record`, from record.pending; may rename record.id after the respondent.
  virtual Result<AnswerSet> parse(Record& record) const = 0;
  // The answers of `record`, from record.pending, laid out straight into `out`, and the
  // respondent's label (empty when none), with no AnswerSet built: true when every answer is
  // one the reader can index as it is (an option by its id or label, a number in range), and
  // then the same answers as parse() gives. False when parse() must read the record, which
  // also reports what is wrong with it. Readers that index nothing keep this default.
  virtual bool read_indexed(const Record& record, IndexedAnswers& out,
                            std::string_view& respondent) const;
  // The record as written, from the line where it starts (record.where.line), for the
  // excerpt of an error: the text of a JSON line or a YAML document, the row of a CSV file.
  virtual std::string_view source(const Record& record) const;
};

// Reads the answers that split() left pending, if any; safe on several records at once. The
// text stays with the record, to be freed with it by the thread that split it: with glibc,
// freeing memory that another thread allocated takes a lock on that thread's arena.
void read_answers(Record& record);

class RecordReader {
 public:
  virtual ~RecordReader();
  // Reads the next record into `out`; false at the end of input. A problem with the file as a
  // whole (an unusable CSV header, an empty file) comes back as one failed record, after
  // which there are no more.
  bool next(Record& out);
  // next() without reading the answers, where that can wait: `out` may come back pending,
  // to be read by read_answers() on any thread. Records come in input order either way.
  virtual bool split(Record& out) = 0;
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
  // Told of a column that answers no question but whose header is close to a question's id
  // (`patient_contct`), which would otherwise be ignored without a word.
  std::function<void(const Error&)> warn;
};

// A reader over `in`, which must outlive it. `path` is only used in ids and messages.
std::unique_ptr<RecordReader> open_records(std::istream& in, const std::string& path,
                                           InputFormat format, const Questionnaire& questionnaire,
                                           const CsvOptions& csv = {});

}  // namespace medcareer
