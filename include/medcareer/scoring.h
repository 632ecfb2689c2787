// Weighted matching of answers to the entry roles' profiles (docs/data-format.md, "Scoring").
// Pure and deterministic: the same answers always give the same ranking.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/answers.h"
#include "medcareer/catalog.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

struct RoleScore {
  std::string role;
  double match = 50;  // 0..100
  bool ruled_out = false;
  std::vector<std::string> reasons;  // why it is ruled out, in the person's words
  bool operator==(const RoleScore&) const = default;
};

// How much the answers say, as a word (docs/data-format.md, "Scoring").
enum class Evidence { low, moderate, strong };
std::string evidence_word(Evidence level);  // "low", "moderate", "strong"

// Two counted answers that pull one trait hard in opposite directions: both weigh at least 1
// on it, with opposite signs, and together at least 3 (docs/data-format.md, "Scoring").
struct Contradiction {
  std::string trait;
  std::string first, second;  // question ids, in questionnaire order
  bool operator==(const Contradiction&) const = default;
};

// An answer that states a need and rules out some entry role (docs/data-format.md,
// "Scoring", Needs).
struct NeedAnswer {
  std::string question, option;  // ids
  bool operator==(const NeedAnswer&) const = default;
};

struct ScoreResult {
  std::vector<RoleScore> ranking;  // not ruled out first, best match first, ties by id
  TraitWeights preferences;        // summed trait weights of every answer that counts
  double total_weight = 0;         // sum of |preference|
  std::size_t answered = 0;        // answers that count (asked and given)
  std::size_t asked = 0;           // questions asked, given these answers
  std::vector<std::string> tags;   // tags of the chosen options, sorted, unique
  std::optional<double> training_months;
  std::size_t leaning = 0;  // answers that count and carry some weight
  // The total weight over the weight that counts as full evidence, at most 1; matches are
  // drawn toward 50 by it.
  double evidence = 0;
  Evidence evidence_level = Evidence::low;    // low evidence is always low signal
  std::vector<Contradiction> contradictions;  // each also said in the warnings
  std::vector<NeedAnswer> needs;              // in questionnaire order; each also warned of
  bool low_signal = false;
  std::vector<std::string> warnings;

  const RoleScore* find(const std::string& role) const;
  bool operator==(const ScoreResult&) const = default;
};

// Scores every entry role: a thin wrapper that compiles a ScoringModel for the call (every
// caller that scores, one answer set or many, goes through the model). Answers to questions whose
// `when` does not hold are ignored with a warning. `answers` must have passed resolve_answers().
ScoreResult score_answers(const Questionnaire& questionnaire, const Catalog& catalog,
                          const AnswerSet& answers);

// How one answer moved a role's match, in match points: the contributions of all answers
// add up to match - 50.
struct Contribution {
  std::string question;
  double points = 0;
};
// As ScoringModel::contributions().
std::vector<Contribution> contributions(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const std::string& role);

// Matches are shown and compared with one decimal.
double round_match(double match);

}  // namespace medcareer
