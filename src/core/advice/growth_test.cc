// The branches of the path (docs/data-format.md, "Growth"), on the shipped data: chosen by
// the goal, narrowed by its follow-up, each with why it follows and what it takes.
#include "advice/growth.h"

#include <doctest/doctest.h>

#include "medcareer/recommend.h"
#include "testing/test_fixture.h"

using namespace medcareer;
using testing::persona;

namespace {

std::vector<std::string> branch_roles(const Recommendation& rec) {
  std::vector<std::string> out;
  for (const auto& b : rec.growth.branches) out.push_back(b.step->role);
  return out;
}

const PathStep* grow_step(const Recommendation& rec) {
  for (const auto& s : rec.path) {
    if (s.stage == "grow") return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the clinical_path follow-up changes the branches: nurse, or PA and NP") {
  testing::RealData r;
  AnswerSet marcus = persona(r.questionnaire, "assistant");  // five_years: clinical
  marcus.set("clinical_path", std::string("nurse"));
  auto nurse = recommend(r.questionnaire, r.catalog, marcus, false);
  REQUIRE(nurse.top == "assistant");
  CHECK(nurse.growth.goal == "growth_clinical");
  CHECK(nurse.growth.served);
  CHECK(branch_roles(nurse) == std::vector<std::string>{"nurse"});
  CHECK(nurse.growth.branches[0].focus);
  REQUIRE(grow_step(nurse));
  CHECK(grow_step(nurse)->text == "Registered Nurse / Nurse Practitioner");
  CHECK(nurse.growth.branches[0].step->takes->text == "Further education.");
  CHECK(nurse.growth.branches[0].step->takes->source == "stepful");

  marcus.set("clinical_path", std::string("pa_np"));
  auto pa = recommend(r.questionnaire, r.catalog, marcus, false);
  CHECK(branch_roles(pa) == std::vector<std::string>{"nurse", "physician-assistant"});
  CHECK(grow_step(pa)->text == "Registered Nurse / Nurse Practitioner or Physician Assistant");

  // Not sure: both, and no "then" chain through unrelated jobs.
  marcus.set("clinical_path", std::string("not_sure"));
  auto unsure = recommend(r.questionnaire, r.catalog, marcus, false);
  CHECK(branch_roles(unsure) == std::vector<std::string>{"nurse", "physician-assistant"});
}

TEST_CASE("a scribe aiming at PA or NP sees physician assistant first, a nurse only nursing") {
  testing::RealData r;
  AnswerSet jordan = persona(r.questionnaire, "scribe");  // clinical, pa_np
  auto pa = recommend(r.questionnaire, r.catalog, jordan, false);
  REQUIRE(pa.top == "scribe");
  CHECK(branch_roles(pa) == std::vector<std::string>{"physician-assistant", "nurse"});
  CHECK(pa.growth.branches[0].step->why.source == "dol-via-acmso");
  jordan.set("clinical_path", std::string("nurse"));
  auto nurse = recommend(r.questionnaire, r.catalog, jordan, false);
  CHECK(branch_roles(nurse) == std::vector<std::string>{"nurse"});
}

TEST_CASE("running an office: billing and coding lead to office manager, with the CMOM") {
  testing::RealData r;
  for (const std::string name : {"biller", "billing-coding"}) {
    CAPTURE(name);
    auto rec = recommend(r.questionnaire, r.catalog, persona(r.questionnaire, name), false);
    REQUIRE(rec.top == name);
    CHECK(rec.growth.goal == "growth_management");
    CHECK(branch_roles(rec) == std::vector<std::string>{"coding-supervisor", "office-manager"});
    const GrowthStep& office = *rec.growth.branches[1].step;
    CHECK(office.takes->text ==
          "The Certified Medical Office Manager credential from the Practice Management "
          "Institute.");
    CHECK(office.takes->source == "coding-careers");
    CHECK(r.catalog.find_role("office-manager")->certifications.recommended ==
          std::vector<std::string>{"CMOM"});
    CHECK(grow_step(rec)->text == "Coding Supervisor / Manager or Medical Office Manager");
  }
}

TEST_CASE("a goal no step serves: the usual steps, said as such") {
  testing::RealData r;
  AnswerSet jordan = persona(r.questionnaire, "scribe");
  jordan.set("five_years", std::string("specialist"));
  auto rec = recommend(r.questionnaire, r.catalog, jordan, false);
  REQUIRE(rec.top == "scribe");
  CHECK(rec.growth.goal == "growth_specialist");
  CHECK_FALSE(rec.growth.served);
  CHECK(branch_roles(rec) ==
        std::vector<std::string>{"physician-assistant", "nurse", "office-manager"});
  CHECK(rec.growth.branches.size() == detail::kUsualBranches);
}

TEST_CASE("a specialty focus picks the specialty step it names") {
  testing::RealData r;
  AnswerSet coder = persona(r.questionnaire, "coder");  // five_years: specialist
  coder.set("care_type", std::string("either"));
  coder.set("specialty_focus", std::string("long_term_illness"));
  auto rec = recommend(r.questionnaire, r.catalog, coder, false);
  REQUIRE(rec.top == "coder");
  CHECK(branch_roles(rec) == std::vector<std::string>{"risk-adjustment-coder"});
  coder.set("specialty_focus", std::string("hospital_stays"));
  CHECK(branch_roles(recommend(r.questionnaire, r.catalog, coder, false)) ==
        std::vector<std::string>{"specialty-coder"});
}
