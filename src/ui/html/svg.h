// The charts of the HTML reports, as inline SVG. Each has a <title> (its accessible name)
// and draws its numbers as labels; the report also gives them as text beside the chart, so
// that a screen reader and a printout get everything. Every text is escaped here.
#pragma once

#include <string>
#include <vector>

namespace medcareer::ui::html {

struct BarItem {
  std::string label;       // above the bar
  double value = 0;        // from 0 to the chart's maximum
  std::string value_text;  // at the end of the bar: "82.5%", "12 (40.0%)"
  bool muted = false;      // drawn grey (a role ruled out)
};

// One horizontal bar per item, the label above it.
std::string bar_chart(const std::string& title, const std::vector<BarItem>& items, double max);

struct DivergingItem {
  std::string label;  // a short key ("1"), explained in the text beside the chart
  double points = 0;  // > 0 drawn right of the middle, < 0 left of it
};

// Bars right (raised) and left (lowered) of a middle line.
std::string diverging_chart(const std::string& title, const std::vector<DivergingItem>& items);

struct TimelineStep {
  std::string stage;      // "train"
  std::string detail;     // one short line under it: "4 to 24 months", "CPC"
  bool optional = false;  // drawn as a hollow circle (the stage says so in words too)
  // Next roles that fork off this step (the growth branches), each drawn on its own line.
  std::vector<std::string> branches;
};

// The steps from top to bottom, joined by a line; a step's branches fork off below it.
std::string timeline_chart(const std::string& title, const std::vector<TimelineStep>& steps);

}  // namespace medcareer::ui::html
