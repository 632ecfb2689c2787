#include "base/utf8.h"

#include <doctest/doctest.h>

using namespace medcareer;

TEST_CASE("valid UTF-8 passes") {
  CHECK_FALSE(first_invalid_utf8("plain ascii\nline two").has_value());
  CHECK_FALSE(first_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80").has_value());
}

TEST_CASE("the first bad byte is located by line and column") {
  auto bad = first_invalid_utf8(
      "ok\nab\xFF"
      "cd");
  REQUIRE(bad.has_value());
  CHECK(bad->line == 2);
  CHECK(bad->column == 3);
  CHECK(bad->byte == 0xFF);
  CHECK(first_invalid_utf8("\xC0\xAF").has_value());      // overlong '/'
  CHECK(first_invalid_utf8("\xED\xA0\x80").has_value());  // surrogate
  CHECK(first_invalid_utf8("\xE2\x80").has_value());      // truncated
}

TEST_CASE("display width counts code points") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("caf\xC3\xA9") == 4);
  CHECK(display_width("\xE2\x96\x88\xE2\x96\x88") == 2);
}
