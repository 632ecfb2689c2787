// Survey exports in CSV (Google Forms, Microsoft Forms, a spreadsheet): a header row, then
// one respondent per row. Form tools title columns with the question's prompt and write the
// chosen option's label, so both are accepted beside the ids `quiz --save` uses.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "medcareer/suggest.h"
#include "readers/csv_columns.h"
#include "readers/csv_reader.h"
#include "readers/record_readers.h"

namespace medcareer {

namespace {

using namespace csv_columns;

// Reads the cells of one row, on whichever thread read_answers() runs.
class CsvParser final : public RecordParser {
 public:
  CsvParser(std::vector<Column> columns, std::size_t answered_columns,
            std::optional<std::size_t> id_column, const Questionnaire& questionnaire)
      : columns_(std::move(columns)),
        answered_columns_(answered_columns),
        id_column_(id_column),
        questionnaire_(questionnaire) {}

  std::string_view source(const Record& record) const override {
    const Record::Pending& row = record.pending;
    return std::string_view(row.text).substr(row.cells.empty() ? 0 : row.cells.back().end);
  }

  bool read_indexed(const Record& record, IndexedAnswers& out,
                    std::string_view& respondent) const override {
    const Record::Pending& row = record.pending;
    out.clear(questionnaire_.questions.size());
    respondent = {};
    std::size_t start = 0;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const std::string_view text =
          trim(std::string_view(row.text).substr(start, row.cells[i].end - start));
      start = row.cells[i].end;
      if (i == id_column_) respondent = text;
      const Column& column = columns_[i];
      if (!column.question || text.empty()) continue;
      if (!index_cell(column, text, out)) return false;
    }
    return true;
  }

  Result<AnswerSet> parse(Record& record) const override {
    return catch_errors([&] {
      const Record::Pending& row = record.pending;
      AnswerSet set;
      set.where = record.where;
      set.answers.reserve(answered_columns_);  // rather than grow it answer by answer
      std::size_t start = 0;
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const Record::Pending::Cell& cell = row.cells[i];
        const std::string_view text =
            trim(std::string_view(row.text).substr(start, cell.end - start));
        start = cell.end;
        if (i == id_column_) set.respondent = text;  // as the reader named the record
        const Column& column = columns_[i];
        if (!column.question || text.empty()) continue;  // an empty cell is left unanswered
        AnswerValue value = value_of(column, text);
        if (auto* list = std::get_if<std::vector<std::string>>(&value); list && list->empty()) {
          continue;  // only separators
        }
        // No path: resolve_answers takes it from the set rather than have every cell copy it.
        set.answers.push_back({column.question->id,
                               std::move(value),
                               Position{{}, cell.line, cell.column},
                               0,
                               0,
                               {}});
      }
      resolve_answers(set, questionnaire_);
      return set;
    });
  }

 private:
  AnswerValue value_of(const Column& column, std::string_view cell) const;
  // The answer of one cell into `out`, where it names options or a number in range.
  bool index_cell(const Column& column, std::string_view cell, IndexedAnswers& out) const;

  std::vector<Column> columns_;  // one per header field
  std::size_t answered_columns_;
  std::optional<std::size_t> id_column_;  // the cell that names the respondent
  const Questionnaire& questionnaire_;
};

// Reads the header, then cuts the export into rows; CsvParser reads their cells.
class CsvRecords final : public RecordReader {
 public:
  CsvRecords(std::istream& in, const std::string& path, const Questionnaire& questionnaire,
             const CsvOptions& options)
      : reader_(in, path), questionnaire_(questionnaire), options_(options) {}

  bool split(Record& out) override {
    if (done_) return false;
    if (!header_read_) {
      header_read_ = true;
      if (auto problem = read_header()) {
        done_ = true;
        out = Record::failed(*problem, reader_.path());
        return true;
      }
    }
    if (!reader_.next(row_)) {
      if (rows_ > 0) return false;
      done_ = true;  // a header and nothing below it is a mistake, not zero respondents
      out = Record::failed(
          Error{{reader_.path(), header_line_, 1}, "no answers below the header row", ""},
          reader_.path());
      return true;
    }
    ++rows_;
    const std::string& path = reader_.path();
    out.where = {path, row_.line, 1};
    // A row with the wrong number of fields may have its cells shifted: its id cell could
    // name someone else, so a broken row goes by its line.
    std::string label;
    if (id_column_ && !row_.error) label = trim(row_[*id_column_].text);
    out.id = label.empty() ? path + ":" + std::to_string(row_.line) : label;
    const std::string_view source = reader_.source();
    if (row_.error) {
      Error error = *row_.error;
      keep_line(error, source, row_.line);
      out.answers = std::move(error);
      return true;
    }
    // The cells as the reader wrote them, then the row as written, for an excerpt. `out` may
    // be a record read before: its buffers go back to the reader for the next row.
    row_.hand_over(out.pending.text, out.pending.cells, source);
    out.pending.parser = parser_;
    return true;
  }

