// From a score to advice: the top role and runner-up, the path into it, the certifications
// ranked for this person, why, and what would change the pick.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/indexed_answers.h"
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
  bool optional = false;  // no source requires it for the first job (a certification)
  bool operator==(const PathStep&) const = default;
};

// One next job of the path: a step of the pick's `grows_into` in the data, with why it
// follows and what it takes, each with its source (docs/data-format.md, "Growth").
struct GrowthBranch {
  const GrowthStep* step = nullptr;  // in the catalog, which must outlive this branch
  bool focus = false;                // picked by the answer to the goal's follow-up
  bool operator==(const GrowthBranch&) const = default;
};

struct Growth {
  std::string goal;     // the trait of the person's strongest goal; empty when none is named
  bool served = false;  // some step serves the goal; if not, the branches are the usual ones
  std::vector<GrowthBranch> branches;
  bool operator==(const Growth&) const = default;
};

struct CertificationPick {
  std::string id;
  std::string relation;  // "required", "recommended", "optional", "related"
  bool later = false;    // an advanced credential, or more preparation than the time they have
  std::size_t shared_tags = 0;
  bool better_paid = false;      // counted: the person hopes for higher pay, and it is better paid
  std::size_t setting_tags = 0;  // of shared_tags, those of a setting or kind of care
  bool optional = false;         // no source requires a certification to start this job
  std::vector<std::string> why;
  bool operator==(const CertificationPick&) const = default;
};

// One answer that moved the top role, in match points.
struct Driver {
  std::string question;
  std::string answer;  // the answer in words (option labels, or the number and unit)
  double points = 0;
  bool operator==(const Driver&) const = default;
};

// The most answers the "what would change" search edits (docs/data-format.md).
constexpr std::size_t kMaxChangeEdits = 4;

// The cheapest change of answers after which another role comes out on top.
struct Change {
  struct Edit {
    std::string question;
    AnswerValue from;  // the old answer (a question left unanswered has an empty string)
    AnswerValue to;
    int distance = 0;  // scale steps, options ticked or changed, or number limits crossed
    int cost = 0;      // distance times the question's change_cost
    bool operator==(const Edit&) const = default;
  };
  std::vector<Edit> edits;
  int distance = 0;  // of all edits together
  int cost = 0;      // of all edits together: what the search keeps smallest
  std::string new_top;
  double new_match = 0;
  double lead = 0;  // new_top's match minus the next role's that is not ruled out
  bool operator==(const Change&) const = default;
};

// Matches this close (in points, as shown) make the pick a close call, said in the results.
constexpr double kCloseCallPoints = 5;

// What the person would have to weigh against the pick, with the sourced figures behind it
// (docs/data-format.md, "Trade-offs").
struct TradeOff {
  enum class Kind {
    pay,           // the pay hoped for is above what the pick pays; `role` pays it
    out_of_reach,  // `role` fits the answers better but is ruled out by what the person can change
  };
  Kind kind = Kind::pay;
  std::string role;
  double match = 0;          // of `role`
  double hoped_pay = 0;      // pay: the yearly pay hoped for
  double pick_best_pay = 0;  // pay: the most the pick's typical yearly figures give
  std::vector<const Figure*> pick_pay, role_pay;  // typical yearly pay, in the catalog
  std::vector<std::string> blocked_by;  // why `role` is out of reach now, in the person's words
  std::string certification;            // the first certification `role` takes; may be empty
  // Start as the pick now and train for `role` while working; `role`'s train_while_working
  // in the catalog says how. Only when training time alone keeps `role` out of reach.
  bool two_stage = false;
  bool operator==(const TradeOff&) const = default;
};

struct Recommendation {
  ScoreResult score;
  // Empty when there is no role to name; the runner-up is never a ruled-out role.
  std::string top, runner_up;
  bool close_call = false;  // the runner-up is within kCloseCallPoints of the pick
  std::vector<PathStep> path;
  Growth growth;
  std::vector<TradeOff> trade_offs;
  std::vector<CertificationPick> certifications;
  std::vector<Driver> raised, lowered;  // most first, at most three each
  std::optional<Change> change;
  bool operator==(const Recommendation&) const = default;
};

// The answer in words, as the person chose it.
std::string answer_words(const Question& question, const AnswerValue& value);
// The same, appended to `out`: the warnings of a batch quote answers for every record.
void append_answer_words(std::string& out, const Question& question, const AnswerValue& value);

// Ranks the certifications for `role` for this person (docs/data-format.md).
std::vector<CertificationPick> rank_certifications(const Catalog& catalog, const Role& role,
                                                   const ScoreResult& score);

// The cheapest change of at most kMaxChangeEdits answers after which recommend() names
// another role than the top one of `score`: any role that no answer stating a need rules out,
// not only the runner-up. Smallest means the least total cost (each step times its
// question's change_cost, so that what a person can do comes before reversing a core
// preference), then the fewest edited answers, then the widest lead, then the first in
// questionnaire order (docs/data-format.md, "What would change the pick"). An answer that
// states a need, or to a question whose change_cost is 0, is never edited, nor is one whose
// edit would drop a question answered with a need; no edit moves to a need, and no change
// rules out a role that `score` leaves open. Nothing when there is no such change, or
// when the answers carry too little signal for a pick.
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
// The ranking level of advice (Advice::ranking) for answers already indexed, as a reader of a
// large export gives them (RecordParser::read_indexed); the same as for the AnswerSet they
// stand for.
Recommendation recommend(const ScoringModel& model, const IndexedAnswers& answers);

}  // namespace medcareer
