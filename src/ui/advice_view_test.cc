// The trade-offs, branches, close call and "no change" texts, word for word, on the shipped
// data (the reproductions of the issue on advice you can trust).
#include "ui/advice_view.h"

#include <doctest/doctest.h>

#include "testing/test_fixture.h"

using namespace medcareer;
using testing::persona;

TEST_CASE("trade-offs: hoping for $50,000 with one month of training and money needed now") {
  testing::RealData r;
  AnswerSet a = persona(r.questionnaire, "scribe");
  a.set("training_months", 1.0);
  a.set("earn_soon", std::string("now"));
  a.set("pay", std::string("high"));
  resolve_answers(a, r.questionnaire);
  auto rec = recommend(r.questionnaire, r.catalog, a, false);
  REQUIRE(rec.top == "scribe");
  ui::ResultsOptions o;
  CHECK(ui::trade_off_section(r.catalog, rec, o) ==
        "\n"
        "Trade-offs\n"
        "  ! You hope for $50,000 a year or more, but the sources put Medical Scribe pay\n"
        "    at $35,000 to $45,000 a year: average yearly salary; first jobs pay near the\n"
        "    low end (ACMSO, n.d.).\n"
        "  - Medical Coder pays what you hope for (48.6% match): $50,000 to $60,000 a\n"
        "    year: average yearly salary for medical coders (ACMSO, n.d.); $48,780 a\n"
        "    year: average yearly pay, medical records and health information\n"
        "    technicians, coders included, worked out from the hourly wage (Stepful calls\n"
        "    them medical records specialists) (U.S. Bureau of Labor Statistics, n.d.;\n"
        "    Stepful, n.d.); $46,660 a year: average yearly salary, coding and billing\n"
        "    specialists (comparison table) (Stepful, n.d.).\n"
        "    What it takes: Most coders finish a coding certificate or an associate\n"
        "    degree in coding or health information after high school. The articles weigh\n"
        "    training differently: Stepful says coding usually takes formal training, at\n"
        "    least a certificate program, while the medical coding careers guide says a\n"
        "    degree is not always needed but thorough training is strongly advised.\n"
        "    Programs teach coding, billing and healthcare law, and some include an\n"
        "    internship or practice with coding software (ACMSO). How long: the sources\n"
        "    give no length of training for this job. First certification: Certified\n"
        "    Coding Specialist (CCS).\n"
        "    Not now: Formal training, at least a certificate program, is expected before\n"
        "    a first coding job (Stepful). No source gives a length, so medcareer assumes\n"
        "    at least 4 months, and you have 1.\n"
        "    Two stages: start as Medical Scribe now, and train for Medical Coder while\n"
        "    you work. Coding programs are also taught online, where students study at\n"
        "    their own pace and on their own schedule. (Medical coding careers guide,\n"
        "    n.d.)\n");
}

TEST_CASE("branches: a biller who wants to run an office sees the office manager and CMOM") {
  testing::RealData r;
  auto rec = recommend(r.questionnaire, r.catalog, persona(r.questionnaire, "biller"), false);
  REQUIRE(rec.top == "biller");
  ui::ResultsOptions o;
  CHECK(ui::growth_section(r.questionnaire, r.catalog, rec, o) ==
        "\n"
        "Where it can lead\n"
        "  From Medical Biller toward your goal of growing into managing people or an\n"
        "  office:\n"
        "  - Coding Supervisor / Manager\n"
        "    Why: Billing and coding specialists can move up to jobs with more\n"
        "      responsibility, such as coding director in a larger healthcare system.\n"
        "      (Stepful, n.d.)\n"
        "    What it takes: the sources do not say.\n"
        "  - Medical Office Manager\n"
        "    Why: A coding careers guide lists the Certified Medical Office Manager\n"
        "      credential beside the billing ones, for running a medical office. (Medical\n"
        "      coding careers guide, n.d.)\n"
        "    What it takes: The Certified Medical Office Manager credential from the\n"
        "      Practice Management Institute. (Medical coding careers guide, n.d.)\n"
        "    Certification: Certified Medical Office Manager (CMOM)\n");
}

TEST_CASE("a close call is said with both matches; when no change is found, the results say so") {
  testing::RealData r;
  auto leah = recommend(r.questionnaire, r.catalog,
                        persona(r.questionnaire, "close-scribe-assistant"), false);
  REQUIRE(leah.close_call);
  const std::string text = ui::close_call_text(r.catalog, leah);
  CHECK(text.rfind("A close call: Medical Scribe (", 0) == 0);
  CHECK(text.find("%) and Medical Assistant (") != std::string::npos);
  CHECK(text.find("are within 5 points of each other") != std::string::npos);
  auto marcus = recommend(r.questionnaire, r.catalog, persona(r.questionnaire, "assistant"), false);
  CHECK(ui::close_call_text(r.catalog, marcus).empty());
  Recommendation alone = marcus;
  alone.runner_up.clear();
  CHECK(ui::no_change_text(r.catalog, alone) ==
        "No other first job is open to you with these answers, and no reasonable change would "
        "open one: changing up to 4 of the answers you can change (never one you said you need) "
        "is not enough.");
  CHECK(ui::no_change_text(r.catalog, marcus) ==
        "No reasonable change would put another first job ahead of Medical Assistant: changing "
        "up to 4 of the answers you can change (never one you said you need) is not enough.");
}
