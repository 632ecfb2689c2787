// read_number: the digits-only shortcut must give what from_chars gives, and everything else
// still goes through from_chars.
#include <doctest/doctest.h>

#include <charconv>
#include <string>

#include "medcareer/answers.h"

namespace medcareer {
namespace {

double by_from_chars(const std::string& text) {
  double v = -1;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

TEST_CASE("read_number reads digits as from_chars does") {
  for (const std::string text : {"0", "5", "007", "12", "999999999", "123456789"}) {
    double v = -1;
    CHECK(read_number(text, v));
    CHECK(v == by_from_chars(text));
  }
  double v = -1;
  CHECK(read_number(" 4\t", v));
  CHECK(v == 4);
  CHECK(read_number("1234567890123", v));  // past the shortcut's nine digits
  CHECK(v == 1234567890123.0);
  CHECK(read_number("2.5", v));
  CHECK(v == 2.5);
  CHECK(read_number("-3", v));
  CHECK(v == -3);
}

TEST_CASE("read_number refuses what is not all one finite number") {
  double v = 7;
  for (const std::string text : {"", " ", "4 months", "4a", "+", "1e999", "nan", "inf", "٣"}) {
    CHECK_FALSE(read_number(text, v));
  }
  CHECK(v == 7);  // left as it was
}

}  // namespace
}  // namespace medcareer
