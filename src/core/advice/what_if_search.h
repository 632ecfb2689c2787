// The search behind what_would_change(), shared by the files that implement it:
// what_if_build.cc lays out every answer the search may move to, what_if_bounds.cc bounds
// what later edits can do for one role to come first, and what_if_search.cc walks the
// edits depth first, once for each role that may come first. Internal to
// the core library; the method is described in what_if.cc.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "advice/compiled_model.h"
#include "medcareer/recommend.h"

namespace medcareer::what_if {

using detail::CompiledModel;
using detail::CompiledQuestion;
using detail::Index;
using detail::kNone;

// A bound on the search's work: a questionnaire as large as the default one never comes
// near it (docs/data-format.md); a huge one built by hand stops here with the best so far.
constexpr std::size_t kMaxSteps = 2'000'000;
constexpr std::size_t kMaxRoles = 64;  // rule-outs are kept as a bit mask

// One answer a question can be given: the person's own (the first of each question) or
// another one the search may move to.
struct Alt {
  bool answered = false;
  std::uint32_t option = 0;  // single, yes_no: the option; multi: the option ticked or unticked
  double number = 0;         // scale, number
  int distance = 0;
  int cost = 0;             // distance times the question's change_cost
  std::uint64_t rules = 0;  // entry roles its options rule out
  int position = -1;        // single: the option; scale: the value - 1 (the low-signal check)
};

struct State {
  std::vector<double> preference;  // per trait
  std::vector<double> raw;         // per role: sum of preference * centred level
  std::vector<int> rules;          // per role: rule-outs from counted answers
  std::vector<char> asked;         // per question
  std::vector<Index> choice;       // per question: index into its alternatives
  int answered = 0, asked_count = 0;
  bool has_training = false;
  double training = 0;
};

struct Candidate {
  std::vector<std::pair<Index, Index>> edits;  // question, alternative
  Index target = 0;                            // the role it puts first
  int cost = 0;
  double lead = 0, match = 0;
};

// Kept from one answer set to the next (one per thread), so that its arrays are allocated
// once rather than for every respondent of a batch.
class Search {
 public:
  // Without the shortcuts (the quick test, may_catch_up(); passing over a question none of
  // whose edits is cheap enough; cutting a change as dear as the best with more edits) the
  // walk builds the state of every edit the plain cost bound lets through. Each shortcut
  // only saves work: the unit tests compare the two (what_if_shortcuts_test.cc).
  explicit Search(bool shortcuts = true) : shortcuts_(shortcuts) {}

  std::optional<Change> run(const ScoringModel& scoring, const AnswerSet& answers,
                            const ScoreResult& score);

 private:
  bool shortcuts_ = true;
  const ScoringModel* scoring_ = nullptr;
  const CompiledModel* m_ = nullptr;
  const AnswerSet* answers_ = nullptr;
  Index top_ = 0;           // the role first now
  std::uint64_t open_ = 0;  // the roles not ruled out now, which no change may rule out
  Index target_ = 0;        // the role the walk under way tries to put first
  std::size_t n_ = 0, traits_ = 0, roles_ = 0;

