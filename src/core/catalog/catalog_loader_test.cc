// Every way a data file can be malformed, with the exact message and its position. The
// checks between files (references, complete entry roles) are in catalog_check_test.cc.
#include <doctest/doctest.h>

#include "catalog/catalog_test_util.h"
#include "medcareer/catalog.h"

using namespace medcareer;
using medcareer::testing::load_error;
using medcareer::testing::load_hint;

namespace {

const std::string kRole = "id: r3\ntitle: Role Three\nentry: false\nsummary: s\n";
const std::string kFigures = kRole + "pay:\n";  // a figure follows on line 6

// A certifications file whose second certification is `cert`, on line 3.
std::string certs_with(const std::string& cert) {
  return "certifications:\n"
         "  - {id: C1, name: A, roles: [r1], covers: c, level: entry, source: s1}\n"
         "  - " +
         cert + "\n";
}

}  // namespace

namespace {
std::string replaced_text(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}
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

TEST_CASE("a data directory needs its three files and at least one role") {
  auto files = medcareer::testing::tiny_data_files();
  auto without_file = [&](const std::string& name) {
    std::vector<SourceFile> kept;
    for (const auto& f : files) {
      if (f.name != name) kept.push_back(f);
    }
    return kept;
  };
  CHECK(load_error(without_file("sources.yaml")) == "the data directory has no sources.yaml");
  CHECK(load_error(without_file("profiles.yaml")) == "the data directory has no profiles.yaml");
  std::vector<SourceFile> no_roles;
  for (const auto& f : files) {
    if (f.name.rfind("roles/", 0) != 0) no_roles.push_back(f);
  }
  CHECK(load_error(no_roles) == "the data directory has no roles/*.yaml files");
}

TEST_CASE("a missing, unknown or duplicate field is refused") {
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: false\n") ==
        "t/roles/r3.yaml:1:1: a role is missing 'summary'");
  CHECK(load_error("roles/r3.yaml", kRole + "sumary: x\n") ==
        "t/roles/r3.yaml:5:1: unknown key 'sumary' in a role");
  CHECK(load_hint("roles/r3.yaml", kRole + "sumary: x\n") == "did you mean 'summary'?");
  CHECK(load_error("roles/r3.yaml", kRole + "title: Again\n") ==
        "t/roles/r3.yaml:5:1: duplicate key 'title'");
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: maybe\nsummary: s\n") ==
        "t/roles/r3.yaml:3:8: 'entry' must be true or false, not 'maybe'");
}

TEST_CASE("required text must say something") {
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: false\nsummary: \"\"\n") ==
        "t/roles/r3.yaml:4:10: 'summary' is empty");
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: '  '\nentry: false\nsummary: s\n") ==
        "t/roles/r3.yaml:2:8: 'title' is empty");
  CHECK(load_error("roles/r3.yaml", "id: r3\ntitle: T\nentry: false\nsummary: [a]\n") ==
        "t/roles/r3.yaml:4:10: 'summary' must be text, not a list");
  // Optional text may be left out, but not given empty.
  CHECK(load_error("roles/r3.yaml", kRole + "education: ''\n") ==
        "t/roles/r3.yaml:5:12: 'education' is empty");
  CHECK(load_error("roles/r3.yaml", kRole + "schedule: ''\n") ==
        "t/roles/r3.yaml:5:11: 'schedule' is empty");
}

TEST_CASE("role ids are lower case") {
  CHECK(load_error("roles/Nurse.yaml", "id: Nurse\ntitle: T\nentry: false\nsummary: s\n") ==
        "t/roles/Nurse.yaml:1:5: role id 'Nurse' must be lower case: letters a-z, digits and "
        "'-', starting with a letter");
  CHECK(load_error("roles/r_3.yaml", "id: r_3\ntitle: T\nentry: false\nsummary: s\n") ==
        "t/roles/r_3.yaml:1:5: role id 'r_3' must be lower case: letters a-z, digits and "
        "'-', starting with a letter");
  CHECK(load_error("roles/3r.yaml", "id: 3r\ntitle: T\nentry: false\nsummary: s\n") ==
        "t/roles/3r.yaml:1:5: role id '3r' must be lower case: letters a-z, digits and "
        "'-', starting with a letter");
  CHECK(load_error("roles/r-3.yaml", "id: r-3\ntitle: T\nentry: false\nsummary: s\n") == "loaded");
}

