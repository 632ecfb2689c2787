// From a score to advice: the top role and runner-up, the path into it, the certifications
// ranked for this person, why, and what would change the pick.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/scoring.h"
#include "medcareer/scoring_model.h"

namespace medcareer {

struct PathStep {
  std::string stage;  // "train", "certify", "first job", "grow"
  std::string text;
  // The train step only: how long training takes, as the role's sourced figures in the
  // catalog (which must outlive this step); empty when no source gives a length. Null on
  // the other steps. A pointer, not a copy: batch scoring builds a path for every record.
  const std::vector<Figure>* lengths = nullptr;
};

struct CertificationPick {
  std::string id;
  std::string relation;  // "required", "recommended", "optional", "related"
  bool later = false;    // an advanced credential, or more preparation than the time they have
  std::size_t shared_tags = 0;
  bool better_paid = false;  // counted: the person hopes for higher pay, and it is better paid
  std::vector<std::string> why;
};

// One answer that moved the top role, in match points.
struct Driver {
  std::string question;
  std::string answer;  // the answer in words (option labels, or the number and unit)
  double points = 0;
};

// The most answers the "what would change" search edits (docs/data-format.md).
constexpr std::size_t kMaxChangeEdits = 4;

// The smallest change of answers after which the runner-up comes out on top.
struct Change {
  struct Edit {
    std::string question;
    AnswerValue from;  // the old answer (a question left unanswered has an empty string)
    AnswerValue to;
    int distance = 0;  // scale steps, options ticked or changed, or number limits crossed
  };
  std::vector<Edit> edits;
  int distance = 0;  // of all edits together
  std::string new_top;
  double new_match = 0;
  double lead = 0;  // new_top's match minus the next role's that is not ruled out
};

struct Recommendation {
  ScoreResult score;
  std::string top, runner_up;  // empty when there is no role to name
  std::vector<PathStep> path;
  std::vector<CertificationPick> certifications;
  std::vector<Driver> raised, lowered;  // most first, at most three each
  std::optional<Change> change;
};

// The answer in words, as the person chose it.
std::string answer_words(const Question& question, const AnswerValue& value);

// Ranks the certifications for `role` for this person (docs/data-format.md).
std::vector<CertificationPick> rank_certifications(const Catalog& catalog, const Role& role,
                                                   const ScoreResult& score);

// The smallest change of at most kMaxChangeEdits answers after which recommend() names the
// runner-up of `score` instead of its top role: fewest edited answers, then the least total
// distance, then the widest lead, then the first in questionnaire order (docs/data-format.md,
// "What would change the pick"). Nothing when there is none within the bound, or when the
// answers carry too little signal for a pick.
std::optional<Change> what_would_change(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const ScoreResult& score);
std::optional<Change> what_would_change(const ScoringModel& model, const AnswerSet& answers,
                                        const ScoreResult& score);

// How much of the advice recommend() works out: each level adds to the one before.
enum class Advice {
  // The ranking, the top role and runner-up, and the certifications in their order, without
  // their reasons: all that a row of batch output shows, at a fraction of the cost.
  ranking,
  full,       // also the path and the reasons for each certification
  explained,  // also the answers that drove the pick, and what would change it
};

// Everything above; `explain` adds the drivers and the change search.
Recommendation recommend(const Questionnaire& questionnaire, const Catalog& catalog,
                         const AnswerSet& answers, bool explain);
// The same on a model compiled once, for scoring many answer sets; thread-safe.
Recommendation recommend(const ScoringModel& model, const AnswerSet& answers, bool explain);
Recommendation recommend(const ScoringModel& model, const AnswerSet& answers, Advice advice);

}  // namespace medcareer
