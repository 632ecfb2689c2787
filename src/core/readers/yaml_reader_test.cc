#include "readers/yaml_reader.h"

#include <doctest/doctest.h>

#include <string>

using namespace medcareer;

namespace {

std::string error_of(const std::string& text, const yaml::Limits& limits = {}) {
  try {
    yaml::parse("q.yaml", text, limits);
  } catch (const ErrorException& e) {
    return e.error().to_string();
  }
  return "ok";
}

}  // namespace

TEST_CASE("yaml: nodes are counted from the text before a tree is built") {
  yaml::Limits limits;
  limits.max_nodes = 10;
  CHECK(error_of("a: [1, 2, 3, 4, 5, 6]\n", limits) == "ok");
  CHECK(error_of("a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n", limits) ==
        "q.yaml:1:34: document has more than 10 nodes (the limit)");
  std::string block = "a:\n";
  for (int i = 0; i < 11; ++i) block += "- x\n";
  CHECK(error_of(block, limits) == "q.yaml:12:1: document has more than 10 nodes (the limit)");
  // Commas in quotes and comments are not items.
  CHECK(error_of("a: ['1,2,3,4,5,6,7,8,9,10,11', \"1,2,3,4,5,6,7,8,9,10,11\"]  # ,,,,,,,,,,,,\n",
                 limits) == "ok");
  CHECK(error_of("a: don't [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n", limits) != "ok");
}

TEST_CASE("yaml: a byte order mark inside the text is refused where it is") {
  CHECK(error_of("a: 1\n\xEF\xBB\xBF"
                 "b: 2\n") ==
        "q.yaml:2:1: a byte order mark in the middle of the file: were two files joined with "
        "`cat`?");
}