  // Per question.
  std::vector<Index> first_;  // its alternatives are alts_[first_[j] .. first_[j + 1])
  std::vector<char> editable_;
  std::vector<char> quick_;                // the quick test may be used for its edits (see gaps())
  std::vector<char> need_;                 // the person's answer states a need
  std::vector<std::uint64_t> need_rules_;  // the roles that answer rules out
  std::vector<Index> condition_;           // the question its `when` reads, or kNone
  std::vector<std::vector<Index>> deps_;   // questions whose `when` reads this one
  std::vector<std::size_t> holds_offset_;  // dependents: into holds_, per alternative of
  std::vector<char> holds_;                //   their condition's question
  std::vector<const Answer*> given_;       // the person's answer
  detail::Scratch scratch_;
  std::vector<double> exact_preference_;
  std::vector<std::uint32_t> ticked_, next_ticked_;
  // Per alternative.
  std::vector<Alt> alts_;
  std::vector<double> weights_;  // alts x traits
  // The same, without the zeros: the traits that alternative a moves are
  // moved_[moved_first_[a] .. moved_first_[a + 1]) (most move two or three of twenty).
  std::vector<std::pair<Index, double>> moved_;
  std::vector<std::size_t> moved_first_;
  std::vector<double> contrib_;        // alts x roles
  std::vector<std::uint64_t> shuts_;   // the roles the answer rules out, by an option or by
                                       // training time below their minimum
  std::vector<std::uint64_t> closes_;  // the roles the state after it rules out that the
                                       // person's answer did not: its own rule-outs, the
                                       // training minimums, a dependent question now asked
  // Per role.
  std::vector<std::optional<double>> min_training_;
  std::vector<std::vector<Index>> vetoes_;
  std::vector<int> id_rank_;
  Index training_question_ = kNone;
  // What bounds() works out for one target. Each role that may come first has its own, so
  // that the walks for all of them can go one number of edits at a time (run()).
  struct Walk {
    Index target = 0;
    std::vector<char> dooms;  // per alternative: it rules the target out, or drops a need
    // Bounds: for each linear measure f, bound(f, i, c)[d] is the most that d edits of
    // questions i.., each costing no more than caps[c], can raise it. Measures:
    // raw(target) - raw(R) for each role R, then each veto trait up and down. caps holds 0
    // (no edit at all), then every cost an edit has, ascending: once a change is found, the
    // edits after the first few can only be cheap ones (cap()). The bounds of one cap are
    // worked out when first asked for (most walks ask for two or three of the caps).
    std::vector<std::array<double, kMaxChangeEdits + 1>> bounds;
    std::vector<int> caps;
    std::vector<char> capped;  // per cap: its bounds are worked out
    // alts x measures: how far the alternative raises each measure; for a role R,
    // how far it moves raw(target) - raw(R) (what the quick test reads)
    std::vector<double> gains;
    // Per question, its edits not cut by dooms, cheapest first: usable[usable_first[i] ..
    // usable_first[i + 1]).
    std::vector<Index> usable;
    std::vector<std::size_t> usable_first;
    std::vector<std::uint64_t> can_rule;  // per question i: roles some answer to i.. rules out
  };
  std::size_t measures_ = 0;                // roles, then each veto trait up and down
  std::vector<double> base_, gain_, tops_;  // bounds() and bounds_within(), kept for memory
  std::vector<Walk> walks_;                 // kept from one answer set to the next, as the rest
  Walk* w_ = nullptr;                       // the walk under way, for target_
  std::vector<Index> veto_traits_;
  double tolerance_ = 0;
  // Per level of the walk, for the edits of one question: the roles the quick test checks
  // and how far the target may trail each (see gaps()).
  std::array<std::vector<std::pair<Index, double>>, kMaxChangeEdits> gaps_;

  std::array<State, kMaxChangeEdits + 1> states_;
  std::array<std::pair<Index, Index>, kMaxChangeEdits> path_{};
  std::size_t depth_ = 0;
  int cheapest_ = 1;  // the least cost of one edit: what each further edit adds at least
  std::size_t steps_ = 0;
  std::optional<Candidate> best_;

  const Question& question(Index j) const { return *m_->questions[j].question; }
  double* weights_of(Index a) { return &weights_[a * traits_]; }
  double* contrib_of(Index a) { return &contrib_[a * roles_]; }
  std::size_t veto_up(std::size_t v) const { return roles_ + 2 * v; }
  std::size_t veto_down(std::size_t v) const { return veto_up(v) + 1; }
  const std::array<double, kMaxChangeEdits + 1>& bound(std::size_t f, Index i,
                                                       std::size_t c) const {
    return w_->bounds[(f * w_->caps.size() + c) * (n_ + 1) + i];
  }
  // The bounds to use for `edits` more edits after edits costing `spent`: each can cost no
  // more than what the best change so far leaves for it once the others cost the least.
  std::size_t cap(int spent, std::size_t edits);
  void bounds_within(std::size_t c);  // the bounds of cap c

  // The answer an alternative stands for, as an answers file would give it.
  AnswerValue value_of(Index j, Index a) const;

