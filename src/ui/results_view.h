// A scored respondent as text: match bars, the recommended path, certifications, pay and
// outlook, why, what would change the pick, and warnings. Shared by `score` and the quiz.
#pragma once

#include <string>

#include "medcareer/recommend.h"
#include "ui/style.h"

namespace medcareer::ui {

struct ResultsOptions {
  std::size_t width = 80;
  Style style;           // plain: each match in words ("57.3% match"), with no bar
  bool explain = false;  // add why and what would change the pick
};

// A bar of `width` cells, `fraction` (0..1) of them filled.
std::string match_bar(double fraction, std::size_t width);

std::string render_results(const Questionnaire& questionnaire, const Catalog& catalog,
                           const std::string& respondent, const Recommendation& rec,
                           const ResultsOptions& options);

}  // namespace medcareer::ui
