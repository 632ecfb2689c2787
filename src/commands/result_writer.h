// Writes scored respondents as they come, in input order, in the four output formats of
// `medcareer score`, so memory stays flat however many there are. The first respondent is
// held back until a second arrives: one respondent alone gets the full results view (table)
// or a bare object (json), several get a table or an array.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medcareer/cohort.h"
#include "medcareer/recommend.h"
#include "ui/style.h"

namespace medcareer::commands {

struct Scored {
  std::string respondent;
  Recommendation rec;
  std::string line;  // its row or item, once ResultWriter::render() has made it
  // The file it was read from when it names no respondent (its respondent is then the
  // record's id, "FILE#1"): alone, the results are headed with the file's name.
  std::string file;
};

struct OutputOptions {
  std::string format = "text";  // text (a table), json, jsonl, csv
  bool explain = false;
  std::size_t width = 80;
  ui::Style style;
};

class ResultWriter {
 public:
  using Sink = std::function<void(std::string_view)>;
  ResultWriter(const Questionnaire& questionnaire, const Catalog& catalog, OutputOptions options,
               Sink sink);
  // The row (csv, table) or item (json, jsonl) that add() writes for `scored` among several.
  // Thread-safe, so that the threads that score also render.
  std::string render(const Scored& scored) const;
  void add(const Scored& scored);
  void finish();

 private:
  void emit(const Scored& scored);
  std::string table_row(const Scored& scored) const;
  std::string csv_row(const Scored& scored) const;
  std::string table_header() const;

  const Questionnaire& questionnaire_;
  const Catalog& catalog_;
  OutputOptions options_;
  Sink sink_;
  std::optional<Scored> first_;
  std::size_t count_ = 0;                 // respondents added
  std::size_t emitted_ = 0;               // JSON array items written, for the commas between them
  std::vector<const Role*> entry_roles_;  // looked up once, not for every row
};

// The cohort summary in `format`: a bar chart and table (table; no bars when the style is
// plain), an object (json, jsonl),
// or one row per role (csv).
std::string format_summary(const Catalog& catalog, const CohortSummary& summary,
                           const std::string& format, const ui::Style& style);

// One CSV field, quoted when it needs to be (RFC 4180).
std::string csv_field(const std::string& text);

}  // namespace medcareer::commands
