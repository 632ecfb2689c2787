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

TEST_CASE("closest match ignores case and the punctuation between words") {
  std::vector<std::string> certs{"CPC", "CCS", "CCS-P", "CCA", "CPC-P"};
  // `ccsp` is one letter from CCS but no letters from CCS-P once the '-' is ignored.
  CHECK(closest_match("ccsp", certs) == "CCS-P");
  CHECK(closest_match("cpc_p", certs) == "CPC-P");
  CHECK(closest_match("CCS", certs) == "CCS");
  CHECK(closest_match("billing coding", {"biller", "billing-coding"}) == "billing-coding");
  CHECK(closest_match("Billing_Coding", {"biller", "billing-coding"}) == "billing-coding");
}

TEST_CASE("longer names may be further off, and the closest candidate wins") {
  std::vector<std::string> roles{"scribe", "coder", "biller", "billing-coding", "assistant"};
  // Two edits from `biller`: allowed from four letters on.
  CHECK(closest_match("bilr", roles) == "biller");
  CHECK(closest_match("asistnt", roles) == "assistant");
  // Three letters allow one edit only.
  CHECK(closest_match("cdr", roles).empty());
  CHECK(closest_match("cdo", roles).empty());
  CHECK(closest_match("cod", roles) == "coder");  // a prefix
  // One edit beats two, wherever the candidates are listed.
  CHECK(closest_match("coderr", {"codes", "coder"}) == "coder");
  CHECK(closest_match("bilers", {"billing", "biller"}) == "biller");
  // Far names still get nothing.
  CHECK(closest_match("nurse", roles).empty());
  CHECK(closest_match("xyzw", roles).empty());
}
