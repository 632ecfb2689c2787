// A questionnaire and catalog compiled once for scoring many answer sets, as `medcareer
// score` does with a survey export: trait, question, option, role and tag ids are resolved
// to indices up front, so scoring one answer set looks nothing up by string and builds no
// map but the one the result carries. The results are exactly those of score_answers()
// and contributions() (which build a model for each call): the same sums, added in the same
// order, to the last bit.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "medcareer/answers.h"
#include "medcareer/catalog.h"
#include "medcareer/questionnaire.h"
#include "medcareer/scoring.h"

namespace medcareer {

namespace detail {
struct CompiledModel;
}

class ScoringModel {
 public:
  // Whether results carry ScoreResult::preferences. Batch scoring drops them: building that
  // map took a tenth of the time of scoring a record, and nothing written out reads it (the
  // advice reads the model's own copy).
  enum class Preferences { kept, dropped };

  // Both must outlive the model, unchanged.
  ScoringModel(const Questionnaire& questionnaire, const Catalog& catalog,
               Preferences preferences = Preferences::kept);
  ~ScoringModel();
  ScoringModel(ScoringModel&&) noexcept;
  ScoringModel& operator=(ScoringModel&&) noexcept;

  const Questionnaire& questionnaire() const;
  const Catalog& catalog() const;

  // As score_answers(); safe to call from several threads at once.
  ScoreResult score(const AnswerSet& answers) const;
  // As contributions().
  std::vector<Contribution> contributions(const AnswerSet& answers, const std::string& role) const;

  // The total weight that counts as full evidence, and the most any two answers can carry
  // (docs/data-format.md, "Scoring"): while the first is at least twice the second, one or
  // two answers can never move a match more than 25 points from 50.
  double full_weight() const;
  double two_answers_weight() const;

  const detail::CompiledModel& compiled() const { return *compiled_; }

 private:
  std::unique_ptr<const detail::CompiledModel> compiled_;
};

}  // namespace medcareer
