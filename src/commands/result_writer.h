// Writes scored respondents as they come, in input order, in the four output formats of
// `medcareer score`, so memory stays flat however many there are. The first respondent is
// held back until a second arrives: one respondent alone gets the full results view (table)
// or a bare object (json), several get a table or an array.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands/csv_field.h"
#include "medcareer/cohort.h"
#include "medcareer/recommend.h"
#include "ui/html/cohort_report.h"
#include "ui/style.h"

namespace medcareer::commands {

struct Scored {
  std::string respondent;
  Recommendation rec;
  std::string line;  // its row or item, once ResultWriter::render() has made it
  // The file it was read from when it names no respondent (its respondent is then the
  // record's id, "FILE#1"): alone, the results are headed with the file's name.
  std::string file;
  // The answers themselves, kept only where the output shows them (one person's HTML
  // report, whose appendix lists them).
  std::shared_ptr<const AnswerSet> answers;
  // Said when the answers were written for an older version and read as this one
  // (medcareer/migration.h); the score command reports it once per file.
  std::optional<Error> note;
};

struct OutputOptions {
  std::string format = "text";  // text (a table), json, jsonl, csv, html
  bool explain = false;
  bool bom = false;  // csv: a UTF-8 byte order mark first, so that Excel reads UTF-8
  std::size_t width = 80;
  ui::Style style;
  bool summary = false;         // html: the cohort report rather than one person's
  ui::html::ReportInfo report;  // html: the date and medcareer's version
};

class ResultWriter {
 public:
  using Sink = std::function<void(std::string_view)>;
  ResultWriter(const Questionnaire& questionnaire, const Catalog& catalog, OutputOptions options,
               Sink sink);
  // The row (csv, table) or item (json, jsonl) that add() writes for `scored` among several.
  // Thread-safe, so that the threads that score also render.
  std::string render(const Scored& scored) const;
  // Whether each Scored must carry its answers.
  // Whether every respondent, even one alone, is written as a row or line (csv, jsonl):
  // then no respondent needs more advice than the row shows.
  bool rows_only() const { return options_.format == "csv" || options_.format == "jsonl"; }
  bool keeps_answers() const { return options_.format == "html" && !options_.summary; }
  void add(const Scored& scored);
  // A record that could not be scored (already reported on stderr): a row of its own in csv
  // and jsonl, so that they hold one row per input record, in input order.
  void add_failed(const std::string& respondent, const Error& error);
  void finish();
  // The cohort report of everything added (html with summary), counted in `summary`.
  std::string cohort_report(const CohortSummary& summary) const;

 private:
  void start();  // the csv header, before the first row
  void emit(const Scored& scored);
  std::string table_row(const Scored& scored) const;
  std::string csv_row(const Scored& scored) const;
  std::string table_header() const;

  const Questionnaire& questionnaire_;
  const Catalog& catalog_;
  OutputOptions options_;
  Sink sink_;
  std::optional<Scored> first_;
  std::size_t count_ = 0;  // respondents added
  bool started_ = false;
  std::size_t emitted_ = 0;               // JSON array items written, for the commas between them
  std::vector<const Role*> entry_roles_;  // looked up once, not for every row
  std::optional<ui::html::CohortReport> cohort_;
};

// The cohort summary in `format`: a bar chart and table (table; no bars when the style is
// plain), an object (json, jsonl),
// or one row per role (csv).
std::string format_summary(const Catalog& catalog, const CohortSummary& summary,
                           const std::string& format, const ui::Style& style);

}  // namespace medcareer::commands
