#include "ui/html/escape.h"

#include <doctest/doctest.h>

using medcareer::ui::html::escape;

TEST_CASE("escape turns markup from input into text") {
  CHECK(escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape("\"><img src=x onerror=alert(1)>") ==
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(escape("a & b's") == "a &amp; b&#39;s");
  CHECK(escape("&amp;") == "&amp;amp;");  // escaped again: the input meant the letters
}

TEST_CASE("escape keeps UTF-8 and line breaks but not control characters") {
  CHECK(escape("Zoë\tline\nnext") == "Zoë\tline\nnext");
  CHECK(escape(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(escape("\x1b[31m") == "\xEF\xBF\xBD[31m");
}
