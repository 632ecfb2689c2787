// A tiny questionnaire and catalog for unit tests, small enough to compute every expected
// score by hand (see scoring_test.cc for the arithmetic).
#pragma once

#include <doctest/doctest.h>

#include "medcareer/answers.h"
#include "medcareer/catalog.h"
#include "medcareer/consistency.h"
#include "medcareer/questionnaire.h"
#include "medcareer/source_file.h"

namespace medcareer::testing {

// Full evidence at a weight of 1 (last, so that the lines above keep their numbers): too
// small for the rule of docs/data-format.md, where two of its four questions would be half
// of all it can say, so its matches stay as W alone gives them (evidence_test.cc tests the
// rule).
inline const char* kQuestions = R"(id: tiny
version: 2
title: Tiny
traits:
  - {id: a, label: Trait A}
  - {id: b, label: Trait B}
sections:
  - id: s
    title: Only section
    questions:
      - id: q1
        prompt: Pick one.
        help: Help for q1.
        type: single
        options:
          - {id: x, label: Ex, traits: {a: 2}, tags: [hospital]}
          - {id: y, label: Why, traits: {b: 1}}
          - id: n
            label: Neither
            rules_out: [{role: r2, reason: R2 is out.}]
      - id: q2
        prompt: How much?
        help: Help for q2.
        type: scale
        optional: true
        anchors: [one, two, three, four, five]
        traits: {a: 2}
      - id: q3
        prompt: How many months?
        help: Help for q3.
        type: number
        min: 0
        max: 24
        unit: months
        measures: training_months
        bands:
          - {at_most: 3, traits: {b: -1}}
      - id: q4
        prompt: Which ones?
        help: Help for q4.
        type: multi
        max: 2
        when: {question: q1, in: [x, y]}
        options:
          - {id: m1, label: Em one, traits: {b: -2}}
          - {id: m2, label: Em two, traits: {a: 1}}
          - {id: m3, label: Em three}
full_evidence: 1
)";

// What every entry role must say besides its id, title, summary, certifications, pay and
// leads_to (see catalog_check.cc).
inline const std::string kEntryFacts =
    "duties: [d]\nsettings: [place]\nskills: [k]\neducation: e\nremote: none\n"
    "schedule: h\npatient_contact: low\nphysical_activity: low\n";

inline std::vector<SourceFile> tiny_data_files() {
  return {
      {"t/sources.yaml", "sources.yaml",
       "sources:\n  - {id: s1, publisher: Pub, title: T, period: '2024'}\n"},
      {"t/certifications.yaml", "certifications.yaml",
       "certifications:\n"
       "  - {id: C1, name: Cert One, body: Body, roles: [r1], covers: c, level: entry, tags: "
       "[hospital], source: s1}\n"
       "  - {id: C2, name: Cert Two, body: Body, roles: [r1], covers: c, level: advanced, source: "
       "s1}\n"},
      {"t/profiles.yaml", "profiles.yaml",
       "profiles:\n"
       "  - {role: r1, traits: {a: 3, b: 1}, min_training_months: 6}\n"
       "  - {role: r2, traits: {a: 1, b: 4}, requires: [b]}\n"},
      {"t/roles/r1.yaml", "roles/r1.yaml",
       "id: r1\ntitle: Role One\nentry: true\nsummary: s\n" + kEntryFacts +
           "certifications: {recommended: [C1], optional: [C2]}\n"
           "pay: [{value: 40000, unit: usd_per_year, what: w, source: s1}]\nleads_to: [r3]\n"
           "grows_into: [{role: r3, why: {text: It follows., source: s1}}]\n"},
      {"t/roles/r2.yaml", "roles/r2.yaml",
       "id: r2\ntitle: Role Two\nentry: true\nsummary: s\n" + kEntryFacts +
           "certifications: {optional: [C1]}\n"
           "pay: [{value: 30000, unit: usd_per_year, what: w, source: s1}]\nleads_to: [r3]\n"},
      {"t/roles/r3.yaml", "roles/r3.yaml", "id: r3\ntitle: Role Three\nentry: false\nsummary: s\n"},
  };
}

struct Tiny {
  Questionnaire questionnaire;
  Catalog catalog;
  Tiny() {
    auto q = load_questionnaire({"t/q.yaml", "q.yaml", kQuestions});
    REQUIRE_MESSAGE(q.ok(), (q.ok() ? "" : q.error().to_string()));
    auto c = load_catalog(tiny_data_files());
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    questionnaire = q.value();
    catalog = c.value();
    check_consistency(questionnaire, catalog);
  }
  AnswerSet answers(const std::vector<std::pair<std::string, AnswerValue>>& given) const {
    AnswerSet set;
    for (auto& [q, v] : given) set.set(q, v);
    resolve_answers(set, questionnaire);
    return set;
  }
};

// The questionnaire and data medcareer ships with, for tests of the real advice.
struct RealData {
  Questionnaire questionnaire;
  Catalog catalog;
  RealData() {
    auto q = load_questionnaire(embedded_questionnaire());
    REQUIRE_MESSAGE(q.ok(), (q.ok() ? "" : q.error().to_string()));
    auto c = load_catalog(embedded_data_files());
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    questionnaire = q.value();
    catalog = c.value();
  }
};

// The answers of a persona in tests/personas (NAME.yaml), as `score` reads them.
inline AnswerSet persona(const Questionnaire& questionnaire, const std::string& name) {
  auto file = read_source_file(
      std::string(MEDCAREER_SOURCE_DIR) + "/tests/personas/" + name + ".yaml", name);
  REQUIRE(file.ok());
  auto answers = load_answers(file.value().path, file.value().text, questionnaire);
  REQUIRE(answers.ok());
  return answers.value();
}

}  // namespace medcareer::testing