TEST_CASE("ids must match their file") {
  CHECK(load_error("roles/r3.yaml", "id: r4\ntitle: T\nentry: false\nsummary: s\n") ==
        "t/roles/r3.yaml:1:1: role id 'r4' does not match its file name 'r3.yaml'");
}

TEST_CASE("lists of text must be lists, and say something") {
  CHECK(load_error("roles/r3.yaml", kRole + "duties: read\n") ==
        "t/roles/r3.yaml:5:9: 'duties' must be a list, not text");
  CHECK(load_error("roles/r3.yaml", kRole + "settings: []\n") ==
        "t/roles/r3.yaml:5:11: 'settings' is an empty list; leave it out when the sources name "
        "none");
  CHECK(load_error("roles/r3.yaml", kRole + "skills: [a, '']\n") ==
        "t/roles/r3.yaml:5:13: an item of 'skills' is empty");
  CHECK(load_error("roles/r3.yaml", kRole + "duties: [[a]]\n") ==
        "t/roles/r3.yaml:5:10: each item of 'duties' must be text, not a list");
  CHECK(load_error("roles/r3.yaml", kRole + "notes: text\n") ==
        "t/roles/r3.yaml:5:8: 'notes' must be a list, not text");
  CHECK(load_error("roles/r3.yaml", kRole + "notes: []\n") ==
        "t/roles/r3.yaml:5:8: 'notes' is an empty list; leave it out when the sources add "
        "nothing");
}

TEST_CASE("id lists name each id once") {
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: [r1, r1]\n") ==
        "t/roles/r3.yaml:5:16: 'r1' is listed twice in 'leads_to'");
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: []\n") ==
        "t/roles/r3.yaml:5:11: 'leads_to' is an empty list; leave it out when there is nothing "
        "to list");
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: r1\n") ==
        "t/roles/r3.yaml:5:11: 'leads_to' must be a list, not text");
  // Certification ids are matched without regard to case, and one role's three lists
  // share them: a certification cannot be both recommended and optional.
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {recommended: [C1, c1]}\n") ==
        "t/roles/r3.yaml:5:36: 'c1' is listed twice in 'recommended'");
  CHECK(load_error("roles/r3.yaml",
                   kRole + "certifications: {recommended: [C1], optional: [C1]}\n") ==
        "t/roles/r3.yaml:5:48: 'C1' is listed in both 'recommended' and 'optional'");
  // An empty list of certifications does say something: none is required.
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {required: [], optional: [C1]}\n") ==
        "loaded");
  CHECK(load_error("certifications.yaml", certs_with("{id: C2, name: B, roles: [r1, r1], covers: "
                                                     "c, level: entry, source: s1}")) ==
        "t/certifications.yaml:3:35: 'r1' is listed twice in 'roles'");
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, name: B, roles: [r1], covers: c, level: entry, tags: "
                              "[coding, coding], source: s1}")) ==
        "t/certifications.yaml:3:76: 'coding' is listed twice in 'tags'");
}

TEST_CASE("a role's certifications are a mapping of three lists") {
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: [C1]\n") ==
        "t/roles/r3.yaml:5:17: 'certifications' must be a mapping of keys to values, not a list");
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {preferred: [C1]}\n") ==
        "t/roles/r3.yaml:5:18: unknown key 'preferred' in 'certifications'");
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {optional: C1}\n") ==
        "t/roles/r3.yaml:5:28: 'optional' must be a list, not text");
}

