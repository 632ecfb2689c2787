// What ScoringModel compiles a questionnaire and catalog into (see scoring_model.h): every id
// that scoring and advice would otherwise look up by string for each answer set, resolved
// once to an index, and every piece of advice text that depends only on the data, built
// once. Internal to the core library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "medcareer/answers.h"
#include "medcareer/catalog.h"
#include "medcareer/indexed_answers.h"
#include "medcareer/questionnaire.h"
#include "medcareer/scoring.h"

namespace medcareer::detail {

using Index = std::uint32_t;
constexpr Index kNone = ~Index{0};

// A preference this low on a trait a role requires rules the role out.
constexpr double kRequiredTraitVeto = -2;

struct TraitWeight {
  Index trait;
  double weight;
};
// One TraitWeights map as a list, in the map's order (trait ids sorted), so that sums taken
// over it add the same numbers in the same order as the map did.
using Weights = std::vector<TraitWeight>;

struct RuleOutRef {
  Index role;          // into CompiledModel::roles
  std::string reason;  // with its source, "(Stepful, n.d.)", when it names one
};

struct CompiledOption {
  Weights weights;
  std::vector<Index> tags;            // into CompiledModel::tags
  std::vector<RuleOutRef> rules_out;  // only those that name an entry role
  // A need's note that it narrowed the field, or the option's own warning; may be empty.
  std::string note;
  bool need = false;  // a need that rules out some entry role (ScoreResult::needs)
};

struct CompiledQuestion {
  const Question* question = nullptr;
  // The first question with this id: the one whose answer AnswerSet::find() would return.
  Index canonical = 0;
  // The canonical index of the question its `when` names; kNone when it has no `when` or
  // names no question of the questionnaire (then the answers are searched by id).
  Index condition = kNone;
  // Per option of the condition's question: whether the `when` lists it (in / not_in).
  std::vector<char> condition_lists;
  std::vector<CompiledOption> options;
  Weights scale;               // scale_traits
  std::vector<Weights> bands;  // one per band
  bool training = false;       // measures training_months
};

// A certification as it is offered for one role (rank_certifications).
struct CompiledCert {
  const Certification* cert = nullptr;
  std::string relation;  // "required", "recommended", "optional", "related"
  int relation_rank = 3;
  int listed = 0;  // where the role lists it (required, recommended, optional), else after
  std::string relation_why;  // "required for a <title>", empty when only related
  std::vector<std::pair<Index, const std::string*>> tags;  // tag index and text, in order
  std::optional<double> preparation_months;                // when it has a preparation time
  double best_pay = 0;
  // Its best pay is at least the median of those offered for the role that give one: the
  // better-paid half, which counts for a person hoping for higher pay.
  bool better_paid = false;
  std::string certify_text;  // the path's "certify" step
};

struct CompiledRole {
  const Role* role = nullptr;        // the entry role, as catalog.entry_roles() lists it
  const Profile* profile = nullptr;  // catalog.find_profile(role->id); may be missing
  std::vector<double> centred;       // per trait: the profile's level mapped to -1 .. +1
  struct Veto {
    Index trait;  // kNone: a trait no answer can carry
    std::string reason;
  };
  std::vector<Veto> vetoes;     // the profile's required traits
  std::string training_prefix;  // see training_rule_prefix (catalog.h); the months follow

  // Advice, for when this role comes out on top (recommend).
  const Role* advice = nullptr;  // catalog.find_role(role->id)
  std::vector<CompiledCert> certs;
  std::string first_job;  // the path's "first job" step
};

struct CompiledModel {
  const Questionnaire* questionnaire = nullptr;
  const Catalog* catalog = nullptr;
  std::vector<std::string> traits;       // every trait id any weight names, sorted
  std::vector<std::string> trait_words;  // per trait: its label, or its id when it has none
  std::vector<std::string> tags;         // every tag of an option or certification, sorted
  std::vector<CompiledQuestion> questions;
  std::vector<std::pair<std::string, Index>> question_ids;  // sorted by id; first per id
  std::vector<CompiledRole> roles;                          // entry roles, in catalog order
  std::vector<Index> goal_traits;                           // per catalog goal; kNone if unknown
  Index pay_trait = kNone;       // the trait `pay` ("higher pay"): a wish that ranks certifications
  bool keep_preferences = true;  // fill ScoreResult::preferences
  // The total weight that counts as full evidence (docs/data-format.md, "Scoring"): half of
  // the most a full set of answers can carry, and at least twice the most any two can.
  double full_weight = 1;

