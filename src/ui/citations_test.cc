#include "ui/citations.h"

#include <doctest/doctest.h>

using namespace medcareer;
using namespace medcareer::ui;

namespace {

// An article (art) that sells a course for role r1, and a body it only links to.
Catalog catalog_with_seller() {
  Catalog c;
  Source art;
  art.id = "art";
  art.publisher = "Seller";
  art.title = "Guide";
  art.period = "n.d.";
  art.via = "guide";
  art.sells = "a course";
  art.sells_for = {"r1"};
  Source link = art;
  link.id = "link";
  link.publisher = "Body";
  link.title = "More reading";
  link.see_also = true;
  link.sells.clear();
  link.sells_for.clear();
  c.sources = {art, link};
  return c;
}

}  // namespace

TEST_CASE("a seller is disclosed only on the pages of what it sells") {
  const Catalog c = catalog_with_seller();
  Citations cited(c);
  cited.use("art");
  const Style plain;
  CHECK(cited.disclosures({"r2"}, 80, plain).empty());
  CHECK(cited.disclosures({"r2", "r1"}, 80, plain) ==
        "\nAbout the sources\n  - Seller, a source of this page, sells a course.\n");
  // Named without a citation (a certification by name), it is still disclosed.
  Citations named(c);
  named.behind("art");
  CHECK(!named.disclosures({"r1"}, 80, plain).empty());
  CHECK(named.render(80, plain).find("[art]") == std::string::npos);
}

TEST_CASE("the sources list says what each source stands behind and what is only linked") {
  const Catalog c = catalog_with_seller();
  Citations cited(c);
  cited.use("art", "r1 pay");
  cited.use("art", "r1 pay");
  cited.use("art", "r2 pay");
  cited.use("link");
  CHECK(cited.render(80, Style{}) ==
        "\nSources\n"
        "  - Seller, Guide, n.d. [art]\n"
        "    for: r1 pay; r2 pay\n"
        "  - Body, More reading, n.d.; linked from Seller's article for further reading\n"
        "    [link]\n");
}
