// Multi-document YAML: answers files joined with `---`, one respondent per document.
// yaml-cpp's LoadAll would hold the whole stream and give up on all of it at the first broken
// document, so the stream is cut at its document markers and each document is parsed on
// its own: a broken one costs only itself, and memory holds one document at a time.
#include "readers/answers_yaml.h"
#include "readers/record_readers.h"
#include "readers/yaml_reader.h"

namespace medcareer {

namespace {

// A line that is `MARKER` alone or followed by a space, tab or comment.
bool is_marker(std::string_view line, std::string_view marker) {
  return line.starts_with(marker) && (line.size() == marker.size() || line[marker.size()] == ' ' ||
                                      line[marker.size()] == '\t');
}

// Whether the document holds nothing but comments, directives and markers (the text before a
// first `---`, or an empty document between two of them).
bool is_blank(std::string_view document) {
  while (!document.empty()) {
    const std::size_t end = document.find('\n');
    std::string_view line = document.substr(0, end);
    document.remove_prefix(end == std::string_view::npos ? document.size() : end + 1);
    if (is_marker(line, "---")) line.remove_prefix(3);
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#' && line[first] != '%') return false;
  }
  return true;
}

// Positions inside a document are counted from its first line; this makes them the file's.
Position shifted(Position where, int lines) {
  if (where.line > 0) where.line += lines;
  return where;
}

// Reads the document of one record, on whichever thread read_answers() runs.
class YamlParser final : public RecordParser {
 public:
  YamlParser(const std::string& path, const Questionnaire& questionnaire,
             const yaml::Limits& limits)
      : path_(path), questionnaire_(questionnaire), limits_(limits) {}

  bool read_indexed(const Record& record, IndexedAnswers& out,
                    std::string_view& respondent) const override {
    return record.pending.text.size() <= limits_.max_bytes &&
           index_yaml_answers(record.pending.text, questionnaire_, out, respondent);
  }

  Result<AnswerSet> parse(Record& record) const override {
    return catch_errors([&] {
      const int offset = record.where.line - 1;
      AnswerSet set;
      try {
        set = answers_from_node(path_, yaml::parse(path_, record.pending.text, limits_));
      } catch (const ErrorException& e) {
        Error error = e.error();
        error.where = shifted(error.where, offset);
        throw ErrorException(std::move(error));
      }
      set.where = shifted(set.where, offset);
      for (auto& a : set.answers) a.where = shifted(a.where, offset);
      if (!set.respondent.empty()) record.id = set.respondent;
      resolve_answers(set, questionnaire_);
      return set;
    });
  }

 private:
  std::string path_;
  const Questionnaire& questionnaire_;
  yaml::Limits limits_;
};

// Cuts the stream at its document markers; YamlParser reads the documents.
class YamlRecords final : public RecordReader {
 public:
  YamlRecords(std::istream& in, const std::string& path, const Questionnaire& questionnaire)
      : lines_(in, limits_.max_bytes),
        path_(path),
        parser_(std::make_shared<YamlParser>(path, questionnaire, limits_)) {}

  bool split(Record& out) override {
    while (read_document()) {
      if (lines_.halted().empty() && !too_long_ && is_blank(document_)) continue;
      ++number_;
      out.where = {path_, first_line_, 1};
      out.id = path_ + "#" + std::to_string(number_);
      if (!lines_.halted().empty()) {
        out.answers = Error{out.where, lines_.halted(), ""};
        return true;
      }
      if (too_long_) {
        out.answers = Error{
            out.where,
            "document is over " + std::to_string(limits_.max_bytes) + " bytes (the limit)", ""};
        return true;
      }
      out.pending.text = std::move(document_);
      out.pending.parser = parser_;
      document_ = std::string();
      return true;
    }
    if (number_ == 0 && !told_empty_) {  // an empty file is a mistake, not zero respondents
      told_empty_ = true;
      out = Record::failed(
          Error{{path_, 1, 1}, "no answers in this file: it is empty or has only comments", ""},
          path_);
      return true;
    }
    return false;
  }

 private:
  // Collects the lines up to the next `---` or `...` into `document_`; false at the end.
  bool read_document() {
    if (at_end_) return false;
    document_.clear();
    too_long_ = false;
    first_line_ = line_number_ + 1;
    if (!marker_.empty()) {  // the `---` that ended the last document starts this one
      document_ = marker_ + '\n';
      marker_.clear();
      first_line_ = line_number_;
    }
    bool cut = false;
    std::size_t skipped = 0;  // of a document over the limit
    while (lines_.next(line_, cut)) {
      too_long_ = too_long_ || cut;  // a line alone over the limit
      ++line_number_;
      if (!lines_.halted().empty()) break;
      // A byte order mark starts a file: in the middle of a stream, files were joined with
      // `cat`, and the next one starts a document of its own.
      const bool joined = line_.starts_with("\xEF\xBB\xBF");
      if (joined) line_.erase(0, 3);
      if (joined && line_number_ > 1 && !is_blank(document_)) {
        marker_ = line_;  // the first line of the next document
        return true;
      }
      if (is_marker(line_, "---") && !document_.empty()) {
        marker_ = line_;
        return true;
      }
      if (is_marker(line_, "...")) return true;
      if (document_.size() + line_.size() >= limits_.max_bytes) {
        too_long_ = true;  // keep counting lines to find the next document, for a while
        skipped += line_.size() + 1;
        if (skipped > kMaxSkip) break;
        continue;
      }
      document_ += line_;
      document_ += '\n';
    }
    at_end_ = true;
    return !document_.empty() || too_long_ || !lines_.halted().empty();
  }

  static constexpr std::size_t kMaxSkip = 256u << 20;  // then the rest is not read

  yaml::Limits limits_;
  LineReader lines_;
  std::string path_;
  std::shared_ptr<const YamlParser> parser_;
  std::string line_, marker_, document_;
  int line_number_ = 0;
  int first_line_ = 1;  // of document_
  int number_ = 0;      // documents read, blank ones not counted
  bool too_long_ = false;
  bool at_end_ = false;
  bool told_empty_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> yaml_records(std::istream& in, const std::string& path,
                                           const Questionnaire& questionnaire) {
  return std::make_unique<YamlRecords>(in, path, questionnaire);
}

}  // namespace medcareer
