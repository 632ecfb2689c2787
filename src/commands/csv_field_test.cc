#include "commands/csv_field.h"

#include <doctest/doctest.h>

using namespace medcareer::commands;

TEST_CASE("csv fields are quoted only when they must be, quotes doubled") {
  CHECK(csv_field("plain text") == "plain text");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("line\nbreak") == "\"line\nbreak\"");
  CHECK(csv_field("cr\r") == "\"cr\r\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("\"") == "\"\"\"\"");
  CHECK(csv_field("\"\"x\"") == "\"\"\"\"\"x\"\"\"");
  std::string row = "start,";
  append_csv_field(row, "x\"y");
  CHECK(row == "start,\"x\"\"y\"");
}

TEST_CASE("a list is one field, quoted as the joined text would be") {
  auto joined = [](const std::vector<std::string>& items) {
    std::string out;
    append_csv_list(out, items, " | ");
    return out;
  };
  CHECK(joined({}) == "");
  CHECK(joined({"one"}) == "one");
  CHECK(joined({"one", "two"}) == "one | two");
  CHECK(joined({"one", "t,wo"}) == "\"one | t,wo\"");
  CHECK(joined({"\"a\"", "b"}) == "\"\"\"a\"\" | b\"");
  // No separator after leading empty items, as the joined text had none.
  CHECK(joined({"", "b", "", "c"}) == "b |  | c");
  CHECK(joined({"", ""}) == "");
}
