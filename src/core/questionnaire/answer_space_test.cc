// validate's proofs: for every first job, complete answers that recommend() really names it.
#include "medcareer/answer_space.h"

#include <doctest/doctest.h>

#include "medcareer/recommend.h"
#include "medcareer/source_file.h"
#include "testing/test_fixture.h"

using namespace medcareer;

namespace {

struct Real : testing::RealData {
  Profile& profile(const std::string& role) {
    for (auto& p : catalog.profiles) {
      if (p.role == role) return p;
    }
    FAIL("no profile for " << role);
    throw;
  }
};

// A proof must answer every question that is asked, and no other, with answers a file could
// give; recommend() must name the role, with enough signal to mean it.
void check_proof(const Questionnaire& q, const Catalog& catalog, const AnswerSet& proof,
                 const std::string& role) {
  AnswerSet copy = proof;
  CHECK_NOTHROW(resolve_answers(copy, q));
  for (const auto& question : q.questions) {
    CAPTURE(question.id);
    CHECK(is_asked(question, proof) == (proof.find(question.id) != nullptr));
  }
  auto rec = recommend(q, catalog, proof, false);
  CHECK_FALSE(rec.score.low_signal);
  // A proof may state needs and pull some trait both ways (both are said in the warnings),
  // but it leaves no question unanswered.
  for (const auto& w : rec.score.warnings) CHECK(w.rfind("No answer to", 0) == std::string::npos);
  CHECK(rec.top == role);
}

}  // namespace

TEST_CASE("every first job has a proof: complete answers that recommend() names it for") {
  Real r;
  for (const Role* role : r.catalog.entry_roles()) {
    CAPTURE(role->id);
    auto proof = answers_favoring(r.questionnaire, r.catalog, role->id);
    REQUIRE(proof.has_value());
    check_proof(r.questionnaire, r.catalog, *proof, role->id);
    CHECK(proof->questionnaire == "career");
    CHECK(proof->version == r.questionnaire.version);
  }
}

TEST_CASE("a role that wins only ties by its id still gets a proof") {
  // The audit's case: the scribe given the coder's profile. The coder then ties the scribe
  // wherever it is not ruled out, and wins every tie because 'coder' sorts first; the old
  // greedy search from empty answers called the coder unreachable.
  Real r;
  const Profile coder = r.profile("coder");
  r.profile("scribe").traits = coder.traits;
  auto proof = answers_favoring(r.questionnaire, r.catalog, "coder");
  REQUIRE(proof.has_value());
  check_proof(r.questionnaire, r.catalog, *proof, "coder");
  const ScoreResult s = score_answers(r.questionnaire, r.catalog, *proof);
  CHECK(round_match(s.find("coder")->match) == round_match(s.find("scribe")->match));
}

TEST_CASE("no proof for a role that can never beat another") {
  // Given the biller's levels, billing-coding and coder tie the biller at best, and lose
  // every tie ('biller' sorts first); their own rule-outs (exam, 4 months) only hurt them.
  Real r;
  const Profile biller = r.profile("biller");
  r.profile("billing-coding").traits = biller.traits;
  r.profile("coder").traits = biller.traits;
  CHECK_FALSE(answers_favoring(r.questionnaire, r.catalog, "billing-coding").has_value());
  CHECK_FALSE(answers_favoring(r.questionnaire, r.catalog, "coder").has_value());
  auto proof = answers_favoring(r.questionnaire, r.catalog, "biller");
  REQUIRE(proof.has_value());
  check_proof(r.questionnaire, r.catalog, *proof, "biller");
}

TEST_CASE("neutral answers and questions that can be asked") {
  medcareer::testing::Tiny t;
  const Questionnaire& q = t.questionnaire;
  CHECK_FALSE(neutral_answer(*q.find_question("q1")).has_value());  // every option says something
  CHECK(neutral_answer(*q.find_question("q2")) == AnswerValue(3.0));
  CHECK(neutral_answer(*q.find_question("q3")) == AnswerValue(0.0));
  CHECK(neutral_answer(*q.find_question("q4")) == AnswerValue(std::vector<std::string>{}));
  Real r;
  CHECK(neutral_answer(*r.questionnaire.find_question("care_type")) == AnswerValue("either"));
  // Tags alone (a certificate's setting) still say something; "not sure" says nothing.
  CHECK(neutral_answer(*r.questionnaire.find_question("specialty_focus")) ==
        AnswerValue("not_sure"));

  CHECK(can_be_asked(q, *q.find_question("q4")));
  Questionnaire never = q;
  never.questions[3].when->options = {"no-such-option"};
  CHECK_FALSE(can_be_asked(never, never.questions[3]));
  Questionnaire past_max = r.questionnaire;
  for (auto& question : past_max.questions) {
    if (question.id == "clinical_path") {
      question.when = Condition{"training_months", Condition::Op::at_least, {}, 49, {}};
      CHECK_FALSE(can_be_asked(past_max, question));
    }
  }
}
