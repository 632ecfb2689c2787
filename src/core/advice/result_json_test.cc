#include "medcareer/result_json.h"

#include "testing/test_fixture.h"

using namespace medcareer;
using medcareer::testing::Tiny;

TEST_CASE("the JSON keeps PRODUCT.md's keys and adds each pay and outlook figure with its source") {
  Tiny t;
  auto files = medcareer::testing::tiny_data_files();
  files[3].text +=
      "growth: [{value: 7, unit: percent, what: projected growth, period: '2021-2031', source: "
      "s1}]\ntraining: [{value: 4, unit: months, what: a program, source: s1}]\n";
  auto catalog = load_catalog(files);
  REQUIRE(catalog.ok());
  auto answers = t.answers({{"q1", std::string("x")}, {"q2", 4.0}, {"q3", 12.0}});
  auto rec = recommend(t.questionnaire, catalog.value(), answers, false);
  auto j = result_json(t.questionnaire, catalog.value(), "Sam", rec, false);
  CHECK(j["respondent"] == "Sam");
  CHECK(j["ranking"][0]["role"] == "r1");
  CHECK(j["ranking"][0]["title"] == "Role One");
  CHECK(j["recommendation"]["role"] == "r1");
  CHECK(j["recommendation"]["certifications"] == nlohmann::ordered_json::array({"C1"}));
  CHECK(j["warnings"].is_array());

  const auto& pay = j["recommendation"]["pay"];
  REQUIRE(pay.size() == 1);
  CHECK(pay[0]["value"] == 40000);
  CHECK(pay[0]["unit"] == "usd_per_year");
  CHECK(pay[0]["what"] == "w");
  CHECK(pay[0]["period"] == "2024");  // the source's period
  CHECK(pay[0]["source"] == nlohmann::ordered_json{{"id", "s1"}, {"publisher", "Pub"}});
  const auto& outlook = j["recommendation"]["outlook"];
  REQUIRE(outlook.size() == 1);
  CHECK(outlook[0]["period"] == "2021-2031");  // the figure's own period wins
  const auto& train = j["recommendation"]["path"][0];
  CHECK(train["stage"] == "train");
  REQUIRE(train["length"].size() == 1);
  CHECK(train["length"][0]["value"] == 4);
  CHECK(train["length"][0]["unit"] == "months");
  CHECK_FALSE(j["recommendation"]["path"][1].contains("length"));
}

TEST_CASE("without a pick the pay and outlook lists are empty") {
  Tiny t;
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("n")}, {"q3", 12.0}}), false);
  auto j = result_json(t.questionnaire, t.catalog, "", rec, false);
  CHECK(j["recommendation"]["role"].is_null());
  CHECK(j["recommendation"]["pay"].empty());
  CHECK(j["recommendation"]["outlook"].empty());
}

TEST_CASE("results and failed records carry the schema version and their status") {
  Tiny t;
  auto rec = recommend(t.questionnaire, t.catalog,
                       t.answers({{"q1", std::string("x")}, {"q2", 4.0}, {"q3", 12.0}}), false);
  auto scored = result_json(t.questionnaire, t.catalog, "Sam", rec, false);
  CHECK(scored.begin().key() == "schema_version");  // first, so a reader sees it at once
  CHECK(scored["schema_version"] == kResultSchemaVersion);
  CHECK(scored["status"] == "scored");

  auto failed = failed_record_json("a.csv:4", Error{{"a.csv", 4, 37}, "no option 'x'", ""});
  CHECK(failed["schema_version"] == kResultSchemaVersion);
  CHECK(failed["status"] == "failed");
  CHECK(failed["respondent"] == "a.csv:4");
  CHECK(failed["error"]["line"] == 4);
  CHECK(failed["error"]["column"] == 37);
  CHECK(failed["error"]["message"] == "no option 'x'");
  CHECK(failed["error"]["text"] == "a.csv:4:37: no option 'x'");
}

TEST_CASE("the JSON names the needs, the contradictions and each certification's flags") {
  testing::RealData r;
  // The coder persona who also wants hands-on care: two needs, one contradiction.
  AnswerSet a = testing::persona(r.questionnaire, "coder");
  a.set("hands_on", std::string("love_it"));
  resolve_answers(a, r.questionnaire);
  const auto rec = recommend(r.questionnaire, r.catalog, a, false);
  const auto j = result_json(r.questionnaire, r.catalog, "", rec, false);
  CHECK(j["needs"] ==
        nlohmann::ordered_json::parse(R"([{"question":"patient_contact","option":"none"},)"
                                      R"({"question":"remote","option":"must"}])"));
  CHECK(j["contradictions"] ==
        nlohmann::ordered_json::parse(
            R"([{"trait":"patient_contact","first":"patient_contact","second":"hands_on"}])"));
  const auto& ranked = j["recommendation"]["ranked_certifications"];
  REQUIRE(ranked.size() == rec.certifications.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    CHECK(ranked[i]["id"] == rec.certifications[i].id);
    CHECK(ranked[i]["later"] == rec.certifications[i].later);
    CHECK(ranked[i]["optional"] == rec.certifications[i].optional);
  }
  // The lists of ids say the same: those for now, then those for later.
  CHECK(j["recommendation"]["certifications"][0] == ranked[0]["id"]);
  CHECK(ranked[0]["later"] == false);
}
