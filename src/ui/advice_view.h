// The parts of the results that weigh the pick, as wrapped text: the branches of the path
// and the trade-offs (results_view.cc puts them in place). Their sentences come from
// advice_words.h, which the HTML report uses too.
#pragma once

#include <string>

#include "medcareer/recommend.h"
#include "ui/advice_words.h"
#include "ui/results_view.h"

namespace medcareer::ui {

// "Where it can lead": each branch with why it follows and what it takes.
std::string growth_section(const Questionnaire& questionnaire, const Catalog& catalog,
                           const Recommendation& rec, const ResultsOptions& o);

// "Trade-offs": pay hoped for against the sources, and roles out of reach for now.
std::string trade_off_section(const Catalog& catalog, const Recommendation& rec,
                              const ResultsOptions& o);

}  // namespace medcareer::ui
