#include "ui/html/svg.h"

#include <doctest/doctest.h>

using namespace medcareer::ui::html;

TEST_CASE("a bar chart has its title, one bar per item in proportion, and its numbers") {
  const std::string svg =
      bar_chart("Fit <all>", {{"Coder", 80, "80.0%", false}, {"Scribe", 20, "20.0%", true}}, 100);
  CHECK(svg.find("<title>Fit &lt;all&gt;</title>") != std::string::npos);
  // 290 units of bar for 100%: 80% is 232, 20% is 58, the muted one grey.
  CHECK(svg.find("class=\"bar\" x=\"0\" y=\"21\" width=\"232\" height=\"16\" fill=\"#1f5f99\"") !=
        std::string::npos);
  CHECK(svg.find("width=\"58\" height=\"16\" fill=\"#767676\"") != std::string::npos);
  CHECK(svg.find(">80.0%</text>") != std::string::npos);
  CHECK(svg.find(">Scribe</tspan>") != std::string::npos);
}

TEST_CASE("a diverging chart draws raised answers right of the middle and lowered ones left") {
  const std::string svg = diverging_chart("Why", {{"1", 6.0}, {"2", -3.0}});
  CHECK(svg.find("x=\"200\" y=\"24\" width=\"116\"") != std::string::npos);  // the largest
  CHECK(svg.find("x=\"142\" y=\"50\" width=\"58\"") != std::string::npos);   // half as long
  CHECK(svg.find("+6.0 (1)") != std::string::npos);
  CHECK(svg.find("(2) -3.0") != std::string::npos);
}

TEST_CASE("a timeline wraps long details onto lines of their own") {
  const std::string svg = timeline_chart(
      "Path",
      {{"Train", "a very long sentence about training that cannot fit on one line", false, {}},
       {"Certify", "CPC", false, {}}});
  CHECK(svg.find("1. Train</text>") != std::string::npos);
  CHECK(svg.find("2. Certify</text>") != std::string::npos);
  CHECK(svg.find("dy=\"17\"") != std::string::npos);  // a second line of the long detail
}

TEST_CASE("a timeline draws an optional step hollow and forks the branches off their step") {
  const std::string svg =
      timeline_chart("Path <grow>", {{"Train", "4 months", false, {}},
                                     {"Certify (optional)", "CPC", true, {}},
                                     {"Grow", "", false, {"Coder <A>", "Auditor"}}});
  CHECK(svg.find("<title>Path &lt;grow&gt;</title>") != std::string::npos);
  CHECK(svg.find("viewBox=\"0 0 400 187\"") != std::string::npos);
  // Train is filled; Certify, optional, is white inside with the bars' colour round it.
  CHECK(svg.find("cy=\"15\" r=\"8\" fill=\"#1f5f99\"/>") != std::string::npos);
  CHECK(svg.find("cy=\"63\" r=\"8\" fill=\"#ffffff\" stroke=\"#1f5f99\" stroke-width=\"3\"/>") !=
        std::string::npos);
  CHECK(svg.find("3. Grow</text>") != std::string::npos);
  // Each branch: down from Grow's circle (y 111), right to its own, its title beside it.
  CHECK(svg.find("<path d=\"M10 111 V132 H36\"") != std::string::npos);
  CHECK(svg.find("cx=\"42\" cy=\"132\" r=\"6\"") != std::string::npos);
  CHECK(svg.find("<tspan x=\"58\" dy=\"0\">Coder &lt;A&gt;</tspan>") != std::string::npos);
  CHECK(svg.find("<path d=\"M10 111 V159 H36\"") != std::string::npos);
  CHECK(svg.find(">Auditor</tspan>") != std::string::npos);
}