 private:
  std::optional<Error> read_header();

  csv::Reader reader_;
  csv::Row row_;
  const Questionnaire& questionnaire_;
  CsvOptions options_;
  std::shared_ptr<const CsvParser> parser_;  // once the header is read
  std::optional<std::size_t> id_column_;
  bool header_read_ = false;
  bool done_ = false;
  int header_line_ = 1;
  std::size_t rows_ = 0;
};

std::optional<Error> CsvRecords::read_header() {
  const std::string& path = reader_.path();
  if (!reader_.next(row_)) {
    return Error{{path, 1, 1}, "file is empty", "a CSV export starts with a header row"};
  }
  if (row_.error) {
    keep_line(*row_.error, reader_.source(), row_.line);
    return row_.error;
  }
  header_line_ = row_.line;
  if (row_.count > row_.size()) {  // the columns past the limit would be ignored
    return Error{{path, row_.line, 1},
                 "header has " + std::to_string(row_.count) + " columns, over the limit of " +
                     std::to_string(row_.size()),
                 "leave out the columns that hold no answers"};
  }
  std::unordered_map<std::string, const Question*> by_name;  // normalised id or prompt
  std::vector<std::string> ids;
  for (const auto& q : questionnaire_.questions) {
    by_name.emplace(normalised(q.id), &q);
    ids.push_back(q.id);
  }
  for (const auto& q : questionnaire_.questions) by_name.emplace(normalised(q.prompt), &q);
  // A form made from an older version is headed with its prompts; its cells are read as
  // this version's, since option ids and labels are kept.
  for (const auto& m : questionnaire_.migrations) {
    for (const auto& [id, prompt] : m.prompts) {
      by_name.emplace(normalised(prompt), questionnaire_.find_question(id));
    }
  }
  const std::string id_name = normalised(options_.id_column);
  std::unordered_map<const Question*, std::size_t> taken;  // question -> column index
  std::vector<std::string> headers;
  std::vector<Column> columns(row_.size());
  for (std::size_t i = 0; i < row_.size(); ++i) {
    const csv::Field field = row_[i];
    headers.emplace_back(trim(field.text));
    const std::string name = normalised(field.text);
    // Without --id-column, a column headed `respondent` (as `questions --format
    // csv-header` writes it) names each respondent, as the key does in YAML and JSON Lines.
    if (!id_column_ && (id_name.empty() ? name == "respondent" : name == id_name)) {
      id_column_ = i;
      continue;
    }
    auto found = by_name.find(name);
    if (found == by_name.end()) {
      // Other columns (a timestamp, an e-mail) are ignored, but not one that looks like a
      // question's id spelt wrong: its answers would be lost without a word. Closer than a
      // "did you mean" for a typed name (at most one edit in four letters), so that a
      // `Name` column is not taken for `pace`.
      const std::string& header = headers.back();
      const std::string meant = closest_match(header, ids);
      if (options_.warn && !meant.empty() && 4 * edit_distance(header, meant) <= meant.size()) {
        options_.warn(Error{{path, field.line, field.column},
                            "column '" + header + "' answers no question, so it is ignored",
                            did_you_mean(header, ids)});
      }
      continue;
    }
    const Question& q = *found->second;
    if (auto [it, fresh] = taken.emplace(&q, i); !fresh) {
      return Error{{path, field.line, field.column},
                   "column " + std::to_string(i + 1) + " answers '" + q.id + "' again (column " +
                       std::to_string(it->second + 1) + " already does)",
                   ""};
    }
    Column& column = columns[i];
    column.question = &q;
    column.index = static_cast<std::size_t>(&q - questionnaire_.questions.data());
    auto named = [](std::size_t k) { return Named{static_cast<std::uint16_t>(k)}; };
    for (std::size_t k = 0; k < q.options.size(); ++k) {
      column.add(q.options[k].id, named(k));
      column.add(q.options[k].label, named(k));
    }
    if (q.type == QuestionType::yes_no) {  // spreadsheet checkboxes export TRUE / FALSE
      for (std::size_t k = 0; k < q.options.size(); ++k) {
        if (q.options[k].id == "yes") column.add("true", named(k));
        if (q.options[k].id == "no") column.add("false", named(k));
      }
    }
    for (std::size_t k = 0; k < q.anchors.size(); ++k) {  // a scale given by its words
      column.add(q.anchors[k], Named{static_cast<std::uint16_t>(k), true});
    }
  }
  if (!id_name.empty() && !id_column_) {
    std::string hint = did_you_mean(options_.id_column, headers);
    return Error{{path, row_.line, 1},
                 "no column '" + options_.id_column + "' to take respondent ids from",
                 hint.empty() ? "the id column is matched by its header" : hint};
  }
  if (taken.empty()) {
    std::string some;
    for (std::size_t k = 0; k < questionnaire_.questions.size() && k < 3; ++k) {
      some += (k ? ", " : "") + questionnaire_.questions[k].id;
    }
    const bool tabs = row_.size() == 1 && row_[0].text.find('\t') != std::string::npos;
    return Error{{path, row_.line, 1},
                 "header matches no question; expected ids like " + some + " or the prompts",
                 tabs ? "the header is separated by tabs; medcareer reads comma-separated values"
                      : "see `medcareer questions --format csv-header` for a header that fits"};
  }
  parser_ =
      std::make_shared<CsvParser>(std::move(columns), taken.size(), id_column_, questionnaire_);
  return std::nullopt;
}

