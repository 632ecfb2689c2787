#include "medcareer/suggest.h"

#include <doctest/doctest.h>

using namespace medcareer;

TEST_CASE("edit distance ignores case") {
  CHECK(edit_distance("cpc", "CPC") == 0);
  CHECK(edit_distance("coder", "codre") == 2);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("scribe", "scribes") == 1);
}

TEST_CASE("closest match suggests plausible typos only") {
  std::vector<std::string> roles{"scribe", "coder", "biller", "billing-coding", "assistant"};
  CHECK(closest_match("codr", roles) == "coder");
  CHECK(closest_match("asistant", roles) == "assistant");
  CHECK(closest_match("bill", roles) == "biller");
  CHECK(closest_match("nurse", roles).empty());
  CHECK(did_you_mean("scrib", roles) == "did you mean 'scribe'?");
  CHECK(did_you_mean("zzzzzz", roles).empty());
  // A one-letter typo beats a longer name that merely starts the same way.
  CHECK(closest_match("paye", {"payer_communication", "pay"}) == "pay");
}
