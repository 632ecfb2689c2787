// The catalog lint, one rule at a time on the tiny data (each with the exact message and
// position), and over the default data, which must have no finding.
#include "medcareer/catalog_lint.h"

#include <doctest/doctest.h>

#include "catalog/catalog_test_util.h"

namespace doctest {
// Findings print in full when a check fails.
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const auto& l : lines) out += "\n  " + l;
    return (out + "}").c_str();
  }
};
}  // namespace doctest

using namespace medcareer;
using medcareer::testing::kEntryFacts;
using medcareer::testing::tiny_files_with;

namespace {

// The tiny profiles without r1's unsourced floor of 6 months, so the tiny data is clean.
const std::string kProfiles =
    "profiles:\n"
    "  - {role: r1, traits: {a: 3, b: 1}}\n"
    "  - {role: r2, traits: {a: 1, b: 4}, requires: [b]}\n";

const std::string kSources =
    "sources:\n"
    "  - {id: s1, publisher: Pub, title: T, period: '2024', via: art}\n"
    "  - {id: s2, publisher: Other (long name), title: T, period: '2030', via: art}\n"
    "  - {id: link, publisher: Linked Body, title: T, period: n.d., via: art, role: see-also}\n";

// r1 with `pay` and `extra` lines in place of its own pay.
std::string role_r1(const std::string& pay, const std::string& extra = "") {
  return "id: r1\ntitle: Role One\nentry: true\nsummary: s\n" + kEntryFacts +
         "certifications: {recommended: [C1], optional: [C2]}\n" + pay + extra + "leads_to: [r3]\n";
}

const std::string kPay = "pay: [{value: 40000, unit: usd_per_year, what: w, source: s1}]\n";

// Every finding of the tiny data with the files given replaced, as `PATH:LINE:COL: message`.
std::vector<std::string> findings(std::vector<std::pair<std::string, std::string>> changes,
                                  const std::string& questions = testing::kQuestions) {
  changes.insert(changes.begin(), {"sources.yaml", kSources});
  changes.insert(changes.begin(), {"profiles.yaml", kProfiles});
  auto files = testing::tiny_data_files();
  for (const auto& [name, text] : changes) {
    bool replaced = false;
    for (auto& f : files) {
      if (f.name == name) f.text = text, replaced = true;
    }
    if (!replaced) files.push_back({"t/" + name, name, text});
  }
  auto catalog = load_catalog(files);
  REQUIRE_MESSAGE(catalog.ok(), (catalog.ok() ? "" : catalog.error().to_string()));
  auto q = load_questionnaire({"t/q.yaml", "q.yaml", questions});
  REQUIRE_MESSAGE(q.ok(), (q.ok() ? "" : q.error().to_string()));
  std::vector<std::string> out;
  for (const auto& e : lint_catalog(catalog.value(), q.value())) out.push_back(e.to_string());
  return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the default data has no lint finding") {
  const testing::RealData real;
  const auto found = lint_catalog(real.catalog, real.questionnaire);
  std::string all;
  for (const auto& e : found) all += e.to_string() + "\n";
  INFO(all);
  CHECK(found.empty());
  // Not vacuous: the default data lists figures, names see-also bodies and assumes floors.
  bool listed = false, see_also = false, assumed = false;
  for (const auto& r : real.catalog.roles) {
    for (const auto& f : r.pay) listed = listed || f.listed;
    for (const auto& n : r.notes) see_also = see_also || !n.see_also.empty();
  }
  for (const auto& p : real.catalog.profiles) assumed = assumed || p.training_assumed;
  CHECK(listed);
  CHECK(see_also);
  CHECK(assumed);
}

TEST_CASE("the clean tiny data has no finding") {
  CHECK(findings({}).empty());
}

TEST_CASE("lint: schedule hours without a source") {
  const std::string facts = replaced(kEntryFacts, "schedule: h\n", "schedule: 9 to 5\n");
  const std::string role = "id: r1\ntitle: Role One\nentry: true\nsummary: s\n" + facts +
                           "certifications: {recommended: [C1]}\n" + kPay + "leads_to: [r3]\n";
  CHECK(findings({{"roles/r1.yaml", role}}) ==
        std::vector<std::string>{
            "t/roles/r1.yaml:10:11: the schedule of 'r1' gives hours but no source"});
  CHECK(findings({{"roles/r1.yaml", replaced(role, "leads_to", "schedule_source: s1\nleads_to")}})
            .empty());
}

TEST_CASE("lint: a pay figure in a help text must be in the data and name its source") {
  const std::string q = testing::kQuestions;
  CHECK(findings({}, replaced(q, "help: Help for q1.", "help: About $41,000 a year.")) ==
        std::vector<std::string>{"t/q.yaml:11:9: the help of 'q1' gives $41,000, which no "
                                 "figure in the data holds"});
  CHECK(findings({}, replaced(q, "help: Help for q1.", "help: About $40,000 a year.")) ==
        std::vector<std::string>{
            "t/q.yaml:11:9: the help of 'q1' gives $40,000 without naming its source (Pub)"});
  CHECK(
      findings({}, replaced(q, "help: Help for q1.", "help: About $40,000 a year (Pub).")).empty());
  // Numbers that are not money or a share (a count of months) are not figures to source.
  CHECK(findings({}, replaced(q, "help: Help for q1.", "help: Pick 1 of 3.")).empty());
}

TEST_CASE("lint: listed figures joined into one range must be alike") {
  auto pay = [](const std::string& second) {
    return "pay:\n  - {value: 40000, unit: usd_per_year, kind: average, what: w, source: s1, "
           "list: true}\n  - {" +
           second + ", what: w2, list: true}\n";
  };
  const std::string at =
      "t/roles/r1.yaml:16:5: this figure and the one at line 15 are joined "
      "into one pay range in lists, but differ in ";
  CHECK(findings({{"roles/r1.yaml", role_r1(pay("value: 50000, unit: usd_per_year, kind: median, "
                                                "source: s1"))}}) ==
        std::vector<std::string>{at + "kind (average and median)"});
  CHECK(findings({{"roles/r1.yaml", role_r1(pay("value: 20, unit: usd_per_hour, kind: average, "
                                                "source: s1"))}}) ==
        std::vector<std::string>{at + "unit (usd_per_year and usd_per_hour)"});
  CHECK(findings({{"roles/r1.yaml",
                   role_r1(pay("value: 50000, unit: usd_per_year, kind: average, scope: "
                               "population, who: technicians, source: s1"))}}) ==
        std::vector<std::string>{at + "scope (job and population)"});
  CHECK(findings({{"roles/r1.yaml", role_r1(pay("value: 50000, unit: usd_per_year, kind: average, "
                                                "source: s2"))}}) ==
        std::vector<std::string>{at + "period ('2024' and '2030')"});
  // Alike figures join; an unlisted one is shown side by side and may differ.
  CHECK(findings({{"roles/r1.yaml", role_r1(pay("value: 50000, unit: usd_per_year, kind: average, "
                                                "source: s1"))}})
            .empty());
  CHECK(findings({{"roles/r1.yaml",
                   role_r1(replaced(pay("value: 50000, unit: usd_per_year, kind: median, source: "
                                        "s1"),
                                    ", list: true}\n", "}\n"))}})
            .empty());
}

TEST_CASE("lint: a training floor or a rule-out reason stating an unsourced number") {
  const std::string floor =
      "profiles:\n"
      "  - {role: r1, traits: {a: 3, b: 1}, min_training_months: 6}\n"
      "  - {role: r2, traits: {a: 1, b: 4}, requires: [b]}\n";
  CHECK(findings({{"profiles.yaml", floor}}) ==
        std::vector<std::string>{"t/profiles.yaml:2:59: min_training_months 6 of 'r1' is in no "
                                 "training figure of the role, so no source gives it"});
  // Sourced by a training figure of the role: no finding.
  CHECK(findings({{"profiles.yaml", floor},
                  {"roles/r1.yaml",
                   role_r1(kPay, "training: [{value: 6, unit: months, what: w, source: s1}]\n")}})
            .empty());
  // Assumed, it must say what the sources say; saying it, it passes.
  const std::string assumed =
      replaced(floor, "min_training_months: 6}", "min_training_months: 6, training_assumed: true}");
  CHECK(findings({{"profiles.yaml", assumed}}) ==
        std::vector<std::string>{"t/profiles.yaml:2:59: the assumed training floor of 'r1' does "
                                 "not say what the sources say"});
  CHECK(findings({{"profiles.yaml",
                   replaced(assumed, "training_assumed: true}",
                            "training_assumed: true, training_basis: {text: t, source: s1}}")}})
            .empty());
  const std::string q =
      replaced(testing::kQuestions, "reason: R2 is out.", "reason: R2 takes 4 months.");
  CHECK(findings({}, q) == std::vector<std::string>{"t/q.yaml:20:25: the reason for ruling out "
                                                    "'r2' states a number but names no source"});
}

TEST_CASE("lint: a claim credited to a see-also body") {
  CHECK(findings({{"roles/r1.yaml", role_r1(kPay, "notes: [{text: t, source: link}]\n")}}) ==
        std::vector<std::string>{
            "t/roles/r1.yaml:15:27: a note is credited to 'link', a body its article only links "
            "to"});
  CHECK(findings({{"roles/r1.yaml",
                   role_r1(kPay, "notes: [{text: t, source: s1, see_also: [link]}]\n")}})
            .empty());
  CHECK(
      findings({{"roles/r1.yaml",
                 role_r1("pay: [{value: 40000, unit: usd_per_year, what: w, source: link}]\n")}}) ==
      std::vector<std::string>{"t/roles/r1.yaml:14:59: a figure is credited to 'link', a body "
                               "its article only links to"});
}

TEST_CASE("lint: credential holders' pay is not a job's pay") {
  CHECK(findings({{"roles/r1.yaml",
                   role_r1("pay: [{value: 72304, unit: usd_per_year, scope: credential, who: "
                           "CPMA holders, what: w, source: s1}]\n")}}) ==
        std::vector<std::string>{
            "t/roles/r1.yaml:14:7: the pay of CPMA holders is not the pay of the job 'r1'"});
}
