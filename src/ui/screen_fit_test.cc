#include "ui/screen_fit.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/wrap.h"

using medcareer::ui::fit_screen;
using medcareer::ui::screen_rows;
using medcareer::ui::ScreenParts;
using medcareer::ui::split_lines;
using medcareer::ui::Style;

namespace {

using Rows = std::vector<std::string>;

// "body 0\nbody 1\n..." for `n` rows.
std::string numbered(const std::string& word, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += word + " " + std::to_string(i) + "\n";
  return out;
}

}  // namespace

TEST_CASE("screen_rows splits at newlines and at the width, counting code points") {
  CHECK(screen_rows("ab\ncd\n", 10) == Rows{"ab", "cd"});
  CHECK(screen_rows("abcdef", 4) == Rows{"abcd", "ef"});
  CHECK(screen_rows("\u2588\u2588\u2588", 2) == Rows{"\u2588\u2588", "\u2588"});
  CHECK(screen_rows("a\n\nb\n", 10) == Rows{"a", "", "b"});
  CHECK(screen_rows("", 10).empty());
}

TEST_CASE("screen_rows gives each row the colour in force, and a reset where it is open") {
  const Style colour(true);
  CHECK(screen_rows(colour.bold("one\ntwo") + "\nthree\n", 20) ==
        Rows{"\x1b[1mone\x1b[0m", "\x1b[1mtwo\x1b[0m", "three"});
  // The escape codes take no room.
  CHECK(screen_rows(colour.bold("abcd"), 4) == Rows{"\x1b[1mabcd\x1b[0m"});
}

TEST_CASE("a screen that fits is shown whole, with no newline after its last row") {
  ScreenParts parts{"Title\n", "a\nb\n", "keys\n", 0, 0, ""};
  auto fitted = fit_screen(parts, 20, 10, 0, Style());
  CHECK(fitted.text == "Title\na\nb\nkeys");
  CHECK(fitted.body_rows == 2);
  CHECK(fitted.shown == 2);
}

TEST_CASE("a tall screen keeps its header and footer and scrolls the body to the focus") {
  ScreenParts parts{"Title\n\n", numbered("body", 30), "\nkeys\n", 20, 21, ""};
  auto fitted = fit_screen(parts, 40, 10, 0, Style());
  Rows rows = split_lines(fitted.text);
  REQUIRE(rows.size() == 10);
  CHECK(rows.front() == "Title");
  CHECK(rows.back() == "keys");
  CHECK(std::find(rows.begin(), rows.end(), "body 20") != rows.end());
  CHECK(rows[2].find("more lines above") != std::string::npos);
  CHECK(rows[7] == "  (9 more lines below)");
  CHECK(fitted.scroll == 17);
  // With no focus, the scroll position given is kept, and clamped at the end.
  parts.focus_first = parts.focus_last = 0;
  CHECK(split_lines(fit_screen(parts, 40, 10, 0, Style()).text)[2] == "body 0");
  auto end = fit_screen(parts, 40, 10, 1000, Style());
  CHECK(split_lines(end.text)[7] == "body 29");
  CHECK(end.scroll + end.shown == 30);
}

TEST_CASE("when room is short, blank rows go first, then the footer's and header's last rows") {
  ScreenParts parts{"Count\n\nPrompt\nmore prompt\n\n",
                    numbered("option", 5),
                    "\nmessage\n\nkey hint\nmore keys\n",
                    2,
                    3,
                    ""};
  Rows rows = split_lines(fit_screen(parts, 20, 9, 0, Style()).text);
  REQUIRE(rows.size() == 9);
  CHECK(rows[0] == "Count");
  CHECK(rows[1] == "Prompt");
  CHECK(std::find(rows.begin(), rows.end(), "option 2") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "message") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "") == rows.end());
  // Tiny: only the first row of each part and the focus are left.
  rows = split_lines(fit_screen(parts, 20, 3, 0, Style()).text);
  CHECK(rows == Rows{"Count", "option 2", "message"});
}

TEST_CASE("the hint for hidden rows follows the count") {
  ScreenParts parts{"T\n", numbered("line", 20), "k\n", 0, 0, "; down scrolls"};
  Rows rows = split_lines(fit_screen(parts, 40, 6, 0, Style()).text);
  CHECK(rows[4] == "  (17 more lines below; down scrolls)");
}

TEST_CASE("a note about hidden rows never takes more than one row") {
  ScreenParts parts{"T\n", numbered("line", 20), "k\n", 0, 0, "; down scrolls"};
  Rows rows = split_lines(fit_screen(parts, 30, 6, 0, Style()).text);
  REQUIRE(rows.size() == 6);
  CHECK(rows[4] == "(17 more below; down scrolls)");
  rows = split_lines(fit_screen(parts, 16, 6, 0, Style()).text);
  CHECK(rows[4] == "(17 more below)");
  ScreenParts short_lines{"T\n", numbered("l", 20), "k\n", 0, 0, "; down scrolls"};
  rows = split_lines(fit_screen(short_lines, 5, 6, 0, Style()).text);
  REQUIRE(rows.size() == 6);
  CHECK(rows[4] == "(17)");
}
