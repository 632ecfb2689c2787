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
  // Spans are built from the figures the data lists, only.
  CHECK(format_span({pay, hourly}, Unit::usd_per_year).empty());
  pay.listed = true;
  hourly.listed = true;
  CHECK(format_span({pay, hourly}, Unit::usd_per_year) == "$35,000 to $45,000 a year");
  CHECK(format_span({hourly}, Unit::usd_per_year).empty());
}

TEST_CASE("a citation names the publisher and the period, the figure's own first") {
  Catalog c;
  Source bls;
  bls.id = "bls";
  bls.publisher = "U.S. Bureau of Labor Statistics";
  bls.period = "2023";
  c.sources.push_back(bls);
  Figure f;
  f.value = 7;
  f.unit = Unit::percent;
  f.what = "projected growth";
  f.source = "bls";
  CHECK(citation(c, f) == "U.S. Bureau of Labor Statistics, 2023");
  f.period = "2022-2032";
  CHECK(format_figure(c, f) == "7%: projected growth (U.S. Bureau of Labor Statistics, 2022-2032)");
}

TEST_CASE("one number quoted by two articles is cited once with both; see-also bodies are named") {
  Catalog c;
  for (const auto& [id, publisher] :
       {std::pair{"bls", "BLS"}, std::pair{"stepful", "Stepful"}, std::pair{"dol", "DOL"}}) {
    Source s;
    s.id = id;
    s.publisher = publisher;
    s.period = "n.d.";
    c.sources.push_back(s);
  }
  Figure f;
  f.value = 48780;
  f.unit = Unit::usd_per_year;
  f.what = "average yearly pay";
  f.source = "bls";
  f.also = {"stepful"};
  CHECK(format_figure(c, f) == "$48,780 a year: average yearly pay (BLS, n.d.; Stepful, n.d.)");
  SourcedText claim;
  claim.text = "t";
  claim.source = "stepful";
  claim.see_also = {"dol", "bls"};
  CHECK(citation(c, claim) == "Stepful, n.d.; see also DOL, BLS");
}

TEST_CASE("a gap between jobs is kept apart from pay") {
  Figure pay, gap;
  pay.value = 1;
  gap.value = 2;
  gap.kind = Kind::difference;
  CHECK(pay_only({pay, gap}).size() == 1);
  CHECK(*pay_only({pay, gap}).front().value == 1);
  CHECK(differences({pay, gap}).size() == 1);
  CHECK(*differences({pay, gap}).front().value == 2);
}

TEST_CASE("a compared figure carries its source and period") {
  Catalog c;
  Source s;
  s.id = "st";
  s.publisher = "Stepful";
  s.period = "through 2032";
  c.sources.push_back(s);
  Figure g;
  g.value = 7;
  g.unit = Unit::percent;
  g.source = "st";
  CHECK(cited_span(c, {g}, Unit::percent) == "-");
  g.listed = true;
  CHECK(cited_span(c, {g}, Unit::percent) == "7% (Stepful, through 2032)");
}
