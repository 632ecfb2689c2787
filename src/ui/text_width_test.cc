#include "ui/text_width.h"

#include <doctest/doctest.h>

#include <string>

using medcareer::ui::prefix_bytes;
using medcareer::ui::suffix_start;
using medcareer::ui::visible_width;

namespace {
const std::string kComposed = "Jos\xC3\xA9";          // é as one code point
const std::string kDecomposed = "Jose\xCC\x81";       // e + combining acute accent
const std::string kCjk = "\xE5\xBC\xA0\xE4\xBC\x9F";  // 张伟, two wide characters
const std::string kFamily =  // 👩‍👩‍👧: one emoji of five code points
    "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
const std::string kThumb = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";  // 👍🏽: emoji and skin tone
}  // namespace

TEST_CASE("text is measured in terminal columns, not code points") {
  CHECK(visible_width("coder") == 5);
  CHECK(visible_width(kComposed) == 4);
  CHECK(visible_width(kDecomposed) == 4);  // the accent takes no column of its own
  CHECK(visible_width(kCjk) == 4);
  CHECK(visible_width(kFamily) == 2);
  CHECK(visible_width(kThumb) == 2);
  CHECK(visible_width("\x1b[1;36mbold\x1b[0m") == 4);
  CHECK(visible_width("a\xFF"
                      "b") == 3);  // a byte that is not UTF-8 shows as one
}

TEST_CASE("cuts fall between characters as they are drawn") {
  CHECK(prefix_bytes(kDecomposed, 4) == kDecomposed.size());
  CHECK(prefix_bytes(kDecomposed, 3) == 3);  // "Jos", the accent stays with its letter
  CHECK(prefix_bytes(kCjk, 3) == 3);         // one wide character; half of one never
  CHECK(prefix_bytes(kFamily + "x", 1) == 0);
  CHECK(prefix_bytes(kFamily + "x", 2) == kFamily.size());
  CHECK(suffix_start("ab" + kCjk, 2) == 5);
  CHECK(suffix_start("ab" + kCjk, 3) == 5);
  CHECK(suffix_start(kDecomposed, 1) == 3);  // "e" and its accent
}
