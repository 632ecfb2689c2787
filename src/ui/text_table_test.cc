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

namespace {
// The width of the widest line of `text`.
std::size_t widest(const std::string& text) {
  std::size_t widest = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    widest = std::max(widest, end - start);
    start = end + 1;
  }
  return widest;
}
}  // namespace

TEST_CASE("fit narrows the widest wrapping column first") {
  TextTable t;
  t.add_column("id");
  t.add_column("title", TextTable::Align::left, TextTable::kAnyWidth);
  t.add_column("from", TextTable::Align::left, TextTable::kAnyWidth);
  t.add_row({"auditor", "Coding Auditor / Compliance Officer", "coder, biller"});
  // 7 + 2 + 35 + 2 + 13 = 59 wide; at 40 the title gives up 19 columns, the rest keep theirs.
  const std::string natural = t.render();
  CHECK(widest(natural) == 59);
  t.fit(40);
  CHECK(t.render() ==
        "id       title             from\n"
        "-------  ----------------  -------------\n"
        "auditor  Coding Auditor /  coder, biller\n"
        "         Compliance\n"
        "         Officer\n");
  // A width the table already fits changes nothing.
  t.fit(80);
  CHECK(t.render() == natural);
}

TEST_CASE("fit leaves columns that do not wrap as they are") {
  TextTable t;
  t.add_column("id");
  t.add_column("note", TextTable::Align::left, 30);
  t.add_row({"a-very-long-identifier", "short words here"});
  t.fit(30);
  CHECK(t.render() ==
        "id                      note\n"
        "----------------------  -----\n"
        "a-very-long-identifier  short\n"
        "                        words\n"
        "                        here\n");
}

TEST_CASE("fit breaks words only when whole words cannot fit, after a '-' first") {
  TextTable t;
  t.add_column("", TextTable::Align::left, TextTable::kAnyWidth);
  t.add_column("leads to", TextTable::Align::left, TextTable::kAnyWidth);
  t.add_row({"next", "risk-adjustment-coder\nauditor"});
  // Whole words need 4 + 2 + 21 = 27 columns.
  t.fit(27);
  CHECK(t.render() ==
        "      leads to\n"
        "----  ---------------------\n"
        "next  risk-adjustment-coder\n"
        "      auditor\n");
  t.fit(20);
  CHECK(t.render() ==
        "      leads to\n"
        "----  -----------\n"
        "next  risk-\n"
        "      adjustment-\n"
        "      coder\n"
        "      auditor\n");
  // Narrower than 'adjustment-': cut anywhere.
  t.fit(14);
  const std::string cut = t.render();
  CHECK(widest(cut) <= 14);
  CHECK(cut.find("adjustme") != std::string::npos);
}

TEST_CASE("fit wraps a header too, and keeps the lines a cell gives") {
  TextTable t;
  t.add_column("billing-coding", TextTable::Align::left, TextTable::kAnyWidth);
  t.add_column("x");
  t.add_row({"one\ntwo", "y"});
  t.fit(11);
  CHECK(t.render() ==
        "billing-  x\n"
        "coding\n"
        "--------  -\n"
        "one       y\n"
        "two\n");
}

TEST_CASE("accents written as two code points, CJK and emoji keep the columns aligned") {
  TextTable t;
  t.add_column("respondent");
  t.add_column("top", TextTable::Align::right);
  t.add_row({"Jose\xCC\x81", "coder"});                           // José, decomposed
  t.add_row({"\xE5\xBC\xA0\xE4\xBC\x9F", "biller"});              // 张伟
  t.add_row({"Sam \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "scribe"});  // Sam 👍🏽
  CHECK(t.render() ==
        "respondent     top\n"
        "----------  ------\n"
        "Jose\xCC\x81"
        "         coder\n"
        "\xE5\xBC\xA0\xE4\xBC\x9F"
        "        biller\n"
        "Sam \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"
        "      scribe\n");
}

TEST_CASE("a wide word is broken between characters, never inside one") {
  TextTable t;
  t.add_column("name", TextTable::Align::left, TextTable::kAnyWidth);
  t.add_column("x");
  t.add_row({"\xE5\xBC\xA0\xE4\xBC\x9F\xE5\xBC\xA0\xE4\xBC\x9F", "1"});  // 张伟张伟, 8 columns
  t.fit(7);
  CHECK(t.render() ==
        "name  x\n"
        "----  -\n"
        "\xE5\xBC\xA0\xE4\xBC\x9F"
        "  1\n"
        "\xE5\xBC\xA0\xE4\xBC\x9F\n");
}
