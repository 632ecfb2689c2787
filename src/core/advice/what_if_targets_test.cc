// "What would change the pick" looks past the runner-up: a change that puts the third role
// first wins when it costs less, and a role that a need rules out is never proposed. Worked
// out by hand on a questionnaire of three questions (and a need) and three roles.
#include <doctest/doctest.h>

#include "medcareer/recommend.h"
#include "medcareer/scoring_model.h"
#include "testing/test_fixture.h"

using namespace medcareer;

namespace {

// Each role leans to one trait (level 4, centred +1; the rest at 2, centred 0), so raw(r) is
// the preference for its trait. Full evidence at 1: the match is 50 + 50 * raw / W.
const char* kThreeQuestions = R"(id: three
version: 1
title: Three
traits:
  - {id: a, label: Trait A}
  - {id: b, label: Trait B}
  - {id: c, label: Trait C}
sections:
  - id: s
    title: Only section
    questions:
      - id: qa
        prompt: A?
        help: h
        type: single
        change_cost: 3
        options:
          - {id: yes, label: Yes A, traits: {a: 2}}
          - {id: no, label: No A}
      - id: qb
        prompt: B?
        help: h
        type: single
        change_cost: 3
        options:
          - {id: yes, label: Yes B, traits: {b: 1}}
          - {id: no, label: No B}
      - id: qc
        prompt: C?
        help: h
        type: single
        change_cost: 1
        options:
          - {id: yes, label: Yes C, traits: {c: 3}}
          - {id: no, label: No C}
      - id: qn
        prompt: Need?
        help: h
        type: single
        options:
          - {id: fine, label: Fine}
          - id: need
            label: I need it
            need: true
            rules_out: [{role: r3, reason: R3 cannot meet it.}]
full_evidence: 1
)";

std::vector<SourceFile> three_data_files() {
  auto role = [](const std::string& id) {
    return SourceFile{"t/roles/" + id + ".yaml", "roles/" + id + ".yaml",
                      "id: " + id + "\ntitle: Role " + id + "\nentry: true\nsummary: s\n" +
                          testing::kEntryFacts +
                          "certifications: {optional: [C1]}\n"
                          "pay: [{value: 40000, unit: usd_per_year, what: w, source: s1}]\n"
                          "leads_to: [r4]\n"};
  };
  return {
      {"t/sources.yaml", "sources.yaml",
       "sources:\n  - {id: s1, publisher: Pub, title: T, period: '2024'}\n"},
      {"t/certifications.yaml", "certifications.yaml",
       "certifications:\n"
       "  - {id: C1, name: Cert One, body: Body, roles: [r1, r2, r3], covers: c, level: entry, "
       "source: s1}\n"},
      {"t/profiles.yaml", "profiles.yaml",
       "profiles:\n"
       "  - {role: r1, traits: {a: 4, b: 2, c: 2}}\n"
       "  - {role: r2, traits: {a: 2, b: 4, c: 2}}\n"
       "  - {role: r3, traits: {a: 2, b: 2, c: 4}}\n"},
      role("r1"),
      role("r2"),
      role("r3"),
      {"t/roles/r4.yaml", "roles/r4.yaml", "id: r4\ntitle: Role r4\nentry: false\nsummary: s\n"},
  };
}

struct Three {
  Questionnaire questionnaire;
  Catalog catalog;
  Three() {
    auto q = load_questionnaire({"t/q.yaml", "q.yaml", kThreeQuestions});
    REQUIRE_MESSAGE(q.ok(), (q.ok() ? "" : q.error().to_string()));
    auto c = load_catalog(three_data_files());
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    questionnaire = q.value();
    catalog = c.value();
    check_consistency(questionnaire, catalog);
  }
  AnswerSet answers(const std::string& need) const {
    AnswerSet set;
    set.set("qa", std::string("yes"));
    set.set("qb", std::string("yes"));
    set.set("qc", std::string("no"));
    set.set("qn", need);
    resolve_answers(set, questionnaire);
    return set;
  }
};

}  // namespace

TEST_CASE("the cheapest change may put the third role first, not the runner-up") {
  Three t;
  ScoringModel model(t.questionnaire, t.catalog);
  // W = 2 + 1 = 3: r1 at 50 + 50 * 2/3 = 83.3, r2 at 66.7, r3 at 50.
  auto rec = recommend(model, t.answers("fine"), Advice::explained);
  REQUIRE(rec.score.ranking.size() == 3);
  CHECK(rec.score.ranking[0].role == "r1");
  CHECK(rec.score.ranking[0].match == doctest::Approx(50 + 50 * 2.0 / 3));
  CHECK(rec.score.ranking[1].role == "r2");
  CHECK(rec.score.ranking[1].match == doctest::Approx(50 + 50 * 1.0 / 3));
  CHECK(rec.score.ranking[2].role == "r3");
  CHECK(rec.score.ranking[2].match == doctest::Approx(50));
  // The runner-up comes first only if A is given up (qa -> no, cost 3: r2 at 100). Saying
  // yes to C costs 1: W = 6, r3 at 50 + 50 * 3/6 = 75 over r1 at 66.7 and r2 at 58.3.
  REQUIRE(rec.change.has_value());
  REQUIRE(rec.change->edits.size() == 1);
  CHECK(rec.change->edits[0].question == "qc");
  CHECK(rec.change->edits[0].from == AnswerValue(std::string("no")));
  CHECK(rec.change->edits[0].to == AnswerValue(std::string("yes")));
  CHECK(rec.change->edits[0].distance == 1);
  CHECK(rec.change->edits[0].cost == 1);
  CHECK(rec.change->cost == 1);
  CHECK(rec.change->distance == 1);
  CHECK(rec.change->new_top == "r3");
  CHECK(rec.change->new_match == doctest::Approx(75));
  CHECK(rec.change->lead == doctest::Approx(50 * 1.0 / 6));
}

TEST_CASE("a role that a need rules out is never the one a change puts first") {
  Three t;
  ScoringModel model(t.questionnaire, t.catalog);
  // "I need it" rules r3 out and weighs nothing: the ranking is r1, r2, then r3 ruled out.
  auto rec = recommend(model, t.answers("need"), Advice::explained);
  REQUIRE(rec.score.ranking.size() == 3);
  CHECK(rec.score.ranking[2].role == "r3");
  CHECK(rec.score.ranking[2].ruled_out);
  // So the cheapest change is the one for the runner-up: giving up A (cost 3), with r2 at
  // 50 + 50 * 1/1 = 100 and r1 at 50.
  REQUIRE(rec.change.has_value());
  REQUIRE(rec.change->edits.size() == 1);
  CHECK(rec.change->edits[0].question == "qa");
  CHECK(rec.change->edits[0].to == AnswerValue(std::string("no")));
  CHECK(rec.change->cost == 3);
  CHECK(rec.change->new_top == "r2");
  CHECK(rec.change->new_match == doctest::Approx(100));
  CHECK(rec.change->lead == doctest::Approx(50));
}
