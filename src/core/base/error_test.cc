#include "medcareer/error.h"

#include <doctest/doctest.h>

using namespace medcareer;

TEST_CASE("an error prints the parts of its position that are known") {
  CHECK(Error{{"a.yaml", 3, 7}, "bad", ""}.to_string() == "a.yaml:3:7: bad");
  CHECK(Error{{"a.yaml", 3, 0}, "bad", ""}.to_string() == "a.yaml:3: bad");
  CHECK(Error{{"a.yaml", 0, 0}, "bad", ""}.to_string() == "a.yaml: bad");
  CHECK(Error{{}, "bad", ""}.to_string() == "bad");
}

TEST_CASE("catch_errors turns a thrown error into a value") {
  auto good = catch_errors([] { return 42; });
  REQUIRE(good.ok());
  CHECK(good.value() == 42);
  auto bad = catch_errors([]() -> int { fail({"f", 1, 2}, "broken"); });
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().to_string() == "f:1:2: broken");
}
