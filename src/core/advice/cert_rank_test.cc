// The certification order (docs/data-format.md, "Certifications"): by the setting and kind
// of care the sources tie each to, then the role's list, preparation time and pay; never by
// the alphabet.
#include "advice/cert_rank.h"

#include <doctest/doctest.h>

#include "testing/test_fixture.h"

using namespace medcareer;
using testing::persona;

namespace {

std::vector<std::string> ids(const std::vector<CertificationPick>& picks, bool later) {
  std::vector<std::string> out;
  for (const auto& p : picks) {
    if (p.later == later) out.push_back(p.id);
  }
  return out;
}

}  // namespace

TEST_CASE("setting tags are the places and kinds of care, not the kinds of work") {
  CHECK(detail::is_setting_tag("hospital"));
  CHECK(detail::is_setting_tag("inpatient"));
  CHECK(detail::is_setting_tag("physician-office"));
  CHECK_FALSE(detail::is_setting_tag("coding"));
  CHECK_FALSE(detail::is_setting_tag("payer"));
}

TEST_CASE("hospital and inpatient care with two years of study: CCS and CIC before CPC") {
  testing::RealData r;
  AnswerSet a = persona(r.questionnaire, "coder");
  a.set("settings", std::vector<std::string>{"hospital"});
  a.set("care_type", std::string("inpatient"));
  a.set("training_months", 24.0);
  auto rec = recommend(r.questionnaire, r.catalog, a, false);
  REQUIRE(rec.top == "coder");
  CHECK(ids(rec.certifications, false) == std::vector<std::string>{"CCS", "CIC", "CPC", "CCA"});
  // Advanced and specialty credentials with no setting of theirs chosen wait, best paid first.
  CHECK(ids(rec.certifications, true) == std::vector<std::string>{"CCS-P", "COC", "CRC", "CPC-P"});
  REQUIRE(rec.path.size() >= 2);
  CHECK(rec.path[1].stage == "certify");
  CHECK(rec.path[1].text ==
        "Certified Coding Specialist (CCS) from AHIMA (American Health Information Management "
        "Association)");
  const auto& ccs = rec.certifications.front();
  CHECK(ccs.setting_tags == 2);
  CHECK(ccs.why ==
        std::vector<std::string>{
            "recommended for a Medical Coder",
            "matches what you chose: coding, hospitals, hospital stays (inpatient care)"});
  // Outpatient care and a doctor's office instead: the CPC, which the sources tie to them.
  a.set("settings", std::vector<std::string>{"doctor_office"});
  a.set("care_type", std::string("outpatient"));
  auto office = recommend(r.questionnaire, r.catalog, a, false);
  CHECK(ids(office.certifications, false).front() == "CPC");
}

TEST_CASE("CPB before CMRS: the role's own order, never the alphabet") {
  testing::RealData r;
  AnswerSet a = persona(r.questionnaire, "biller");
  auto rec = recommend(r.questionnaire, r.catalog, a, false);
  REQUIRE(rec.top == "biller");
  // Both recommended, both entry, neither with a pay or preparation figure, and the same
  // tags chosen: the biller's list (CPB, then CMRS) decides, where the ids would not.
  REQUIRE(rec.certifications.size() == 3);
  CHECK(rec.certifications[0].id == "CPB");
  CHECK(rec.certifications[1].id == "CMRS");
  CHECK(rec.certifications[0].shared_tags == rec.certifications[1].shared_tags);
  CHECK(rec.path[1].text ==
        "Certified Professional Biller (CPB) from AAPC (American Academy of Professional "
        "Coders)");
}

TEST_CASE("a scribe's certification is optional, after the first job") {
  testing::RealData r;
  auto rec = recommend(r.questionnaire, r.catalog, persona(r.questionnaire, "scribe"), false);
  REQUIRE(rec.top == "scribe");
  REQUIRE(rec.path.size() == 4);
  CHECK(rec.path[0].stage == "train");
  CHECK(rec.path[1].stage == "first job");
  CHECK(rec.path[2].stage == "certify");
  CHECK(rec.path[2].optional);
  CHECK(rec.path[2].text == "ACMSO Medical Scribe Certification (ACMSO-MSC) from ACMSO");
  REQUIRE(rec.certifications.size() == 1);
  CHECK(rec.certifications[0].later);
  CHECK(rec.certifications[0].optional);
  CHECK(rec.certifications[0].why.back() == "optional: not needed to start this job");
}