TEST_CASE("enumerations take only their listed values") {
  CHECK(load_error("roles/r3.yaml", kRole + "remote: often\n") ==
        "t/roles/r3.yaml:5:9: 'remote' must be one of none, rare, some, common, not 'often'");
  CHECK(load_error("roles/r3.yaml", kRole + "patient_contact: lots\n") ==
        "t/roles/r3.yaml:5:18: 'patient_contact' must be one of none, low, medium, high, not "
        "'lots'");
  CHECK(load_error("roles/r3.yaml", kRole + "physical_activity: [low]\n") ==
        "t/roles/r3.yaml:5:20: 'physical_activity' must be text, not a list");
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, name: B, covers: c, level: expert, source: s1}")) ==
        "t/certifications.yaml:3:41: 'level' must be one of entry, advanced, specialty, not "
        "'expert'");
}

TEST_CASE("a figure has a number or a range, a known unit, words and a source") {
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, what: w}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' is missing 'source'");
  CHECK(
      load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, source: s1}\n") ==
      "t/roles/r3.yaml:6:5: a figure in 'pay' is missing 'what'");
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {value: 1, unit: usd_per_year, what: '', source: s1}\n") ==
        "t/roles/r3.yaml:6:42: 'what' is empty");
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {value: 1, unit: euros, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:22: 'unit' must be one of usd_per_year, usd_per_hour, percent, "
        "months, weeks, people, not 'euros'");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {unit: usd_per_year, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' needs 'value', or 'low' and 'high'");
  CHECK(load_error("roles/r3.yaml", kFigures +
                                        "  - {value: 1, low: 1, high: 2, unit: usd_per_year, "
                                        "what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' has both 'value' and 'low'/'high'; give one or "
        "the other");
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {low: 9, unit: usd_per_year, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' is missing 'high'");
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {low: 9, high: 1, unit: usd_per_year, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' has 'low' above 'high'");
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {value: lots, unit: usd_per_year, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:13: 'value' must be a number, not 'lots'");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, kind: most, "
                                               "what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:42: 'kind' must be one of average, median, typical, top, difference, "
        "not 'most'");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, scope: most, "
                                               "what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:43: 'scope' must be one of job, credential, population, not 'most'");
  // A figure about a wider group or a credential's holders names the group.
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, scope: "
                                               "population, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' with scope 'population' needs 'who'");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, scope: "
                                               "population, who: g, what: w, source: s1}\n") ==
        "loaded");
  // Other articles quoting the same number are declared sources, named once each.
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, what: w, "
                                               "source: s1, also: [s9]}\n") ==
        "t/roles/r3.yaml:6:64: unknown source 's9'");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, what: w, "
                                               "source: s1, also: [s1, s1]}\n") ==
        "t/roles/r3.yaml:6:68: 's1' is listed twice in 'also'");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, what: w, "
                                               "period: '', source: s1}\n") ==
        "t/roles/r3.yaml:6:53: 'period' is empty");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: 1, unit: usd_per_year, what: w, "
                                               "source: ''}\n") ==
        "t/roles/r3.yaml:6:53: 'source' is empty");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - just a number\n") ==
        "t/roles/r3.yaml:6:5: a figure in 'pay' must be a mapping of keys to values, not text");
  CHECK(load_error("roles/r3.yaml", kRole + "pay: 40000\n") ==
        "t/roles/r3.yaml:5:6: 'pay' must be a list of figures, not text");
  CHECK(load_error("roles/r3.yaml", kRole + "pay: []\n") ==
        "t/roles/r3.yaml:5:6: 'pay' is an empty list; leave it out when the sources give no "
        "figure");
}

TEST_CASE("each list of figures takes the units that fit what it measures") {
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {value: 7, unit: percent, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:22: a figure in 'pay' must be in usd_per_year or usd_per_hour, not "
        "'percent'");
  CHECK(load_error("roles/r3.yaml",
                   kRole + "growth:\n  - {value: 7, unit: months, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:22: a figure in 'growth' must be in percent, not 'months'");
  CHECK(load_error("roles/r3.yaml",
                   kRole + "training:\n  - {value: 7, unit: people, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:22: a figure in 'training' must be in months or weeks, not 'people'");
  CHECK(load_error("roles/r3.yaml",
                   kRole + "outlook:\n  - {value: 7, unit: people, what: w, source: s1}\n") ==
        "loaded");
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, name: B, covers: c, level: entry, source: s1, pay: "
                              "[{value: 5, unit: percent, what: w, source: s1}]}")) ==
        "t/certifications.yaml:3:83: a figure in 'pay' must be in usd_per_year or usd_per_hour, "
        "not 'percent'");
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, name: B, covers: c, level: entry, source: s1, "
                              "preparation_time: {value: 5, unit: usd_per_year, what: w, source: "
                              "s1}}")) ==
        "t/certifications.yaml:3:95: 'preparation_time' must be in months or weeks, not "
        "'usd_per_year'");
}

