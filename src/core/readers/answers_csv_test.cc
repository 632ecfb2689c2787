#include <doctest/doctest.h>

#include <sstream>

#include "readers/record_test_util.h"

using namespace medcareer;
using testing::read_records;

namespace {

std::string read_csv(const std::string& text, const CsvOptions& options = {}) {
  return read_records(text, InputFormat::csv, "s.csv", options);
}

}  // namespace

TEST_CASE("csv answers: columns named by question id, values by option id") {
  CHECK(read_csv("contact,blood_ok,pace,settings,months\n"
                 "none,yes,3,hospital;home,12\n"
                 "lots,no,5,office,0\n") ==
        "s.csv:2: contact=none blood_ok=yes pace=3 settings=hospital+home months=12\n"
        "s.csv:3: contact=lots blood_ok=no pace=5 settings=office months=0\n");
}

TEST_CASE("csv answers: columns named by prompt, values by label, as form tools export") {
  CHECK(read_csv("Timestamp,\"  how much do you want to be with PATIENTS,  face to face? \","
                 "Are you OK around blood?,What pace do you want?,"
                 "Where would you like to work? Pick up to 2.,How many months could you train?\n"
                 "2024/05/01 10:00,a lot,\"Yes, fine\",Busy,"
                 "\"Front desk, reception or office, A hospital\", 6 \n") ==
        "s.csv:2: contact=lots blood_ok=yes pace=4 settings=office+hospital months=6\n");
}

TEST_CASE("csv answers: multiple choices joined by ';' or ', '") {
  CHECK(read_csv("settings\n"
                 "hospital;home\n"
                 "\"hospital, home\"\n"
                 "\"A hospital, From home\"\n"
                 "\"Front desk, reception or office;From home;\"\n"
                 "\"front desk,  reception or office\"\n") ==
        "s.csv:2: settings=hospital+home\n"
        "s.csv:3: settings=hospital+home\n"
        "s.csv:4: settings=hospital+home\n"
        "s.csv:5: settings=office+home\n"
        "s.csv:6: settings=office\n");
}

TEST_CASE("csv answers: empty cells are unanswered; TRUE and FALSE answer yes/no") {
  CHECK(read_csv("contact,blood_ok,months\n,TRUE,\nlots,,\n , false , \n") ==
        "s.csv:2: blood_ok=yes\n"
        "s.csv:3: contact=lots\n"
        "s.csv:4: blood_ok=no\n");
}

TEST_CASE("csv answers: the id column names each respondent") {
  CsvOptions options;
  options.id_column = "e-mail";
  CHECK(read_csv("Timestamp,E-Mail,contact\n1,jo@example.org,lots\n2,,none\n", options) ==
        "jo@example.org: contact=lots\n"
        "s.csv:3: contact=none\n");
  CHECK(read_csv("E-Mail,contact\njo@example.org,lots,x\n", options) ==
        "s.csv:2: ERROR s.csv:2:21: row has 3 fields, but the header has 2\n");  // maybe shifted
  options.id_column = "email";
  CHECK(read_csv("Timestamp,E-Mail,contact\n1,jo@example.org,lots\n", options) ==
        "s.csv: ERROR s.csv:1:1: no column 'email' to take respondent ids from\n");
}

TEST_CASE("csv answers: a 'respondent' column names each respondent without --id-column") {
  // As `questions --format csv-header` writes it, and as the key does in YAML and JSON Lines.
  CHECK(read_csv("respondent,contact\nJo,lots\n,none\n") ==
        "Jo: contact=lots\n"
        "s.csv:3: contact=none\n");
  CHECK(read_csv("contact,pace\nlots,Very calm\n") == "s.csv:2: contact=lots pace=1\n");
}

TEST_CASE("csv answers: a header over the column limit is refused, not cut") {
  std::string header = "contact";
  for (int i = 0; i < 10000; ++i) header += ",c" + std::to_string(i);
  CHECK(read_csv(header + "\nlots\n") ==
        "s.csv: ERROR s.csv:1:1: header has 10001 columns, over the limit of 10000\n");
}

TEST_CASE("csv answers: a bad value fails its record, at its cell, and no other") {
  std::istringstream in(
      "contact,months,settings\nlots,12,\nSometimes,6,\nnone,60,\nnone,1,\"Home; Moon  Base\"\n"
      "none,1,\n");
  auto reader = open_records(in, "s.csv", InputFormat::csv, testing::small_questionnaire());
  Record record;
  REQUIRE(reader->next(record));
  CHECK(record.answers.ok());
  REQUIRE(reader->next(record));
  REQUIRE_FALSE(record.answers.ok());
  CHECK(record.id == "s.csv:3");
  CHECK(record.answers.error().to_string() == "s.csv:3:1: 'contact' has no option 'Sometimes'");
  CHECK(record.answers.error().hint == "'contact' takes: none lots");
  REQUIRE(reader->next(record));
  CHECK(record.answers.error().to_string() == "s.csv:4:6: 'months' must be from 0 to 48, not 60");
  REQUIRE(reader->next(record));
  CHECK(record.answers.error().to_string() == "s.csv:5:8: 'settings' has no option 'Moon  Base'");
  REQUIRE(reader->next(record));
  CHECK(testing::describe(record) == "s.csv:6: contact=none months=1");
  CHECK_FALSE(reader->next(record));
}

TEST_CASE("csv answers: broken rows are reported and later rows still read") {
  CHECK(read_csv("contact,months\nlots,1,extra\nnone\n\"lots\",2\n") ==
        "s.csv:2: ERROR s.csv:2:8: row has 3 fields, but the header has 2\n"
        "s.csv:3: ERROR s.csv:3:1: row has 1 field, but the header has 2\n"
        "s.csv:4: contact=lots months=2\n");
}

TEST_CASE("csv answers: a header that fits no question fails the whole file") {
  CHECK(read_csv("name,email\nJo,jo@example.org\n") ==
        "s.csv: ERROR s.csv:1:1: header matches no question; expected ids like contact, "
        "blood_ok, pace or the prompts\n");
  std::istringstream in("name\n");
  auto reader = open_records(in, "s.csv", InputFormat::csv, testing::small_questionnaire());
  Record record;
  REQUIRE(reader->next(record));
  CHECK(record.answers.error().hint ==
        "see `medcareer questions --format csv-header` for a header that fits");
  CHECK_FALSE(reader->next(record));
  CHECK(read_csv("contact,What pace do you want?,CONTACT\n") ==
        "s.csv: ERROR s.csv:1:32: column 3 answers 'contact' again (column 1 already does)\n");
  CHECK(read_csv("") == "s.csv: ERROR s.csv:1:1: file is empty\n");
  CHECK(read_csv("\ncontact,pace\n\n") ==
        "s.csv: ERROR s.csv:2:1: no answers below the header row\n");
}
