// The sentences of the advice that weighs the pick: the close call, the branches of the
// path, the trade-offs and "no change". Unwrapped and unescaped, so that the text results
// (advice_view.h) wrap them and the HTML report (html/person_report.cc) escapes them: each
// sentence is written once. Every fact comes with its citation, and a `Citations` given to a
// builder collects the sources its sentences cite, for a Sources list at the end.
#pragma once

#include <string>
#include <vector>

#include "medcareer/recommend.h"
#include "ui/citations.h"

namespace medcareer::ui {

// One sourced figure: "4 to 24 months: medical assistant program (Stepful, n.d.)". A length
// of none ("0 months") is left to its words, which say how the job is learned instead.
std::string figure_line(const Catalog& catalog, const Figure& figure);

// The train step's lengths, each with its source, or a plain word that none is known.
std::string length_text(const Catalog& catalog, const std::vector<Figure>& lengths);

// "A close call: ..." when the runner-up is within kCloseCallPoints of the pick; else "".
std::string close_call_text(const Catalog& catalog, const Recommendation& rec);

// A path step's label: "certify", or "certify (optional)" where no source requires it.
std::string stage_label(const PathStep& step);

// "Where it can lead": a lead sentence (toward the goal, or the usual steps), then each
// branch's title and its lines: "Why: ...", "What it takes: ...", and where the data names
// them "Certification: ..." and "Pay: ...".
struct BranchWords {
  std::string title;
  std::vector<std::string> lines;
};
struct GrowthWords {
  std::string lead;
  std::vector<BranchWords> branches;  // empty: the path has no branch, and nothing is said
};
GrowthWords growth_words(const Questionnaire& questionnaire, const Catalog& catalog,
                         const Recommendation& rec, Citations* cited = nullptr);

// One trade-off: `gap` (the pay hoped for against the pick's, said once, before the first
// pay trade-off; else empty), the trade-off itself, and its details: "What it takes: ...",
// "Not now: ..." for each reason, "Two stages: ..." where the sources support it.
struct TradeOffWords {
  std::string gap;
  std::string text;
  std::vector<std::string> details;
};
std::vector<TradeOffWords> trade_off_words(const Catalog& catalog, const Recommendation& rec,
                                           Citations* cited = nullptr);

// What the results say under "What would change the pick" when no change is found.
std::string no_change_text(const Catalog& catalog, const Recommendation& rec);

}  // namespace medcareer::ui