TEST_CASE("no figure is negative, except a difference between roles") {
  CHECK(load_error("roles/r3.yaml",
                   kFigures + "  - {value: -1, unit: usd_per_year, what: w, source: s1}\n") ==
        "t/roles/r3.yaml:6:13: 'value' must not be negative; only a figure of kind "
        "'difference' may be");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {low: -5, high: 5, unit: usd_per_year, what: "
                                               "w, source: s1}\n") ==
        "t/roles/r3.yaml:6:11: 'low' must not be negative; only a figure of kind "
        "'difference' may be");
  CHECK(load_error("roles/r3.yaml", kFigures + "  - {value: -10000, unit: usd_per_year, kind: "
                                               "difference, what: w, source: s1}\n") == "loaded");
}

TEST_CASE("notes and the remote note carry a source") {
  CHECK(load_error("roles/r3.yaml", kRole + "notes:\n  - {text: t}\n") ==
        "t/roles/r3.yaml:6:5: a note is missing 'source'");
  CHECK(load_error("roles/r3.yaml", kRole + "notes:\n  - {text: '', source: s1}\n") ==
        "t/roles/r3.yaml:6:12: 'text' is empty");
  CHECK(load_error("roles/r3.yaml", kRole + "remote_note: {text: t}\n") ==
        "t/roles/r3.yaml:5:14: 'remote_note' is missing 'source'");
  CHECK(load_error("roles/r3.yaml", kRole + "remote_note: {text: t, source: s1, via: x}\n") ==
        "t/roles/r3.yaml:5:36: unknown key 'via' in 'remote_note'");
  // A see-also body is a declared source too.
  CHECK(
      load_error("roles/r3.yaml", kRole + "notes:\n  - {text: t, source: s1, see_also: [s7]}\n") ==
      "t/roles/r3.yaml:6:38: unknown source 's7'");
}

TEST_CASE("a source may be a see-also body, and may disclose what it sells, where") {
  const std::string head = "sources:\n  - {id: s1, publisher: P, title: T, period: n.d., ";
  CHECK(load_error("sources.yaml", head + "role: linked}\n") ==
        "t/sources.yaml:2:58: 'role' must be one of source, see-also, not 'linked'");
  CHECK(load_error("sources.yaml", head + "role: see-also, note: kept for us}\n") == "loaded");
  CHECK(load_error("sources.yaml", head + "sells: a course}\n") ==
        "t/sources.yaml:2:5: source 's1' gives only one of 'sells' and 'sells_for'");
  CHECK(load_error("sources.yaml", head + "sells: a course, sells_for: [r9]}\n") ==
        "t/sources.yaml:2:81: unknown role 'r9'");
  CHECK(load_error("sources.yaml", head + "sells: a course, sells_for: [r1, C1]}\n") == "loaded");
}

TEST_CASE("a profile's training floor may be an assumption with what the sources say") {
  const std::string profiles =
      "profiles:\n"
      "  - {role: r1, traits: {a: 3, b: 1}, min_training_months: 6, training_assumed: true, "
      "training_basis: {text: 'A course first.', source: s1}}\n"
      "  - {role: r2, traits: {a: 1, b: 4}, requires: [b]}\n";
  auto catalog = load_catalog(medcareer::testing::tiny_files_with("profiles.yaml", profiles));
  REQUIRE(catalog.ok());
  const Profile* p = catalog.value().find_profile("r1");
  REQUIRE(p);
  CHECK(p->training_assumed);
  CHECK(training_rule_prefix(catalog.value(), *p) ==
        "A course first (Pub). No source gives a length, so medcareer assumes at least 6 "
        "months, and you have ");
  CHECK(training_rule_prefix(catalog.value(), *catalog.value().find_profile("r2")) ==
        "It takes about 0 months of training to start, and you have ");
  CHECK(load_error("profiles.yaml", replaced_text(profiles, "source: s1}", "source: s5}")) ==
        "t/profiles.yaml:2:136: unknown source 's5'");
}

