#include "ui/html/cohort_report.h"

#include <doctest/doctest.h>

#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the cohort report lists every respondent and failure up to its limit, and counts all") {
  Tiny t;
  ui::html::CohortReport report(t.questionnaire, t.catalog, 3);
  CohortSummary summary;
  const auto clear =
      recommend(t.questionnaire, t.catalog,
                t.answers({{"q1", std::string("x")}, {"q2", 5.0}, {"q3", 12.0}}), false);
  for (int i = 0; i < 5; ++i) {
    report.add("person-" + std::to_string(i), clear);
    summary.add(clear);
  }
  for (int i = 0; i < 4; ++i) {
    report.add_failed("bad-" + std::to_string(i), Error{{"a.csv", i + 2, 1}, "broken row", ""});
    summary.add_failure();
  }
  const std::string html = report.render(summary, {"", "2026-12-01", "9.9"});
  CHECK(count(html, "<td data-label=\"Respondent\">person-") == 3);
  CHECK(html.find("2 more scored respondents are not listed") != std::string::npos);
  CHECK(count(html, "<td data-label=\"Record\">bad-") == 3);
  CHECK(html.find("1 more failed records are not listed") != std::string::npos);
  CHECK(html.find("<td data-label=\"Where\">a.csv:2:1</td>") != std::string::npos);
  CHECK(html.find("<dt>Respondents</dt><dd>9</dd>") != std::string::npos);  // all of them
  CHECK(html.find("<dt>Failed</dt><dd>4</dd>") != std::string::npos);
  CHECK(html.find("5 (100.0%)") != std::string::npos);  // r1 on top for all five, in the chart
}

TEST_CASE("the cohort report names whom to talk to first, with the reason") {
  Tiny t;
  ui::html::CohortReport report(t.questionnaire, t.catalog);
  CohortSummary summary;
  const auto thin = recommend(t.questionnaire, t.catalog, t.answers({}), false);
  REQUIRE(thin.score.low_signal);
  report.add("<b>quiet</b>", thin);
  summary.add(thin);
  const std::string html = report.render(summary, {"", "2026-12-01", "9.9"});
  CHECK(html.find("<li><strong>&lt;b&gt;quiet&lt;/b&gt;</strong>: The answers carry too little "
                  "signal to name a role.</li>") != std::string::npos);
  CHECK(html.find("<b>quiet</b>") == std::string::npos);
  CHECK(html.find("None: every record was scored.") != std::string::npos);
}

TEST_CASE("whom to talk to first: every reason in one line, the needs that ruled all out named") {
  testing::RealData r;
  ui::html::CohortReport report(r.questionnaire, r.catalog);
  CohortSummary summary;
  // The coder persona with no time to train, who needs to earn now: its needs rule out the
  // scribe and the assistant, the training time every other role.
  AnswerSet noor = testing::persona(r.questionnaire, "coder");
  noor.set("training_months", 0.0);
  noor.set("earn_soon", std::string("now"));
  resolve_answers(noor, r.questionnaire);
  const auto none = recommend(r.questionnaire, r.catalog, noor, false);
  REQUIRE(none.top.empty());
  REQUIRE(!none.score.low_signal);
  // The coder persona who also wants hands-on care: two answers pull against each other.
  AnswerSet omar = testing::persona(r.questionnaire, "coder");
  omar.set("hands_on", std::string("love_it"));
  resolve_answers(omar, r.questionnaire);
  const auto torn = recommend(r.questionnaire, r.catalog, omar, false);
  REQUIRE(torn.score.contradictions.size() == 1);
  const auto thin = recommend(r.questionnaire, r.catalog, AnswerSet{}, false);
  REQUIRE(thin.score.low_signal);
  for (const auto* rec : {&none, &torn, &thin, &torn}) {
    report.add("p" + std::to_string(summary.scored), *rec);
    summary.add(*rec);
  }
  const std::string html = report.render(summary, {"", "2026-12-01", "9.9"});
  CHECK(html.find("<p>4 of 4 scored respondents: 1 with every role ruled out, 2 with answers "
                  "that contradict each other, 1 with too little signal to name a role.</p>") !=
        std::string::npos);
  CHECK(html.find("<li><strong>p0</strong>: Every role is ruled out: the needs &quot;Not at all. "
                  "I&#39;d rather work behind the scenes.&quot; and &quot;I really need to work "
                  "from home&quot; rule out Medical Scribe and Medical Assistant, and other "
                  "answers rule out Medical Coder, Medical Billing and Coding Specialist and "
                  "Medical Biller.</li>") != std::string::npos);
  CHECK(html.find("<li><strong>p1</strong>: Answers contradict each other: &quot;How much do you "
                  "want to be with patients, face to face?&quot; and &quot;Would you like a job "
                  "where you care for patients with your own hands?&quot; pull hard in opposite directions on Time with "
                  "patients.</li>") != std::string::npos);
  CHECK(html.find("<li><strong>p2</strong>: The answers carry too little signal to name a "
                  "role.</li>") != std::string::npos);
}
