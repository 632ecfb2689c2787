#include "medcareer/cohort.h"

#include <doctest/doctest.h>

using namespace medcareer;

namespace {
Recommendation rec(const std::string& top, double a, double b, bool low_signal = false) {
  Recommendation r;
  r.top = top;
  r.score.low_signal = low_signal;
  r.score.ranking = {{"a", a, false, {}}, {"b", b, false, {}}};
  return r;
}
}  // namespace

TEST_CASE("the cohort summary counts tops, failures and low signal, and averages matches") {
  CohortSummary s;
  s.add(rec("a", 80, 40));
  s.add(rec("a", 70, 60));
  s.add(rec("b", 30, 90));
  s.add(rec("", 50, 50, true));  // too little signal: no pick
  s.add_failure();
  CHECK(s.respondents == 5);
  CHECK(s.scored == 4);
  CHECK(s.failed == 1);
  CHECK(s.low_signal == 1);
  CHECK(s.no_pick == 1);
  CHECK(s.top_roles.at("a") == 2);
  CHECK(s.top_roles.at("b") == 1);
  // a: (80 + 70 + 30 + 50) / 4 = 57.5;  b: (40 + 60 + 90 + 50) / 4 = 60.
  CHECK(s.average_match("a") == doctest::Approx(57.5));
  CHECK(s.average_match("b") == doctest::Approx(60));
  CHECK(s.average_match("c") == 0);
}
