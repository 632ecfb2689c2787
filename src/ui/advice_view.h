// The parts of the results that weigh the pick: the branches of the path, the trade-offs,
// a close call, and what would change the pick, as text (results_view.cc puts them in
// place). Every fact comes with its source.
#pragma once

#include <string>
#include <vector>

#include "medcareer/recommend.h"
#include "ui/results_view.h"

namespace medcareer::ui {

// One sourced figure: "4 to 24 months: medical assistant program (Stepful, n.d.)". A length
// of none ("0 months") is left to its words, which say how the job is learned instead.
std::string figure_line(const Catalog& catalog, const Figure& figure);

// The train step's lengths, each with its source, or a plain word that none is known.
std::string length_text(const Catalog& catalog, const std::vector<Figure>& lengths);

// "A close call: ..." when the runner-up is within kCloseCallPoints of the pick; else "".
std::string close_call_text(const Catalog& catalog, const Recommendation& rec);

// "Where it can lead": each branch with why it follows and what it takes.
std::string growth_section(const Questionnaire& questionnaire, const Catalog& catalog,
                           const Recommendation& rec, const ResultsOptions& o);

// "Trade-offs": pay hoped for against the sources, and roles out of reach for now.
std::string trade_off_section(const Catalog& catalog, const Recommendation& rec,
                              const ResultsOptions& o);

// What the results say under "What would change the pick" when no change is found.
std::string no_change_text(const Catalog& catalog, const Recommendation& rec);

}  // namespace medcareer::ui
