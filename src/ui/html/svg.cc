#include "ui/html/svg.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ui/html/escape.h"
#include "ui/wrap.h"

namespace medcareer::ui::html {

namespace {

// Every chart is 400 units wide: about the width of a phone's screen, so that its 15-unit
// text (the size is set in report.css) is read at about 14 px there, and no larger than 1.2
// times that on a desktop, where the width is capped. Colours: see report.css.
constexpr int kWidth = 400;
constexpr const char* kBar = "#1f5f99";      // 6.9:1 on white
constexpr const char* kMuted = "#767676";    // 4.5:1
constexpr const char* kRaised = "#1d6b40";   // 6.6:1
constexpr const char* kLowered = "#a3341c";  // 6.3:1
constexpr const char* kText = "#1a1a1a";     // also the text's colour, in report.css
constexpr const char* kTrack = "#e6eaee";
constexpr const char* kPaper = "#ffffff";  // the page's background: a hollow shape's inside
constexpr std::size_t kLineChars = 44;     // a line of 15-unit text in the 400 units

std::string open_svg(const std::string& title, int height) {
  return fmt::format(
      "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" "
      "viewBox=\"0 0 {} {}\" style=\"max-width:{}px\">\n<title>{}</title>\n",
      kWidth, height, kWidth * 6 / 5, escape(title));
}

// Lines of at most kLineChars, as <tspan>s from (x, y) down, 17 units apart.
std::string text_lines(const std::vector<std::string>& lines, int x, int y, const char* extra) {
  std::string out = fmt::format("<text x=\"{}\" y=\"{}\"{}>", x, y, extra);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out +=
        fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", x, i == 0 ? 0 : 17, escape(lines[i]));
  }
  return out + "</text>\n";
}

std::vector<std::string> lines_of(const std::string& text, std::size_t width = kLineChars) {
  std::vector<std::string> lines = split_lines(wrap(text, width));
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

double clamp01(double fraction) {
  return std::clamp(fraction, 0.0, 1.0);
}

}  // namespace

std::string bar_chart(const std::string& title, const std::vector<BarItem>& items, double max) {
  constexpr int bar_area = kWidth - 110;  // room for "123 (45.6%)" after the longest bar
  std::vector<std::vector<std::string>> labels;
  int height = 4;
  for (const auto& item : items) {
    labels.push_back(lines_of(item.label));
    height += static_cast<int>(labels.back().size()) * 17 + 26;
  }
  std::string out = open_svg(title, height);
  int y = 4;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const BarItem& item = items[i];
    out += text_lines(labels[i], 0, y + 13, "");
    y += static_cast<int>(labels[i].size()) * 17;
    const double fraction = max > 0 ? clamp01(item.value / max) : 0;
    const int w = static_cast<int>(std::lround(fraction * bar_area));
    out += fmt::format("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"/>", y,
                       bar_area, kTrack);
    out +=
        fmt::format("<rect class=\"bar\" x=\"0\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"/>",
                    y, std::max(w, 1), item.muted ? kMuted : kBar);
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", bar_area + 6, y + 13,
                       escape(item.value_text));
    y += 26;
  }
  return out + "</svg>\n";
}

std::string diverging_chart(const std::string& title, const std::vector<DivergingItem>& items) {
  constexpr int middle = kWidth / 2, half = middle - 84;  // room for "+12.3 (9)" at each end
  double largest = 0;
  for (const auto& item : items) largest = std::max(largest, std::fabs(item.points));
  const int height = 30 + static_cast<int>(items.size()) * 26;
  std::string out = open_svg(title, height);
  out += fmt::format("<text x=\"{}\" y=\"14\" text-anchor=\"end\">lowered</text>", middle - 8);
  out += fmt::format("<text x=\"{}\" y=\"14\">raised</text>\n", middle + 8);
  int y = 24;
  for (const auto& item : items) {
    const double fraction = largest > 0 ? std::fabs(item.points) / largest : 0;
    const int w = std::max(1, static_cast<int>(std::lround(fraction * half)));
    const bool up = item.points >= 0;
    const int x = up ? middle : middle - w;
    out += fmt::format(
        "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"/>", x, y, w,
        up ? kRaised : kLowered);
    const std::string value = fmt::format("{:+.1f}", item.points);
    out += up ? fmt::format("<text x=\"{}\" y=\"{}\">{} ({})</text>\n", middle + w + 4, y + 13,
                            escape(value), escape(item.label))
              : fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">({}) {}</text>\n",
                            middle - w - 4, y + 13, escape(item.label), escape(value));
    y += 26;
  }
  out += fmt::format(
      "<line x1=\"{0}\" y1=\"20\" x2=\"{0}\" y2=\"{1}\" stroke=\"{2}\" "
      "stroke-width=\"2\"/>\n",
      middle, height - 2, kText);
  return out + "</svg>\n";
}

std::string timeline_chart(const std::string& title, const std::vector<TimelineStep>& steps) {
  // A branch's text starts 30 units right of its step's, so it wraps that much shorter.
  constexpr std::size_t kBranchChars = kLineChars - 4;
  std::vector<std::vector<std::string>> details;
  std::vector<std::vector<std::vector<std::string>>> branches;
  std::vector<int> tops;
  int height = 6;
  for (const auto& step : steps) {
    details.push_back(lines_of(step.detail));
    tops.push_back(height);
    height += 17 + static_cast<int>(details.back().size()) * 17 + 14;
    branches.emplace_back();
    for (const auto& b : step.branches) {
      branches.back().push_back(lines_of(b, kBranchChars));
      height += static_cast<int>(branches.back().back().size()) * 17 + 10;
    }
  }
  std::string out = open_svg(title, height);
  if (steps.size() > 1) {
    out += fmt::format(
        "<line x1=\"10\" y1=\"{}\" x2=\"10\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"3\"/>\n",
        tops.front() + 9, tops.back() + 9, kBar);
  }
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const int y = tops[i];
    // An optional step is hollow: the line shows through it, so it reads as one that may
    // be skipped even in grey print.
    out += fmt::format(
        "<circle class=\"bar\" cx=\"10\" cy=\"{}\" r=\"8\" fill=\"{}\"{}/>", y + 9,
        steps[i].optional ? kPaper : kBar,
        steps[i].optional ? fmt::format(" stroke=\"{}\" stroke-width=\"3\"", kBar) : "");
    out += fmt::format("<text x=\"28\" y=\"{}\" font-weight=\"bold\">{}. {}</text>\n", y + 14,
                       i + 1, escape(steps[i].stage));
    if (!details[i].empty()) out += text_lines(details[i], 28, y + 31, "");
    // Each branch forks off the step's circle: down the step's own line, then right to a
    // smaller circle, with the next role beside it.
    int by = y + 17 + static_cast<int>(details[i].size()) * 17 + 4;
    for (const auto& lines : branches[i]) {
      out +=
          fmt::format("<path d=\"M10 {} V{} H36\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>",
                      y + 9, by + 9, kBar);
      out += fmt::format("<circle class=\"bar\" cx=\"42\" cy=\"{}\" r=\"6\" fill=\"{}\"/>", by + 9,
                         kBar);
      out += text_lines(lines, 58, by + 14, "");
      by += static_cast<int>(lines.size()) * 17 + 10;
    }
  }
  return out + "</svg>\n";
}

}  // namespace medcareer::ui::html
