#include "ui/html/advice_sections.h"

#include <algorithm>

#include "ui/advice_words.h"
#include "ui/figure_text.h"
#include "ui/html/escape.h"
#include "ui/html/page.h"
#include "ui/html/svg.h"

namespace medcareer::ui::html {

namespace {

// "first job" as "First job".
std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string items(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += "<li>" + escape(line) + "</li>";
  return out;
}

// The grow step's branches in words: toward the goal or the usual ones, and for each why it
// follows and what it takes, with their sources.
std::string branches_list(const GrowthWords& words) {
  std::string out = "<p>" + escape(words.lead) + "</p>\n<ul class=\"branches\">\n";
  for (const auto& b : words.branches) {
    out += "<li><strong>" + escape(b.title) + "</strong>\n<ul>" + items(b.lines) + "</ul></li>\n";
  }
  return out + "</ul>\n";
}

// The pay hoped for against the most that the typical yearly figures of the pick and of each
// role that pays it give, as bars; the sentences below give every figure with its source.
std::string pay_chart(const Catalog& catalog, const Recommendation& rec) {
  std::vector<BarItem> bars;
  double most = 0;
  auto bar = [&](std::string label, double amount) {
    most = std::max(most, amount);
    bars.push_back({std::move(label), amount, "$" + format_number(amount), false});
  };
  for (const auto& t : rec.trade_offs) {
    if (t.kind != TradeOff::Kind::pay) continue;
    if (bars.empty()) {
      bar("The pay you hope for", t.hoped_pay);
      const Role* pick = catalog.find_role(rec.top);
      bar((pick ? pick->title : rec.top) + ", your pick", t.pick_best_pay);
    }
    double best = 0;
    for (const Figure* f : t.role_pay) best = std::max(best, f->highest());
    const Role* role = catalog.find_role(t.role);
    if (best > 0) bar(role ? role->title : t.role, best);
  }
  if (bars.empty()) return "";
  return "<figure>\n" +
         bar_chart("Yearly pay: what you hope for and the most each job's typical figures give",
                   bars, most) +
         "<figcaption>The pay you hope for, and the highest typical yearly pay figure the sources "
         "give for each job, in dollars; each figure and its source is in the text below."
         "</figcaption>\n</figure>\n";
}

}  // namespace

std::string path_section(const Questionnaire& questionnaire, const Catalog& catalog,
                         const Recommendation& rec, Citations& cited) {
  if (rec.path.empty()) return "";
  const GrowthWords growth = growth_words(questionnaire, catalog, rec, &cited);
  std::vector<TimelineStep> steps;
  std::string list = "<ol>\n";
  std::string title = "Your path:";
  for (const auto& step : rec.path) {
    const std::string stage = capitalized(stage_label(step));
    TimelineStep drawn{stage, step.text, step.optional, {}};
    std::string words = "<li><strong>" + escape(stage) + "</strong>: " + escape(step.text);
    if (step.lengths) {
      // The chart gives the length in months where the sources give one; the list cites each.
      cited.use(*step.lengths);
      if (std::string span = format_span(*step.lengths, Unit::months); !span.empty())
        drawn.detail = span;
      words += "<br>" + escape(length_text(catalog, *step.lengths));
    }
    title += (steps.empty() ? " " : ", then ") + stage;
    if (step.stage == "grow" && !growth.branches.empty()) {
      // The branches fork off the step, one line each; the list says why and what it takes.
      drawn.detail.clear();
      for (const auto& b : growth.branches) drawn.branches.push_back(b.title);
      title += ": " + step.text;
      words += "\n" + branches_list(growth);
    }
    steps.push_back(std::move(drawn));
    list += words + "</li>\n";
  }
  list += "</ol>\n";
  return section("path", "Your path",
                 "<figure>\n" + timeline_chart(title, steps) +
                     "<figcaption>Each step in order, the next jobs branching off the last; a "
                     "hollow circle marks an optional step.</figcaption>\n</figure>\n" +
                     list);
}

std::string trade_offs_section(const Catalog& catalog, const Recommendation& rec,
                               Citations& cited) {
  const auto words = trade_off_words(catalog, rec, &cited);
  if (words.empty()) return "";
  std::string out;
  std::string list;
  for (const auto& t : words) {
    if (!t.gap.empty()) out += "<p class=\"warn\">" + escape(t.gap) + "</p>\n";
    list += "<li>" + escape(t.text) + "\n<ul>" + items(t.details) + "</ul></li>\n";
  }
  return section("trade-offs", "Trade-offs",
                 out + pay_chart(catalog, rec) + "<ul class=\"trade-offs\">\n" + list + "</ul>\n");
}

}  // namespace medcareer::ui::html
