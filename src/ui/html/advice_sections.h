// The sections of one person's report that lay out the way ahead: the path as a timeline
// with its growth branches, and the trade-offs. Their sentences are the text results' own
// (ui/advice_words.h); every source they cite is noted in `cited` for the Sources list.
#pragma once

#include <string>

#include "medcareer/recommend.h"
#include "ui/citations.h"

namespace medcareer::ui::html {

// "Your path": train (with its length) → certify → first job → the growth branches, drawn
// as a timeline and said in a list below it, optional steps marked optional, each branch
// with why it follows and what it takes. Empty without a path.
std::string path_section(const Questionnaire& questionnaire, const Catalog& catalog,
                         const Recommendation& rec, Citations& cited);

// "Trade-offs": the pay hoped for against the pick's, roles that pay it or fit better but
// are out of reach now, what they take, and a two-stage path. Empty when there is none.
std::string trade_offs_section(const Catalog& catalog, const Recommendation& rec, Citations& cited);

}  // namespace medcareer::ui::html
