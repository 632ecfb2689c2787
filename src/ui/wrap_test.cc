#include "ui/wrap.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using medcareer::ui::wrap;
using medcareer::ui::wrap_phrases;

TEST_CASE("wrap breaks between words at the width") {
  CHECK(wrap("one two three four", 9) == "one two\nthree\nfour\n");
  CHECK(wrap("one two three", 80) == "one two three\n");
}

TEST_CASE("wrap indents the first and the following lines separately") {
  CHECK(wrap("alpha beta gamma", 12, "- ", "  ") == "- alpha beta\n  gamma\n");
}

TEST_CASE("wrap folds white space and keeps long words whole") {
  CHECK(wrap("a \n  b", 80) == "a b\n");
  CHECK(wrap("supercalifragilistic x", 5) == "supercalifragilistic\nx\n");
  CHECK(wrap("", 10) == "\n");
}

TEST_CASE("split_lines keeps empty lines, and a final newline gives a last empty line") {
  using Lines = std::vector<std::string>;
  CHECK(medcareer::ui::split_lines("") == Lines{""});
  CHECK(medcareer::ui::split_lines("a\n\nb") == Lines{"a", "", "b"});
  CHECK(medcareer::ui::split_lines("a\n") == Lines{"a", ""});
}

TEST_CASE("wrap_phrases breaks between phrases, never inside one that fits") {
  const std::string keys =
      "up/down move, Enter goes on, left or b goes back, ? help, s skips, q quits";
  // At 30 columns wrap() would leave "left or" on one line and "b goes back" on the next.
  CHECK(wrap_phrases(keys, 30) ==
        "up/down move, Enter goes on,\nleft or b goes back, ? help,\ns skips, q quits\n");
  CHECK(wrap_phrases(keys, 200) == keys + "\n");
  // A phrase wider than the line is wrapped inside, as it must be.
  CHECK(wrap_phrases("a very long phrase here, ok", 10) == "a very\nlong\nphrase\nhere, ok\n");
}
