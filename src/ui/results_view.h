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

// "Evidence: strong (92% of full; 15 of 19 answers lean one way or the other)": how much
// the answers tell, in the results and the HTML report.
std::string evidence_line(const ScoreResult& score);

// "If you answered "PROMPT" with "ANSWER", Medical Coder would come first (85.6%).", or
// that no change of up to kMaxChangeEdits answers would: the "what would change" sentence
// of the results and of the HTML report.
std::string change_sentence(const Questionnaire& questionnaire, const Catalog& catalog,
                            const Recommendation& rec);

std::string render_results(const Questionnaire& questionnaire, const Catalog& catalog,
                           const std::string& respondent, const Recommendation& rec,
                           const ResultsOptions& options);

}  // namespace medcareer::ui