TEST_CASE("a source names its publisher, title and period") {
  CHECK(load_error("sources.yaml", "sources:\n  - {id: s1, title: T, period: '2024'}\n") ==
        "t/sources.yaml:2:5: a source is missing 'publisher'");
  CHECK(load_error("sources.yaml", "sources:\n  - {id: s1, publisher: P, title: T}\n") ==
        "t/sources.yaml:2:5: a source is missing 'period'");
  CHECK(
      load_error("sources.yaml", "sources:\n  - {id: s1, publisher: P, title: T, period: ''}\n") ==
      "t/sources.yaml:2:46: 'period' is empty");
  CHECK(load_hint("sources.yaml", "sources:\n  - {id: s1, publisher: P, title: T, period: ''}\n") ==
        "write \"n.d.\" when the source gives no date");
  CHECK(load_error("sources.yaml",
                   "sources:\n  - {id: s1, publisher: P, title: T, period: n.d., via: ''}\n") ==
        "t/sources.yaml:2:57: 'via' is empty");
  CHECK(load_error("sources.yaml", "sources: {id: s1}\n") ==
        "t/sources.yaml:1:10: 'sources' must be a list, not a mapping");
}

TEST_CASE("a certification says whether the sources give its acronym") {
  auto catalog = load_catalog(medcareer::testing::tiny_files_with(
      "certifications.yaml",
      "certifications:\n  - {id: C1, acronym_given: false, name: N, roles: [r1], covers: c, "
      "level: entry, source: s1}\n  - {id: C2, name: N, roles: [r1], covers: c, level: entry, "
      "source: s1}\n"));
  REQUIRE(catalog.ok());
  CHECK_FALSE(catalog.value().find_certification("C1")->acronym_given);
  CHECK(catalog.value().find_certification("C2")->acronym_given);
}

TEST_CASE("a certification has a name, a description and a source") {
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, covers: c, level: entry, source: s1}")) ==
        "t/certifications.yaml:3:5: a certification is missing 'name'");
  CHECK(
      load_error("certifications.yaml", certs_with("{id: C2, name: B, covers: c, level: entry}")) ==
      "t/certifications.yaml:3:5: a certification is missing 'source'");
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, name: B, level: entry, source: s1}")) ==
        "t/certifications.yaml:3:5: a certification is missing 'covers'");
  CHECK(
      load_error("certifications.yaml",
                 certs_with("{id: C2, name: B, body: '', covers: c, level: entry, source: s1}")) ==
      "t/certifications.yaml:3:29: 'body' is empty");
  CHECK(load_error("certifications.yaml",
                   certs_with("{id: C2, name: B, covers: c, level: entry, source: s1, tags: x}")) ==
        "t/certifications.yaml:3:66: 'tags' must be a list, not text");
}

TEST_CASE("profiles give trait levels from 0 to 4") {
  CHECK(load_error("profiles.yaml", "profiles:\n  - {role: r1, traits: {a: 5, b: 1}}\n") ==
        "t/profiles.yaml:2:28: the level of 'a' must be from 0 to 4, not 5");
  CHECK(load_error("profiles.yaml", "profiles:\n  - {role: r1, traits: [a]}\n") ==
        "t/profiles.yaml:2:24: 'traits' must be a mapping of keys to values, not a list");
  CHECK(load_error("profiles.yaml",
                   "profiles:\n  - {role: r1, traits: {a: 1, b: 1}, requires: [b, b]}\n") ==
        "t/profiles.yaml:2:52: 'b' is listed twice in 'requires'");
  CHECK(load_error("profiles.yaml", "profiles:\n  - {role: r1, traits: {a: 1}}\ngoals: x\n") ==
        "t/profiles.yaml:3:8: 'goals' must be a list, not text");
}
