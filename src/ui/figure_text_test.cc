#include "ui/figure_text.h"

#include <doctest/doctest.h>

using namespace medcareer;
using namespace medcareer::ui;

TEST_CASE("numbers get thousands separators and decimals only when needed") {
  CHECK(format_number(46660) == "46,660");
  CHECK(format_number(23.45) == "23.45");
  CHECK(format_number(1000000) == "1,000,000");
  CHECK(format_number(7) == "7");
  CHECK(format_number(-1234.5) == "-1,234.50");
}

TEST_CASE("amounts read as words with their unit") {
  Figure pay;
  pay.low = 35000;
  pay.high = 45000;
  pay.unit = Unit::usd_per_year;
  CHECK(format_amount(pay) == "$35,000 to $45,000 a year");
  Figure hourly;
  hourly.value = 23.45;
  hourly.unit = Unit::usd_per_hour;
  CHECK(format_amount(hourly) == "$23.45 an hour");
  Figure growth;
  growth.value = 7;
  growth.unit = Unit::percent;
  CHECK(format_amount(growth) == "7%");
  Figure one_month;
  one_month.value = 1;
  one_month.unit = Unit::months;
  CHECK(format_amount(one_month) == "1 month");
  CHECK(format_span({pay, hourly}, Unit::usd_per_year) == "$35,000 to $45,000 a year");
  CHECK(format_span({hourly}, Unit::usd_per_year).empty());
}

TEST_CASE("a citation names the publisher and the period, the figure's own first") {
  Catalog c;
  c.sources.push_back({"bls", "U.S. Bureau of Labor Statistics", "OOH", "2023", "", {}});
  Figure f;
  f.value = 7;
  f.unit = Unit::percent;
  f.what = "projected growth";
  f.source = "bls";
  CHECK(citation(c, f) == "U.S. Bureau of Labor Statistics, 2023");
  f.period = "2022-2032";
  CHECK(format_figure(c, f) == "7%: projected growth (U.S. Bureau of Labor Statistics, 2022-2032)");
}