  // Adds an alternative's weights, rule-outs and the rest, as scoring an answer does.
  void weigh(Index j, Alt alt, std::span<const std::uint32_t> ticked);

  // The values a number question can move to: one per stretch between the limits that
  // change its score (band bounds, and the training minimums of the roles for the training
  // question), the whole number in it nearest the current answer.
  struct Limits {
    std::vector<std::pair<double, bool>> cuts;  // (bound, inclusive): passed at >= or >
    int position(double v) const {
      int p = 0;
      for (const auto& [bound, at] : cuts) p += at ? v >= bound : v > bound;
      return p;
    }
  };

  void number_alternatives(Index j, const Limits& limits, std::optional<double> current);

  void build();

  bool holds(Index dependent, Index a) const;

  void add(State& s, Index j, Index a, int sign);

  // The state after question j moves to alternative a; the questions whose `when` reads j
  // are asked or dropped with it.
  void apply(State& s, Index j, Index a);

  // The value of measure f for one alternative (inline: bounds() asks it for every role and
  // alternative of every target).
  double measure(std::size_t f, Index a) const {
    if (!alts_[a].answered) return 0;
    if (f < roles_) return contrib_[a * roles_ + target_] - contrib_[a * roles_ + f];
    const std::size_t v = (f - roles_) / 2;
    const double w = weights_[a * traits_ + veto_traits_[v]];
    return (f - roles_) % 2 == 0 ? w : -w;
  }

  // The roles that may come first, most likely first: every role but the top one, in the
  // order of the ranking, except those that an answer stating a need rules out.
  std::vector<Index> targets(const ScoreResult& score) const;

  // The bounds and the answers never tried, for target_.
  void bounds();

  // Whether alternative a of question j is training time below role r's minimum.
  bool below_training(Index j, Index a, Index r) const;

  std::size_t veto_index(Index t) const;

  // Whether d more edits of questions i.. could put the target first.
  // (The answers before i that rule the target out are dealt with by dfs().)
  bool feasible(const State& s, Index i, std::size_t d, std::size_t c) const;

  // Whether the quick test can be used for the edits of question j from state s, at `level`
  // with `left` edits of later questions to come; if so, gaps_[level] holds what it checks.
  bool gaps(const State& s, std::size_t level, Index j, std::size_t left, std::size_t c);

  // The quick test: false when moving to alternative a leaves the target behind some role
  // by more than later edits can make up, which feasible() or may_lead() would find on the
  // state after the edit. It saves copying and updating the state for most edits.
  bool may_catch_up(std::size_t level, Index a) const;

  // Whether the target could be first, as far as the arrays kept up to date edit by edit
  // can tell: they add and take away in another order than the scorer, so a match within a
  // small margin of the best other one counts as a maybe.
  bool may_lead(const State& s) const;

  // Fewer counted answers than this is too few for a pick, as the scorer says.
  static int few(const State& s) {
    return static_cast<int>(detail::few_answers(static_cast<std::size_t>(s.asked_count)));
  }

  bool low_evidence(double total) const {
    return detail::evidence_level(detail::evidence_of(total, m_->full_weight)) == Evidence::low;
  }

  bool ruled_out(const State& s, const std::vector<double>& preference, Index r) const;

  // The state scored as the scorer scores it, to the last bit: preferences summed answer by
  // answer in questionnaire order, then every sum over traits in trait order (see
  // scoring_model.cc). Whether the target is named, and its lead.
  struct Outcome {
    bool named = false;
    double match = 0, lead = 0;
  };
  Outcome exact(const State& s);

  AnswerSet edited(const std::vector<std::pair<Index, Index>>& edits) const;

  // Whether depth_ edits could make a change that comes before the best one so far.
  bool may_beat_best() const;

  // Whether the change on path_ (depth_ edits, of `cost`, with `lead`) comes before the best
  // one so far, in the order of docs/data-format.md.
  bool better(int cost, double lead) const;

  void leaf(const State& s, int cost);

  void dfs(std::size_t level, Index from, int cost);

  Change to_change(const Candidate& c) const;
};

}  // namespace medcareer::what_if
