// Every way a data file can be wrong, with the exact message and its position.
#include <doctest/doctest.h>

#include "medcareer/catalog.h"
#include "test_fixture.h"

using namespace medcareer;

namespace {

// The tiny catalog with one file replaced.
std::string load_error(const std::string& name, const std::string& text) {
  auto files = medcareer::testing::tiny_data_files();
  bool replaced = false;
  for (auto& f : files) {
    if (f.name == name) f.text = text, replaced = true;
  }
  if (!replaced) files.push_back({"t/" + name, name, text});
  auto catalog = load_catalog(files);
  return catalog.ok() ? "loaded" : catalog.error().to_string();
}

const std::string kRole = "id: r3\ntitle: Role Three\nentry: false\nsummary: s\n";

}  // namespace

TEST_CASE("the tiny catalog loads") {
  CHECK(load_error("roles/r3.yaml", kRole) == "loaded");
}

TEST_CASE("malformed YAML is refused at the place of the mistake") {
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: [Role\n") ==
        "t/roles/r3.yaml:3:1: invalid YAML: end of sequence flow not found");
  CHECK(load_error("roles/r3.yaml", "") == "t/roles/r3.yaml:1:1: file is empty");
  CHECK(load_error("roles/r3.yaml", "just text\n") ==
        "t/roles/r3.yaml:1:1: a role must be a mapping of keys to values, not text");
}

TEST_CASE("a missing, unknown or duplicate field is refused") {
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: false\n") ==
        "t/roles/r3.yaml:1:1: a role is missing 'summary'");
  CHECK(load_error("roles/r3.yaml", kRole + "sumary: x\n") ==
        "t/roles/r3.yaml:5:1: unknown key 'sumary' in a role");
  CHECK(load_error("roles/r3.yaml", kRole + "title: Again\n") ==
        "t/roles/r3.yaml:5:1: duplicate key 'title'");
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: maybe\nsummary: s\n") ==
        "t/roles/r3.yaml:3:8: 'entry' must be true or false, not 'maybe'");
}

TEST_CASE("links to roles and certifications must exist") {
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: [r9]\n") ==
        "t/roles/r3.yaml:5:12: unknown role 'r9'");
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: [r3]\n") ==
        "t/roles/r3.yaml:5:12: role 'r3' leads to itself");
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {optional: [C9]}\n") ==
        "t/roles/r3.yaml:5:29: unknown certification 'C9'");
}

TEST_CASE("every figure needs a known source, a known unit and a sane range") {
  const std::string head = "id: r3\ntitle: T\nentry: false\nsummary: s\npay:\n";
  CHECK(load_error("roles/r3.yaml", head + "  - {value: 1, unit: usd_per_year, what: w}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' is missing 'source'");
  CHECK(load_error("roles/r3.yaml",
                   head + "  - {value: 1, unit: usd_per_year, what: w, source: s9}\n") ==
        "t/roles/r3.yaml:6:5: unknown source 's9'");
  CHECK(load_error("roles/r3.yaml", head + "  - {value: 1, unit: euros, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:22: 'unit' must be one of usd_per_year, usd_per_hour, percent, "
        "months, weeks, people, not 'euros'");
  CHECK(load_error("roles/r3.yaml",
                   head + "  - {low: 9, high: 1, unit: months, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' has 'low' above 'high'");
  CHECK(load_error("roles/r3.yaml",
                   head + "  - {value: lots, unit: months, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:13: 'value' must be a number, not 'lots'");
}

TEST_CASE("ids must be unique and match their file") {
  CHECK(load_error("certifications.yaml",
                   "certifications:\n"
                   "  - {id: C1, name: A, roles: [r1], covers: c, level: entry, source: s1}\n"
                   "  - {id: c1, name: B, roles: [r1], covers: c, level: entry, source: s1}\n") ==
        "t/certifications.yaml:3:5: duplicate certification id 'c1'");
  CHECK(load_error("roles/r3.yaml", "id: r4\ntitle: T\nentry: false\nsummary: s\n") ==
        "t/roles/r3.yaml:1:1: role id 'r4' does not match its file name 'r3.yaml'");
  CHECK(load_error("sources.yaml",
                   "sources:\n  - {id: s1, publisher: P, title: T, period: '1'}\n"
                   "  - {id: s1, publisher: P, title: T, period: '2'}\n") ==
        "t/sources.yaml:3:5: duplicate source id 's1'");
}

TEST_CASE("entry roles need what a recommendation shows") {
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: true\nsummary: s\neducation: e\n") ==
        "t/roles/r3.yaml:1:1: entry role 'r3' has no pay figure");
}
