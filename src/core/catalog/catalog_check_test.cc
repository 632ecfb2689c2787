// The checks between data files, with exact messages and positions: references that must
// land, ids that must be unique, and entry roles complete enough to be recommended.
#include <doctest/doctest.h>

#include "catalog/catalog_test_util.h"
#include "medcareer/catalog.h"

using namespace medcareer;
using medcareer::testing::kEntryRole;
using medcareer::testing::load_error;
using medcareer::testing::load_hint;
using medcareer::testing::without;

namespace {

const std::string kRole = "id: r3\ntitle: Role Three\nentry: false\nsummary: s\n";

// The tiny profiles with one for r3 as well, so r3 may be an entry role.
const std::string kProfilesWithR3 =
    "profiles:\n"
    "  - {role: r1, traits: {a: 3, b: 1}, min_training_months: 6}\n"
    "  - {role: r2, traits: {a: 1, b: 4}, requires: [b]}\n"
    "  - {role: r3, traits: {a: 2, b: 2}}\n";

// The tiny certifications with a third, C3, on line 4: `{id: C3, ROLES, name: A, covers: c,
// level: entry, ` and then `rest`.
std::string certs_plus(const std::string& rest, const std::string& roles = "roles: [r1]") {
  std::string files;
  for (const auto& f : medcareer::testing::tiny_data_files()) {
    if (f.name == "certifications.yaml") files = f.text;
  }
  return files + "  - {id: C3, " + roles + ", name: A, covers: c, level: entry, " + rest + "\n";
}

std::string entry_error(const std::string& role_text) {
  auto files = medcareer::testing::tiny_files_with("roles/r3.yaml", role_text);
  for (auto& f : files) {
    if (f.name == "profiles.yaml") f.text = kProfilesWithR3;
  }
  return load_error(files);
}

}  // namespace

TEST_CASE("a complete entry role loads") {
  CHECK(entry_error(kEntryRole) == "loaded");
}

TEST_CASE("an entry role must have every part of a role summary") {
  // In the order of the list; each one missing alone.
  const std::vector<std::pair<std::string, std::string>> parts{
      {"duties", "has no 'duties'"},
      {"settings", "has no 'settings'"},
      {"skills", "has no 'skills'"},
      {"education", "has no 'education'"},
      {"certifications", "lists no certification"},
      {"pay", "has no pay figure"},
      {"remote", "has no 'remote'"},
      {"schedule", "has no 'schedule'"},
      {"patient_contact", "has no 'patient_contact'"},
      {"leads_to", "has no 'leads_to'"},
  };
  for (const auto& part : parts) {  // not a structured binding: clang 14 cannot capture one
    const auto& key = part.first;
    const auto& message = part.second;
    CAPTURE(key);
    CHECK(entry_error(without(kEntryRole, key)) ==
          "t/roles/r3.yaml:1:1: entry role 'r3' " + message);
  }
  CHECK(load_hint("roles/r3.yaml", without(kEntryRole, "duties")) ==
        "an entry role gives summary, duties, settings, skills, education, certifications, pay, "
        "remote, schedule, patient_contact and leads_to (physical_activity where the sources "
        "describe it)");
  // No source describes how active a scribe is, so an entry role may leave it out.
  CHECK(entry_error(without(kEntryRole, "physical_activity")) == "loaded");
  // Lists with nothing in them count as missing.
  CHECK(entry_error(without(kEntryRole, "certifications") +
                    "certifications: {required: [], recommended: []}\n") ==
        "t/roles/r3.yaml:1:1: entry role 'r3' lists no certification");
  // A later role may leave all of these out.
  CHECK(load_error("roles/r3.yaml", kRole) == "loaded");
}

TEST_CASE("an entry role needs a scoring profile") {
  CHECK(load_error("roles/r3.yaml", kEntryRole) ==
        "t/roles/r3.yaml:1:1: entry role 'r3' has no scoring profile in profiles.yaml");
  CHECK(load_hint("roles/r3.yaml", kEntryRole) == "add a profile for 'r3' under 'profiles:'");
}

TEST_CASE("every source a role names must be declared, and is reported where it is named") {
  const std::string pay = kRole + "pay:\n  - {value: 1, unit: usd_per_year, what: w, source: s9}\n";
  CHECK(load_error("roles/r3.yaml", pay) == "t/roles/r3.yaml:6:53: unknown source 's9'");
  CHECK(load_error("roles/r3.yaml",
                   kRole + "training: [{value: 1, unit: months, what: w, source: s2}]\n") ==
        "t/roles/r3.yaml:5:54: unknown source 's2'");
  CHECK(load_hint("roles/r3.yaml",
                  kRole + "training: [{value: 1, unit: months, what: w, source: s2}]\n") ==
        "did you mean 's1'?");
  CHECK(load_error("roles/r3.yaml", kRole + "notes:\n  - {text: t, source: x9}\n") ==
        "t/roles/r3.yaml:6:23: unknown source 'x9'");
  CHECK(load_error("roles/r3.yaml", kRole + "remote_note: {text: t, source: x9}\n") ==
        "t/roles/r3.yaml:5:32: unknown source 'x9'");
}

