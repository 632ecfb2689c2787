#include "ui/html/advice_sections.h"

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
  return section("trade-offs", "Trade-offs", out + "<ul class=\"trade-offs\">\n" + list + "</ul>\n");
}

}  // namespace medcareer::ui::html
