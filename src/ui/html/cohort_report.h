// The cohort report (`score INPUT... --summary --format html`): how many respondents, how
// their top roles and evidence spread, the average match per role, whom a counselor should
// talk to first and why, every respondent, and every failed record with its position.
// Records are added as they are scored; memory stays bounded however many there are,
// since the lists keep at most `list_limit` entries each (the charts count every record).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "medcareer/cohort.h"
#include "medcareer/error.h"
#include "ui/html/person_report.h"

namespace medcareer::ui::html {

// The most entries each list of the cohort report holds (docs/output-columns.md): past it
// the report says how many are left out and how to get all of them.
constexpr std::size_t kCohortListLimit = 1000;

class CohortReport {
 public:
  CohortReport(const Questionnaire& questionnaire, const Catalog& catalog,
               std::size_t list_limit = kCohortListLimit)
      : questionnaire_(questionnaire), catalog_(catalog), limit_(list_limit) {}

  void add(const std::string& respondent, const Recommendation& rec);
  void add_failed(const std::string& respondent, const Error& error);
  // The page; `summary` counts the same records (the score command keeps it anyway).
  std::string render(const CohortSummary& summary, const ReportInfo& info) const;

 private:
  struct Row {
    std::string respondent, top;
    double match = 0;
    std::string evidence, first_certification;
    std::vector<std::string> warnings;
  };
  struct Flag {
    std::string respondent, reason;
  };
  // Why someone is among those to talk to first.
  struct Flags {
    bool all_ruled_out = false, contradictions = false, low_signal = false;
  };
  static Flags flags_of(const Recommendation& rec);
  std::string reason(const Recommendation& rec, const Flags& f) const;

  struct Failed {
    std::string respondent;
    Error error;
  };

  const Questionnaire& questionnaire_;
  const Catalog& catalog_;
  std::size_t limit_;
  std::vector<Row> rows_;
  std::size_t rows_total_ = 0;
  std::vector<Flag> flags_;
  std::size_t flags_total_ = 0;
  std::array<std::size_t, 3> flag_counts_{};  // all ruled out, contradictions, low signal
  std::vector<Failed> failed_;
  std::size_t failed_total_ = 0;
};

}  // namespace medcareer::ui::html
