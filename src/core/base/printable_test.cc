#include "medcareer/printable.h"

#include <doctest/doctest.h>

using namespace medcareer;

TEST_CASE("plain text, accents and all, is shown as it is") {
  CHECK(printable("dana@example.org") == "dana@example.org");
  CHECK(printable("Ren\xc3\xa9"
                  "e \xe2\x80\x94 caf\xc3\xa9") ==
        "Ren\xc3\xa9"
        "e \xe2\x80\x94 caf\xc3\xa9");
  CHECK(printable("") == "");
}

TEST_CASE("escape sequences, newlines and NUL are shown escaped") {
  CHECK(printable("a\x1b[31mred\x1b[0m") == "a\\x1b[31mred\\x1b[0m");
  CHECK(printable("one\ntwo\r") == "one\\ntwo\\r");
  CHECK(printable(std::string_view("x\0y", 3)) == "x\\0y");
  CHECK(printable("\x7f\x07") == "\\x7f\\x07");
  CHECK(printable("a\tb") == "a\\tb");
  CHECK(printable("a\tb", Tabs::keep) == "a\tb");
}

TEST_CASE("bytes that are not UTF-8, C1 controls and bidirectional overrides are escaped") {
  CHECK(printable("caf\xe9") == "caf\\xe9");
  CHECK(printable("\xc2\x9b"
                  "2J") == "\\u009b2J");  // CSI as one character
  CHECK(printable("abc\xe2\x80\xae"
                  "fed") == "abc\\u202efed");
  CHECK(printable("\xe2\x81\xa6x\xe2\x81\xa9") == "\\u2066x\\u2069");
  CHECK(printable("\xf0\x9f\x98\x80") == "\xf0\x9f\x98\x80");  // an emoji is kept
  CHECK(printable("\xf0\x9f") == "\\xf0\\x9f");                // cut short
}
