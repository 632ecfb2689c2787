#include "ui/advice_view.h"

#include "ui/wrap.h"

namespace medcareer::ui {

std::string growth_section(const Questionnaire& questionnaire, const Catalog& catalog,
                           const Recommendation& rec, const ResultsOptions& o) {
  const GrowthWords words = growth_words(questionnaire, catalog, rec);
  if (words.branches.empty()) return "";
  std::string out = "\n" + o.style.heading("Where it can lead") + "\n";
  out += wrap(words.lead, o.width, "  ", "  ");
  for (const auto& b : words.branches) {
    out += wrap("- " + b.title, o.width, "  ", "    ");
    for (const auto& line : b.lines) out += wrap(line, o.width, "    ", "      ");
  }
  return out;
}

std::string trade_off_section(const Catalog& catalog, const Recommendation& rec,
                              const ResultsOptions& o) {
  const auto words = trade_off_words(catalog, rec);
  if (words.empty()) return "";
  std::string out = "\n" + o.style.heading("Trade-offs") + "\n";
  for (const auto& t : words) {
    if (!t.gap.empty()) out += wrap(t.gap, o.width, "  ! ", "    ");
    out += wrap(t.text, o.width, "  - ", "    ");
    for (const auto& d : t.details) out += wrap(d, o.width, "    ", "    ");
  }
  return out;
}

}  // namespace medcareer::ui
