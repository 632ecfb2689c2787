#include "ui/html/person_report.h"

#include <doctest/doctest.h>

#include "testing/test_fixture.h"

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
