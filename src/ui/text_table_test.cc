#include "ui/text_table.h"

#include <doctest/doctest.h>

using medcareer::ui::TextTable;

TEST_CASE("a table aligns columns and underlines the header") {
  TextTable t;
  t.add_column("id");
  t.add_column("pay", TextTable::Align::right);
  t.add_row({"coder", "$50,000"});
  t.add_row({"assistant", "$37,190"});
  CHECK(t.render() ==
        "id             pay\n"
        "---------  -------\n"
        "coder      $50,000\n"
        "assistant  $37,190\n");
}

TEST_CASE("a column with a maximum width wraps its cells") {
  TextTable t;
  t.add_column("fact");
  t.add_column("value", TextTable::Align::left, 10);
  t.add_row({"settings", "hospitals and clinics"});
  CHECK(t.render() ==
        "fact      value\n"
        "--------  ---------\n"
        "settings  hospitals\n"
        "          and\n"
        "          clinics\n");
}

TEST_CASE("coloured cells are measured by what shows") {
  TextTable t;
  t.add_column("a");
  t.add_column("b");
  t.add_row({"\x1b[1mxy\x1b[0m", "z"});
  CHECK(t.render() == "a   b\n--  -\n\x1b[1mxy\x1b[0m  z\n");
}
