#include "medcareer/record_reader.h"

#include <cctype>
#include <filesystem>

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

void read_answers(Record& record) {
  if (!record.pending.parser) return;
  const std::shared_ptr<const RecordParser> parser = std::move(record.pending.parser);
  record.answers = parser->parse(record);
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

bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& cut) {
  line.clear();
  cut = false;
  char chunk[1 << 14];
  bool any = false;
  auto keep = [&](std::size_t size) {
    if (cut || line.size() + size > limit) {
      cut = true;
    } else {
      line.append(chunk, size);
    }
  };
  for (;;) {
    in.getline(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    any = any || got > 0;
    if (in.eof()) {  // the last line, without a line break
      keep(got);
      return any;
    }
    if (in.fail()) {  // the chunk is full and the line goes on
      keep(got);
      in.clear();
      continue;
    }
    keep(got - 1);  // without the '\n'
    return true;
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