AnswerValue CsvParser::value_of(const Column& column, std::string_view cell) const {
  thread_local std::string scratch;
  if (column.question->type != QuestionType::multi) {
    const Named* found = lookup(column, cell, scratch);
    return found ? answer_of(column, *found)
                 : std::string(cell);  // resolve_answers judges the rest
  }
  std::vector<std::string> chosen;
  choices(
      column, cell, [&](const Named& n) { chosen.push_back(answer_of(column, n)); },
      [&](std::string_view text) { chosen.emplace_back(text); }, [&] { chosen.clear(); });
  return chosen;
}

bool CsvParser::index_cell(const Column& column, std::string_view cell, IndexedAnswers& out) const {
  thread_local std::string scratch;
  const Question& q = *column.question;
  const std::size_t at = column.index;
  switch (q.type) {
    case QuestionType::scale:
    case QuestionType::number: {
      double v = 0;
      const Named* found = lookup(column, cell, scratch);
      if (found && found->anchor) {
        v = found->index + 1;
      } else if (found || !read_number(cell, v)) {
        return false;  // anchors by other spellings, and what is wrong, are parse()'s
      }
      if (!valid_number(q, v)) return false;
      out.set_number(at, v);
      return true;
    }
    case QuestionType::single:
    case QuestionType::yes_no: {
      const Named* found = lookup(column, cell, scratch);
      if (!found || found->anchor) return false;
      out.start_options(at);
      out.add_option(at, found->index);
      return true;
    }
    case QuestionType::multi: {
      const std::size_t first = out.options.size();
      bool named = true;
      out.start_options(at);
      choices(
          column, cell,
          [&](const Named& n) {
            named = named && !n.anchor;
            out.add_option(at, n.index);
          },
          [&](std::string_view) { named = false; },
          [&] {
            out.options.resize(first);
            out.start_options(at);
          });
      const IndexedAnswers::Slot& slot = out.slots[at];
      if (!named) return false;
      if (slot.count == 0) {  // only separators: left unanswered, as parse() leaves it
        out.slots[at] = {};
        return true;
      }
      const std::uint16_t* chosen = out.chosen(slot);
      for (std::uint32_t i = 0; i < slot.count; ++i) {
        if (std::find(chosen, chosen + i, chosen[i]) != chosen + i) return false;  // twice
      }
      return slot.count <= q.max_choices;
    }
  }
  return false;
}

}  // namespace

std::unique_ptr<RecordReader> csv_records(std::istream& in, const std::string& path,
                                          const Questionnaire& questionnaire,
                                          const CsvOptions& options) {
  return std::make_unique<CsvRecords>(in, path, questionnaire, options);
}

}  // namespace medcareer