TEST_CASE("every source a certification names must be declared") {
  CHECK(load_error("certifications.yaml", certs_plus("source: s7}")) ==
        "t/certifications.yaml:4:69: unknown source 's7'");
  CHECK(load_error("certifications.yaml",
                   certs_plus("source: s1, pay: [{value: 1, unit: usd_per_year, what: w, source: "
                              "s7}]}")) == "t/certifications.yaml:4:127: unknown source 's7'");
  CHECK(load_error("certifications.yaml",
                   certs_plus("source: s1, preparation_time: {value: 1, unit: months, what: w, "
                              "source: s7}}")) ==
        "t/certifications.yaml:4:133: unknown source 's7'");
}

TEST_CASE("links to roles and certifications must exist, spelled as defined") {
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: [r9]\n") ==
        "t/roles/r3.yaml:5:12: unknown role 'r9'");
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: [r3]\n") ==
        "t/roles/r3.yaml:5:12: role 'r3' leads to itself");
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {optional: [C9]}\n") ==
        "t/roles/r3.yaml:5:29: unknown certification 'C9'");
  // Ids in data files are written as they are defined, so lists can be compared exactly.
  CHECK(load_error("roles/r3.yaml", kRole + "certifications: {optional: [c1]}\n") ==
        "t/roles/r3.yaml:5:29: certification 'c1' is written 'C1' in certifications.yaml");
  CHECK(load_error("roles/r3.yaml", kRole + "leads_to: [R1]\n") ==
        "t/roles/r3.yaml:5:12: unknown role 'R1'");
  CHECK(load_hint("roles/r3.yaml", kRole + "leads_to: [R1]\n") == "did you mean 'r1'?");
}

TEST_CASE("a certification serves known roles and carries known tags") {
  CHECK(load_error("certifications.yaml", certs_plus("source: s1}", "roles: [r7]")) ==
        "t/certifications.yaml:4:22: unknown role 'r7'");
  CHECK(load_error("certifications.yaml", certs_plus("source: s1}", "roles: [R1]")) ==
        "t/certifications.yaml:4:22: unknown role 'R1'");
  CHECK(load_error("certifications.yaml", certs_plus("tags: [hospitl], source: s1}")) ==
        "t/certifications.yaml:4:68: unknown tag 'hospitl'");
  CHECK(load_hint("certifications.yaml", certs_plus("tags: [hospitl], source: s1}")) ==
        "did you mean 'hospital'?");
}

TEST_CASE("ids must be unique") {
  CHECK(load_error("certifications.yaml",
                   "certifications:\n"
                   "  - {id: C1, name: A, roles: [r1], covers: c, level: entry, source: s1}\n"
                   "  - {id: c1, name: B, roles: [r1], covers: c, level: entry, source: s1}\n") ==
        "t/certifications.yaml:3:5: duplicate certification id 'c1'");
  CHECK(load_error("sources.yaml",
                   "sources:\n  - {id: s1, publisher: P, title: T, period: '1'}\n"
                   "  - {id: s1, publisher: P, title: T, period: '2'}\n") ==
        "t/sources.yaml:3:5: duplicate source id 's1'");
  CHECK(load_error("profiles.yaml",
                   "profiles:\n  - {role: r1, traits: {a: 1}}\n  - {role: r2, traits: {a: 1}}\n"
                   "  - {role: r1, traits: {a: 2}}\n") ==
        "t/profiles.yaml:4:5: duplicate profile for role 'r1'");
  // Two files of one role: only possible when the files come from two places at once.
  auto files = medcareer::testing::tiny_data_files();
  files.push_back({"u/roles/r3.yaml", "roles/r3.yaml", kRole});
  CHECK(load_error(files) == "u/roles/r3.yaml:1:1: duplicate role id 'r3'");
}

TEST_CASE("profiles and goals name the right roles") {
  const std::string profiles =
      "profiles:\n  - {role: r1, traits: {a: 3, b: 1}}\n  - {role: r2, traits: {a: 1, b: 4}}\n";
  CHECK(load_error("profiles.yaml", profiles + "  - {role: r9, traits: {}}\n") ==
        "t/profiles.yaml:4:5: profile for unknown role 'r9'");
  CHECK(load_hint("profiles.yaml", profiles + "  - {role: r9, traits: {}}\n") ==
        "did you mean 'r1'?");
  // r3 is not an entry role in the tiny catalog.
  CHECK(load_error("profiles.yaml", kProfilesWithR3) ==
        "t/profiles.yaml:4:5: profile for 'r3', which is not an entry role");
  CHECK(
      load_error(
          "profiles.yaml",
          std::string(kProfilesWithR3).replace(kProfilesWithR3.find("role: r3"), 8, "role: R1")) ==
      "t/profiles.yaml:4:5: profile for unknown role 'R1'");
  CHECK(load_error("profiles.yaml", profiles + "goals:\n  - {trait: a, roles: [r3, r8]}\n") ==
        "t/profiles.yaml:5:28: unknown role 'r8'");
  CHECK(load_error("profiles.yaml", profiles + "goals:\n  - {trait: a, roles: [r3, r3]}\n") ==
        "t/profiles.yaml:5:28: 'r3' is listed twice in 'roles'");
}