  CompiledModel(const Questionnaire& questionnaire, const Catalog& catalog);
  Index question_index(const std::string& id) const;  // canonical index, or kNone
  Index trait_index(const std::string& id) const;     // or kNone
  Index tag_index(const std::string& tag) const;      // or kNone
};

// The certifications offered for `role`, with tags indexed into `tags` (sorted).
std::vector<CompiledCert> compile_certifications(const Catalog& catalog, const Role& role,
                                                 const std::vector<std::string>& tags);

// One answer set laid onto a model's indices while it is scored. Kept from one answer set to
// the next (one per thread) so that scoring allocates only what the result holds.
struct Scratch {
  // The answers being scored: `own` when they came as an AnswerSet, else the caller's.
  const IndexedAnswers* given = nullptr;
  IndexedAnswers own;
  // Per canonical question: the first answer to it, when they came as an AnswerSet (the
  // advice beyond the ranking quotes them); null otherwise.
  std::vector<const Answer*> by_question;
  std::vector<double> preference;            // per trait: the summed weights
  std::vector<char> touched;                 // per trait: some counted answer carries it
  std::vector<double> subtotal;              // per trait: one answer's weights
  std::vector<Index> answer_traits;          // the traits of that answer, as first met
  std::vector<char> tags;                    // per tag: some counted answer has it
  std::vector<const RuleOutRef*> rule_outs;  // of the counted answers, in order
  struct Pull {
    Index question, trait;
    double weight;
  };
  std::vector<Pull> pulls;  // every counted answer's weights, in questionnaire order
  // Per pull: the next pull of the same trait (kNone after the last), so that the pairs
  // that may contradict each other are found without trying every pair; per trait, the
  // first pull not yet chained while they are laid out.
  std::vector<Index> next_pull, first_pull;
  // What score() warns of, gathered before the warnings are written: the pairs of pulls that
  // contradict each other, the answers to questions not asked, the notes of the options
  // chosen, the needs (question, option), and a warning being written.
  std::vector<std::pair<Index, Index>> opposed;
  std::vector<const CompiledQuestion*> not_counted;
  std::vector<const std::string*> notes;
  std::vector<std::pair<const CompiledQuestion*, Index>> needs;
  std::string text;

  // Lays `answers` out as IndexedAnswers (ids the questionnaire does not have are left out,
  // as scoring always ignored them) and resets the sums.
  void reset(const CompiledModel& model, const AnswerSet& answers);
  // The same for answers already indexed, which must outlive the scoring.
  void reset(const CompiledModel& model, const IndexedAnswers& answers);
  const IndexedAnswers::Slot& slot(Index question) const { return given->slots[question]; }
  // The weights of one answer into subtotal and answer_traits, as answer_weights() sums them.
  void answer_weights(const CompiledQuestion& question);
  // Whether the question is asked, given the answers reset() laid out.
  bool asked(const CompiledQuestion& question) const;
};

// The one definition of what an answer weighs (docs/data-format.md, "Scoring"): f(trait,
// weight) for each weight of one chosen option, or of a scale point or number (the scale's
// weights scaled by (v - 3) / 2; the first band that holds).
template <class F>
void option_weights(const CompiledQuestion& cq, Index option, F&& f) {
  for (const auto& [trait, w] : cq.options[option].weights) f(trait, w);
}
template <class F>
void number_weights(const CompiledQuestion& cq, double value, F&& f) {
  if (cq.question->type == QuestionType::scale) {
    for (const auto& [trait, w] : cq.scale) f(trait, w * ((value - 3) / 2));
    return;
  }
  const auto& bands = cq.question->bands;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (bands[i].holds(value)) {
      for (const auto& [trait, w] : cq.bands[i]) f(trait, w);
      return;
    }
  }
}

// The one definition of a role's match from raw(r) = sum of p[t] * centred[t], the total
// weight W = sum of |p[t]| and the model's full_weight F (docs/data-format.md, "Scoring"):
// 50 + 50 * raw / max(W, F), so that thin evidence stays near 50.
double match_of(double raw, double total, double full);
// What one answer's share `raw` of raw(r) adds to the match, in points.
double points_of(double raw, double total, double full);
// The evidence, min(1, W / F), and its level: low up to 0.5 (no two answers can carry
// more), strong from 0.8.
double evidence_of(double total, double full);
Evidence evidence_level(double evidence);
// The most total weight the questionnaire's answers can carry (each question's heaviest
// answer), and the most any two answers can.
struct WeightBounds {
  double all = 0, two = 0;
};
WeightBounds weight_bounds(const Questionnaire& questionnaire);
// Fewer answers than this, of `asked` questions, is too few for a pick.
std::size_t few_answers(std::size_t asked);

// The answer in words, as append_answer_words() (recommend.h) writes it for an AnswerSet.
void append_answer_words(std::string& out, const Question& question, const IndexedAnswers& answers,
                         const IndexedAnswers::Slot& answer);

// score_answers() on a compiled model, of the answers scratch.reset() laid out. `scratch`
// keeps the preferences and tags for advice.
ScoreResult score(const CompiledModel& model, Scratch& scratch);

// The one rule of a `when` (docs/data-format.md), given whether its question is answered,
// the number answered (null when the answer is no number) and whether the answer chooses an
// option the condition lists.
bool condition_rule(const Condition& condition, bool answered, const double* number,
                    bool any_listed);
// Whether `condition` holds for `answer` (null: unanswered); the test behind is_asked().
bool condition_holds(const Condition& condition, const Answer* answer);
// The same for the indexed answer to the condition's question: `lists` says, per option of
// that question, whether the condition names it.
bool condition_holds(const Condition& condition, const std::vector<char>& lists,
                     const IndexedAnswers& answers, const IndexedAnswers::Slot& answer);

}  // namespace medcareer::detail
