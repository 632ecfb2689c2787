#include "readers/csv_reader.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace medcareer;

namespace {

// Every record of `text` as its fields joined by '|', or "ERROR <error>" for a bad one; the
// records are joined by newlines so that a failed check shows them.
std::string read_all(const std::string& text, csv::Limits limits = {}) {
  std::istringstream in(text);
  csv::Reader reader(in, "s.csv", limits);
  csv::Row row;
  std::vector<std::string> out;
  while (reader.next(row)) {
    if (row.error) {
      out.push_back("ERROR " + row.error->to_string());
      continue;
    }
    std::string joined;
    for (std::size_t i = 0; i < row.size(); ++i) (joined += i ? "|" : "") += row[i].text;
    out.push_back(joined);
  }
  std::string all;
  for (const auto& line : out) all += line + "\n";
  return all;
}

std::string Lines(std::initializer_list<std::string> lines) {
  std::string all;
  for (const auto& line : lines) all += line + "\n";
  return all;
}

template <class... Parts>
std::string cat(const Parts&... parts) {
  std::string all;
  ((all += parts), ...);
  return all;
}

}  // namespace

TEST_CASE("csv: plain and quoted fields") {
  CHECK(read_all("a,b,c\n1,2,3\n") == Lines({"a|b|c", "1|2|3"}));
  CHECK(read_all("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") == Lines({"a|b", "x, y|say \"hi\""}));
  CHECK(read_all("a,b\n,\n") == Lines({"a|b", "|"}));
  CHECK(read_all("a,b\n\"\",z") == Lines({"a|b", "|z"}));  // no line end at the end
  CHECK(read_all("a,b\n1,") == Lines({"a|b", "1|"}));
  CHECK(read_all("a\n5\" screen\n") == Lines({"a", "5\" screen"}));  // stray quote kept
}

TEST_CASE("csv: a row hands its fields over end to end, then reads on with the buffers it got") {
  std::istringstream in("a,b\n\"x, \"\"y\"\"\",z\n1,22\n");
  csv::Reader reader(in, "s.csv");
  csv::Row row;
  REQUIRE(reader.next(row));
  REQUIRE(reader.next(row));
  std::string text = "left from the record before";
  std::vector<csv::Row::Cell> cells(5);
  row.hand_over(text, cells, reader.source());
  CHECK(text == "x, \"y\"z\"x, \"\"y\"\"\",z");  // the cells, then the row as written
  REQUIRE(cells.size() == 2);
  CHECK(cells[0].end == 6);
  CHECK(cells[1].end == 7);
  CHECK(cells[1].line == 2);
  CHECK(cells[1].column == 12);
  CHECK(row.size() == 0);
  REQUIRE(reader.next(row));
  REQUIRE(row.size() == 2);
  CHECK(row[0].text == "1");
  CHECK(row[1].text == "22");
  CHECK(row[1].column == 3);
}

TEST_CASE("csv: CRLF, CR, blank lines and a byte order mark") {
  CHECK(read_all("a,b\r\n1,2\r\n\r\n3,4\r\n") == Lines({"a|b", "1|2", "3|4"}));
  CHECK(read_all("a,b\r1,2\r") == Lines({"a|b", "1|2"}));
  CHECK(read_all("\xEF\xBB\xBF"
                 "a,b\n1,2\n") == Lines({"a|b", "1|2"}));
}

TEST_CASE("csv: a line break inside quotes belongs to the field") {
  std::istringstream in("id,note\n1,\"two\r\nlines\"\n2,x\n");
  csv::Reader reader(in, "s.csv");
  csv::Row row;
  REQUIRE(reader.next(row));
  REQUIRE(reader.next(row));
  CHECK(row.line == 2);
  CHECK(row[1].text == "two\nlines");
  REQUIRE(reader.next(row));
  CHECK(row.line == 4);  // lines are counted through the quoted break
  CHECK(row[1].line == 4);
  CHECK(row[1].column == 3);
  CHECK_FALSE(reader.next(row));
}

TEST_CASE("csv: fields know their line and column") {
  std::istringstream in(
      "\xEF\xBB\xBF"
      "a,bb,c\n\n x,\"y\",z\n");
  csv::Reader reader(in, "s.csv");
  csv::Row row;
  REQUIRE(reader.next(row));
  CHECK(row[1].column == 3);  // the byte order mark takes no column
  REQUIRE(reader.next(row));
  CHECK(row.line == 3);
  CHECK(row[0].column == 1);
  CHECK(row[1].column == 4);
  CHECK(row[2].column == 8);
  CHECK(row[0].text == " x");  // spaces are data; the answers reader trims them
}

TEST_CASE("csv: a row with too many or too few fields, then good rows") {
  CHECK(read_all("a,b,c\n1,2,3,4\n1,2\n5,6,7\n") ==
        Lines({"a|b|c", "ERROR s.csv:2:7: row has 4 fields, but the header has 3",
               "ERROR s.csv:3:1: row has 2 fields, but the header has 3", "5|6|7"}));
  std::istringstream in("a,b\n1,2,3\n");
  csv::Reader reader(in, "s.csv");
  csv::Row row;
  reader.next(row);
  reader.next(row);
  REQUIRE(row.error);
  CHECK(row.error->hint == "a value that contains a comma must be in double quotes");
}

