#include "ui/html/person_report.h"

#include <doctest/doctest.h>

#include "testing/test_fixture.h"
#include "ui/advice_words.h"

using namespace medcareer;
using medcareer::testing::Tiny;

TEST_CASE("one person's report has a section per concern, in order, and escapes the name") {
  Tiny t;
  auto answers = t.answers({{"q1", std::string("x")}, {"q2", 5.0}, {"q3", 12.0}});
  const auto rec = recommend(t.questionnaire, t.catalog, answers, true);
  const std::string html = ui::html::person_report(t.questionnaire, t.catalog, answers, rec,
                                                   {"<script>x</script>", "2026-12-01", "9.9"});
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;x&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<dd>tiny, version 2</dd>") != std::string::npos);
  CHECK(html.find("<dd>2026-12-01</dd>") != std::string::npos);
  std::size_t last = 0;
  for (const char* id :
       {"fit", "pick", "path", "certifications", "warnings", "answers", "sources"}) {
    CAPTURE(id);
    const std::size_t at = html.find(std::string("<h2 id=\"") + id + "\">");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  CHECK(html.find("Recommended: <strong>Role One</strong> (r1)") != std::string::npos);
  CHECK(html.find("<td data-label=\"Your answer\">Ex</td>") != std::string::npos);
  CHECK(html.find("<li>Pub, T, 2024 [s1]") != std::string::npos);  // r1's pay
}

TEST_CASE("without a pick the report says so and leaves out the path") {
  Tiny t;
  auto answers = t.answers({{"q1", std::string("n")}, {"q3", 12.0}});
  const auto rec = recommend(t.questionnaire, t.catalog, answers, true);
  REQUIRE(rec.top.empty());
  const std::string html =
      ui::html::person_report(t.questionnaire, t.catalog, answers, rec, {"", "2026-12-01", "9.9"});
  CHECK(html.find("No first job can be named") != std::string::npos);
  CHECK(html.find("<h2 id=\"path\">") == std::string::npos);
  CHECK(html.find("Career report for you") != std::string::npos);
}

namespace {

bool has(const std::string& html, const std::string& what) {
  return html.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("the report says the trade-off, the branches and the optional step, and cites them") {
  // The reproduction: the scribe persona hoping for $50,000 with one month.
  testing::RealData r;
  AnswerSet a = testing::persona(r.questionnaire, "scribe");
  a.set("training_months", 1.0);
  a.set("pay", std::string("high"));
  resolve_answers(a, r.questionnaire);
  const auto rec = recommend(r.questionnaire, r.catalog, a, true);
  REQUIRE(rec.top == "scribe");
  REQUIRE(!rec.trade_offs.empty());
  const std::string html =
      ui::html::person_report(r.questionnaire, r.catalog, a, rec, {"Maya", "2026-12-01", "9.9"});
  // In the order of the text results: certifications, then trade-offs, then pay.
  const auto certs = html.find("<h2 id=\"certifications\">");
  const auto trade = html.find("<h2 id=\"trade-offs\">Trade-offs</h2>");
  REQUIRE(trade != std::string::npos);
  CHECK(certs < trade);
  CHECK(trade < html.find("<h2 id=\"pay\">"));
  CHECK(has(html,
            "<p class=\"warn\">You hope for $50,000 a year or more, but the sources put Medical "
            "Scribe pay at $35,000 to $45,000 a year: average yearly salary; first jobs pay near "
            "the low end (ACMSO, n.d.).</p>"));
  // The pay as bars: the hope, the most the pick's typical figures give, and the coder's.
  CHECK(has(html,
            "<title>Yearly pay: what you hope for and the most each job&#39;s typical "
            "figures give</title>"));
  CHECK(has(html, "<text x=\"296\" y=\"34\">$50,000</text>"));
  CHECK(has(html, "<text x=\"296\" y=\"77\">$45,000</text>"));
  CHECK(has(html, "<text x=\"296\" y=\"120\">$60,000</text>"));
  CHECK(has(html,
            "<li>Two stages: start as Medical Scribe now, and train for Medical Coder while "
            "you work. Coding programs are also taught online"));
  // The optional certificate: hollow on the timeline, marked in its title and list.
  CHECK(has(html, "fill=\"#ffffff\" stroke=\"#1f5f99\""));
  CHECK(has(html, "<li><strong>Certify (optional)</strong>: ACMSO Medical Scribe Certification"));
  // The branches: on the timeline, in its title, and each with why and what it takes.
  CHECK(has(html,
            "<title>Your path: Train, then First job, then Certify (optional), then Grow: "
            "Physician Assistant or Registered Nurse / Nurse Practitioner</title>"));
  CHECK(has(html, "<tspan x=\"58\" dy=\"0\">Physician Assistant</tspan>"));
  CHECK(has(html,
            "<li>Why: Scribing can be a first step toward becoming a physician assistant. "
            "(U.S. Department of Labor, n.d.)</li>"));
  // The sources of the trade-off and the branches are in the Sources list: the guide behind
  // the two-stage path, the Department of Labor behind the first branch.
  const std::string sources = html.substr(html.find("<ol class=\"sources\">"));
  CHECK(has(sources, "Medical coding careers guide"));
  CHECK(has(sources, "U.S. Department of Labor"));
  CHECK(has(sources, "U.S. Bureau of Labor Statistics"));  // a coder pay figure in the trade-off
  CHECK(!has(html, "A close call"));
}

TEST_CASE("a close call is said under the pick, in the text results' words") {
  testing::RealData r;
  const AnswerSet a = testing::persona(r.questionnaire, "close-scribe-assistant");
  const auto rec = recommend(r.questionnaire, r.catalog, a, true);
  REQUIRE(rec.close_call);
  const std::string html =
      ui::html::person_report(r.questionnaire, r.catalog, a, rec, {"", "2026-12-01", "9.9"});
  const std::string said = "<p class=\"warn\">" + ui::close_call_text(r.catalog, rec) + "</p>";
  CHECK(has(html,
            "<p class=\"warn\">A close call: Medical Scribe (75.0%) and Medical Assistant "
            "(70.8%) are within 5 points of each other, so read about both before you "
            "choose.</p>"));
  CHECK(has(html, said));
  CHECK(html.find(said) < html.find("<h2 id=\"path\">"));
}
