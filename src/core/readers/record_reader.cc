#include "medcareer/record_reader.h"

#include <cctype>
#include <cstring>
#include <filesystem>
#include <new>

#include "readers/record_readers.h"

namespace medcareer {

RecordReader::~RecordReader() = default;
RecordParser::~RecordParser() = default;

Record Record::failed(Error error, std::string id) {
  Record record;
  record.where = error.where;
  record.answers = std::move(error);
  record.id = std::move(id);
  return record;
}

bool RecordReader::next(Record& out) {
  out.pending.parser.reset();  // `out` may hold a record that split() left pending
  if (!split(out)) return false;
  read_answers(out);
  return true;
}

std::string_view RecordParser::source(const Record& record) const {
  return record.pending.text;
}

bool RecordParser::read_indexed(const Record&, IndexedAnswers&, std::string_view&) const {
  return false;
}

void read_answers(Record& record) {
  if (!record.pending.parser) return;
  const std::shared_ptr<const RecordParser> parser = std::move(record.pending.parser);
  try {
    record.answers = parser->parse(record);
  } catch (const std::bad_alloc&) {
    // A record that needs more memory than there is fails alone; the run goes on.
    record.answers = Error{record.where, "not enough memory to read this record", ""};
  }
  if (!record.answers.ok()) {
    Error error = record.answers.error();
    keep_line(error, parser->source(record), record.where.line);
    record.answers = std::move(error);
  }
}

std::string_view format_name(InputFormat format) {
  switch (format) {
    case InputFormat::yaml:
      return "yaml";
    case InputFormat::csv:
      return "csv";
    case InputFormat::jsonl:
      return "jsonl";
  }
  return "?";
}

namespace {

std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// A first line like `questionnaire: career` or `respondent:`: a plain key and a colon.
bool looks_like_yaml_key(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() &&
         (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '-')) {
    ++i;
  }
  return i > 0 && i < line.size() && line[i] == ':' &&
         (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t' || line[i + 1] == '\r');
}

}  // namespace

std::optional<InputFormat> detect_format(const std::string& path, std::string_view first_bytes) {
  const std::string extension = lower(std::filesystem::path(path).extension().string());
  if (extension == ".yaml" || extension == ".yml") return InputFormat::yaml;
  if (extension == ".csv") return InputFormat::csv;
  if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") {
    return InputFormat::jsonl;
  }
  // Without a telling name (standard input, a download called `export`), the first line
  // decides: JSON starts with '{', YAML with a marker, a comment or `key:`, a CSV header
  // has commas.
  std::string_view text = first_bytes;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return std::nullopt;
  text.remove_prefix(start);
  const std::string_view line = text.substr(0, text.find('\n'));
  if (line.starts_with('{')) return InputFormat::jsonl;
  if (line.starts_with("---") || line.starts_with('#') || line.starts_with('%') ||
      looks_like_yaml_key(line)) {
    return InputFormat::yaml;
  }
  if (line.find(',') != std::string_view::npos || line.starts_with('"')) return InputFormat::csv;
  return std::nullopt;
}

// Blocks start small and double while the input fills them: a folder of ten thousand
// small answers files cleared 64 KiB for each file, which cost more than reading it.
constexpr std::size_t kFirstBlock = 4u << 10, kLargestBlock = 64u << 10;

LineReader::LineReader(std::istream& in, std::size_t limit, std::size_t max_skip)
    : in_(in), limit_(limit), max_skip_(max_skip), buffer_(kFirstBlock) {}

bool LineReader::fill() {
  if (eof_ || !halted_.empty()) return false;
  if (end_ == buffer_.size() && buffer_.size() < kLargestBlock) buffer_.resize(2 * buffer_.size());
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  pos_ = 0;
  end_ = static_cast<std::size_t>(in_.gcount());
  if (!in_) eof_ = true;
  return end_ > 0;
}

bool LineReader::next(std::string& line, bool& cut) {
  line.clear();
  cut = false;
  if (!halted_.empty()) return false;
  bool any = false;
  std::size_t length = 0;  // of the line, kept or not
  for (;;) {
    if (pos_ == end_ && !fill()) {
      if (any) ++lines_;
      return any;
    }
    if (skip_lf_) {
      skip_lf_ = false;
      if (buffer_[pos_] == '\n') {
        ++pos_;
        continue;
      }
    }
    const char* from = buffer_.data() + pos_;
    const auto available = end_ - pos_;
    const void* lf = std::memchr(from, '\n', available);
    const std::size_t to_lf =
        lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - from) : available;
    const void* cr = std::memchr(from, '\r', to_lf);
    const std::size_t size =
        cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - from) : to_lf;
    any = true;
    if (std::memchr(from, '\0', size) != nullptr) {
      halted_ = "a NUL byte: this is not a text file; the rest of it is not read";
      ++lines_;
      return true;
    }
    length += size;
    if (cut || line.size() + size > limit_) {
      cut = true;
    } else {
      line.append(from, size);
    }
    pos_ += size;
    if (length > max_skip_) {
      halted_ = "a line longer than " + std::to_string(max_skip_) +
                " bytes; the rest of the input is not read";
      ++lines_;
      return true;
    }
    if (pos_ < end_) {  // at a line end
      skip_lf_ = buffer_[pos_] == '\r';
      ++pos_;
      ++lines_;
      return true;
    }
  }
}

std::unique_ptr<RecordReader> open_records(std::istream& in, const std::string& path,
                                           InputFormat format, const Questionnaire& questionnaire,
                                           const CsvOptions& csv) {
  switch (format) {
    case InputFormat::csv:
      return csv_records(in, path, questionnaire, csv);
    case InputFormat::jsonl:
      return jsonl_records(in, path, questionnaire);
    case InputFormat::yaml:
      break;
  }
  return yaml_records(in, path, questionnaire);
}

}  // namespace medcareer