TEST_CASE("csv: a quote left open reports where it opened, and the rows after it are read") {
  CHECK(read_all("a,b\n1,2\n3,\"open\n4,5\n") ==
        Lines({"a|b", "1|2",
               "ERROR s.csv:3:3: quoted field is never closed: the file ends inside it", "4|5"}));
  // Mid-file, a quote that swallows rows up to a later quote is pointed at where it opened,
  // and reading goes on with the line after it.
  CHECK(read_all("a,b\n1,\"open\n2,3\n4,\"x\"\n5,6\n") ==
        Lines({"a|b",
               "ERROR s.csv:2:3: a quote that is never closed on its line: the row ran on to "
               "line 4",
               "2|3", "4|x", "5|6"}));
  CHECK(read_all("a,b\n1,\"open\n2,3\n4,5\n") ==
        Lines({"a|b", "ERROR s.csv:2:3: quoted field is never closed: the file ends inside it",
               "2|3", "4|5"}));
}

TEST_CASE("csv: a NUL byte ends the input; a record over the skip limit ends it too") {
  CHECK(
      read_all(std::string("a,b\n1,2\n3,\0\n4,5\n", 16)) ==
      Lines({"a|b", "1|2",
             "ERROR s.csv:3:3: a NUL byte: this is not a text file; the rest of it is not read"}));
  csv::Limits limits;
  limits.block_bytes = 4;
  limits.max_record_bytes = 8;
  limits.max_skip_bytes = 16;
  CHECK(read_all("a,b\n" + std::string(40, 'x') + ",1\n2,3\n", limits) ==
        Lines({"a|b",
               "ERROR s.csv:2:1: record is longer than 16 bytes; the rest of the input is "
               "not read"}));
}

TEST_CASE("csv: text after a closing quote fails the record, not the next one") {
  CHECK(read_all("a,b\n\"x\"y,2\n3,4\n") ==
        Lines({"a|b", "ERROR s.csv:2:4: unexpected text after a closing quote", "3|4"}));
}

TEST_CASE("csv: invalid UTF-8 fails the record where the byte is") {
  CHECK(read_all("a,b\ncaf\xC3\xA9,ok\nx,\"b\xFF\nc\"\n1,2\n") ==
        Lines({"a|b", "caf\xC3\xA9|ok", "ERROR s.csv:3:5: invalid UTF-8 (byte 255)", "1|2"}));
  CHECK(read_all("a\n\xE2\x80") == Lines({"a", "ERROR s.csv:2:1: invalid UTF-8 (byte 226)"}));
}

TEST_CASE("csv: limits keep a runaway field from taking all memory") {
  csv::Limits limits;
  limits.max_field_bytes = 8;
  CHECK(read_all("a,b\n123456789,2\n1,2\n", limits) ==
        Lines({"a|b", "ERROR s.csv:2:1: field is longer than 8 bytes (the limit)", "1|2"}));
}

TEST_CASE("csv: records longer than one read block") {
  std::string big(3u << 20, 'x');
  std::string text = "a,b\n\"" + big + "\",\xC3\xA9\n1,2\n";
  csv::Limits limits;
  limits.max_field_bytes = 4u << 20;
  std::istringstream in(text);
  csv::Reader reader(in, "s.csv", limits);
  csv::Row row;
  REQUIRE(reader.next(row));
  REQUIRE(reader.next(row));
  CHECK_FALSE(row.error);
  CHECK(row[0].text.size() == big.size());
  CHECK(row[1].text == "\xC3\xA9");
  CHECK(row[1].column == static_cast<int>(big.size()) + 4);
  REQUIRE(reader.next(row));
  CHECK(row.line == 3);
  CHECK_FALSE(reader.next(row));
}

TEST_CASE("csv: the same records whatever the block boundaries") {
  const std::string text =
      "\xEF\xBB\xBFid,note,x\r\n1,\"a "
      "\"\"b\"\"\r\nc\",\xC3\xA9\xE2\x80\x94\r\n\r\n2,\"\",\"\"\"\"\r"
      "3,\"x\"y,z\n4,\xF0\x9F\x98\x80,\xFF\n5,6\n7,8,9";
  const std::string expected = read_all(text);
  CHECK(expected == Lines({"id|note|x", "1|a \"b\"\nc|\xC3\xA9\xE2\x80\x94", "2||\"",
                           "ERROR s.csv:6:6: unexpected text after a closing quote",
                           "ERROR s.csv:7:8: invalid UTF-8 (byte 255)",
                           "ERROR s.csv:8:1: row has 2 fields, but the header has 3", "7|8|9"}));
  for (std::size_t block = 4; block <= 16; ++block) {
    csv::Limits limits;
    limits.block_bytes = block;
    CHECK_MESSAGE(read_all(text, limits) == expected, "block of " << block << " bytes");
  }
}

TEST_CASE("csv: a special byte is found at every place in a long field") {
  // Long fields are scanned many bytes at a time: a separator, a quote, a line break or a
  // non-ASCII byte must be seen wherever it falls, and read the same in blocks of 4 bytes.
  std::string text = "a,b\n";
  std::vector<std::string> expected = {"a|b"};
  for (std::size_t i = 0; i < 40; ++i) {
    const std::string x(i, 'x'), y(40 - i, 'y');
    text += cat(x, "\xC3\xA9", y, ",\"", x, "\"\"", y, "\r\n", x, "\"\n");
    expected.push_back(cat(x, "\xC3\xA9", y, "|", x, "\"", y, "\n", x));
    text += cat(x, "\xFF", y, ",1\n");
    // Three lines each time round: the row with a line break in quotes, then the bad one.
    expected.push_back(cat("ERROR s.csv:", std::to_string(4 + 3 * i), ":", std::to_string(i + 1),
                           ": invalid UTF-8 (byte 255)"));
  }
  std::string all;
  for (const auto& line : expected) all += line + "\n";
  CHECK(read_all(text) == all);
  csv::Limits limits;
  limits.block_bytes = 4;
  CHECK(read_all(text, limits) == all);
}
