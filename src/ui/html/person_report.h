// One person's HTML report (`score FILE --format html`, `quiz --report FILE`): who and
// when, every role's match, the pick and runner-up (and a close call), the path with its
// growth branches, the certifications, the trade-offs, pay and outlook with their sources,
// why, what would change it, warnings, the answers and the full citations. One section per concern, each rendered from the Recommendation alone, so that
// a field the advice gains gets a section of its own.
#pragma once

#include <string>

#include "medcareer/recommend.h"

namespace medcareer::ui::html {

struct ReportInfo {
  std::string respondent;  // may be empty: the person was not named
  std::string date;        // "2026-12-01" (the command picks it: SOURCE_DATE_EPOCH or today)
  std::string version;     // medcareer's
};

// `rec` should carry the full, explained advice (Advice::explained).
std::string person_report(const Questionnaire& questionnaire, const Catalog& catalog,
                          const AnswerSet& answers, const Recommendation& rec,
                          const ReportInfo& info);

}  // namespace medcareer::ui::html
