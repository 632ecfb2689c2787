// "What would change the top pick": the smallest change of answers after which the runner-up
// comes first (docs/data-format.md, "What would change the pick").
//
// The search tries 1, then 2, ... up to kMaxChangeEdits edited answers (iterative
// deepening), each question edited at most once and in questionnaire order, so every set
// of edits is met once. It is complete within that bound: branches are cut only when no
// runner-up could come first below them, which the linearity of the match makes cheap to
// tell. Whether role T beats role R depends only on the sign of raw(T) - raw(R) (both share
// the denominator), which each edit moves by a fixed amount; so the best that d more edits
// can do is the sum of the d largest such moves among the questions still to come. A role
// that some later answer could rule out needs no beating at all.
//
// Positions are kept as arrays over the compiled model's indices and updated in place;
// every candidate that looks like a new pick is then scored by the real scorer, which alone
// decides: near a rounding boundary the arrays are never trusted.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>

#include "advice/compiled_model.h"
#include "medcareer/recommend.h"

namespace medcareer {

namespace {

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
  int distance = 0;
  double lead = 0, match = 0;
};

// Kept from one answer set to the next (one per thread), so that its arrays are allocated
// once rather than for every respondent of a batch.
class Search {
 public:
  std::optional<Change> run(const ScoringModel& scoring, const AnswerSet& answers,
                            const ScoreResult& score) {
    scoring_ = &scoring;
    m_ = &scoring.compiled();
    answers_ = &answers;
    if (m_->roles.size() > kMaxRoles || m_->roles.size() < 2) return std::nullopt;
    for (Index k = 0; k < m_->roles.size(); ++k) {
      if (m_->roles[k].role->id == score.ranking[1].role) target_ = k;
    }
    best_.reset();
    steps_ = 0;
    build();
    for (depth_ = 1; depth_ <= kMaxChangeEdits && !best_ && steps_ < kMaxSteps; ++depth_) {
      if (feasible(states_[0], 0, depth_)) dfs(0, 0, 0);
    }
    if (!best_) return std::nullopt;
    // The scorer has the last word; the arrays mirror it, and the unit tests hold them to it.
    const ScoreResult check = scoring_->score(edited(best_->edits));
    if (check.low_signal || check.ranking.empty() || check.ranking.front().ruled_out ||
        check.ranking.front().role != m_->roles[target_].role->id)
      return std::nullopt;
    return to_change(*best_);
  }

 private:
  const ScoringModel* scoring_ = nullptr;
  const CompiledModel* m_ = nullptr;
  const AnswerSet* answers_ = nullptr;
  Index target_ = 0;  // the runner-up
  std::size_t n_ = 0, traits_ = 0, roles_ = 0;

  // Per question.
  std::vector<Index> first_;  // its alternatives are alts_[first_[j] .. first_[j + 1])
  std::vector<char> editable_;
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
  std::vector<double> contrib_;  // alts x roles
  std::vector<char> dooms_;      // the alternative rules the runner-up out
  // Per role.
  std::vector<std::optional<double>> min_training_;
  std::vector<std::vector<Index>> vetoes_;
  std::vector<int> id_rank_;
  Index training_question_ = kNone;
  // Bounds: for each linear measure f, bound(f, i)[d] is the most that d edits of questions
  // i.. can raise it. Measures: raw(runner-up) - raw(R) for each role R, then each veto trait
  // up and down.
  std::vector<std::array<double, kMaxChangeEdits + 1>> bounds_;
  std::vector<std::uint64_t> can_rule_;  // per question i: roles some answer to i.. rules out
  std::vector<Index> veto_traits_;
  double tolerance_ = 0;

  std::array<State, kMaxChangeEdits + 1> states_;
  std::array<std::pair<Index, Index>, kMaxChangeEdits> path_{};
  std::size_t depth_ = 0;
  std::size_t steps_ = 0;
  std::optional<Candidate> best_;

  const Question& question(Index j) const { return *m_->questions[j].question; }
  double* weights_of(Index a) { return &weights_[a * traits_]; }
  double* contrib_of(Index a) { return &contrib_[a * roles_]; }
  std::size_t veto_up(std::size_t v) const { return roles_ + 2 * v; }
  std::size_t veto_down(std::size_t v) const { return veto_up(v) + 1; }
  const std::array<double, kMaxChangeEdits + 1>& bound(std::size_t f, Index i) const {
    return bounds_[f * (n_ + 1) + i];
  }

  // The answer an alternative stands for, as an answers file would give it.
  AnswerValue value_of(Index j, Index a) const {
    const Question& q = question(j);
    const Alt& alt = alts_[a];
    switch (q.type) {
      case QuestionType::single:
      case QuestionType::yes_no:
        return q.options[alt.option].id;
      case QuestionType::multi: {
        std::vector<std::string> ids;
        if (given_[j]) ids = std::get<std::vector<std::string>>(given_[j]->value);
        if (a == first_[j]) return ids;
        const std::string& id = q.options[alt.option].id;
        auto it = std::find(ids.begin(), ids.end(), id);
        if (it != ids.end()) {
          ids.erase(it);
        } else {
          ids.push_back(id);
        }
        return ids;
      }
      case QuestionType::scale:
      case QuestionType::number:
        return alt.number;
    }
    return std::string();
  }

  // Adds an alternative's weights, rule-outs and the rest, as scoring an answer does.
  void weigh(Index j, Alt alt, std::span<const std::uint32_t> ticked) {
    const CompiledQuestion& cq = m_->questions[j];
    const Index a = static_cast<Index>(alts_.size());
    weights_.resize(weights_.size() + traits_, 0.0);
    contrib_.resize(contrib_.size() + roles_, 0.0);
    double* w = &weights_[a * traits_];
    auto add = [&](Index t, double x) { w[t] += x; };
    auto option = [&](std::uint32_t i) {
      detail::option_weights(cq, i, add);
      for (const auto& r : cq.options[i].rules_out) alt.rules |= std::uint64_t{1} << r.role;
    };
    if (alt.answered) {
      switch (cq.question->type) {
        case QuestionType::single:
        case QuestionType::yes_no:
          option(alt.option);
          break;
        case QuestionType::multi:
          for (std::uint32_t i : ticked) option(i);
          break;
        case QuestionType::scale:
        case QuestionType::number:
          detail::number_weights(cq, alt.number, add);
          break;
      }
    }
    if (alt.answered && cq.question->type == QuestionType::single) {
      alt.position = static_cast<int>(alt.option);
    } else if (alt.answered && cq.question->type == QuestionType::scale) {
      alt.position = static_cast<int>(alt.number) - 1;
    }
    double* c = &contrib_[a * roles_];
    for (Index t = 0; t < traits_; ++t) {
      if (w[t] == 0) continue;  // most answers move two or three traits of twenty
      for (Index r = 0; r < roles_; ++r) {
        const auto& centred = m_->roles[r].centred;
        if (!centred.empty()) c[r] += w[t] * centred[t];  // no profile: the role stays at 50
      }
    }
    alts_.push_back(alt);
  }

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

  void number_alternatives(Index j, const Limits& limits, std::optional<double> current) {
    const Question& q = question(j);
    std::vector<double> candidates{q.min, q.max};
    for (const auto& [bound, at] : limits.cuts) {
      candidates.push_back(at ? std::ceil(bound) : std::floor(bound));
      candidates.push_back(at ? std::ceil(bound) - 1 : std::floor(bound) + 1);
    }
    const double from = current ? *current : q.default_number ? *q.default_number : q.min;
    const int here = limits.position(from);
    std::vector<std::pair<int, double>> chosen;  // position, value
    for (double v : candidates) {
      if (v < q.min || v > q.max) continue;
      const int p = limits.position(v);
      if (current && p == here) continue;
      auto it =
          std::find_if(chosen.begin(), chosen.end(), [&](const auto& c) { return c.first == p; });
      if (it == chosen.end()) {
        chosen.emplace_back(p, v);
      } else if (std::fabs(v - from) < std::fabs(it->second - from) ||
                 (std::fabs(v - from) == std::fabs(it->second - from) && v < it->second)) {
        it->second = v;
      }
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [p, v] : chosen) {
      Alt alt;
      alt.answered = true;
      alt.number = v;
      alt.distance = current ? std::abs(p - here) : 1;
      weigh(j, alt, {});
    }
  }

  void build() {
    n_ = m_->questions.size();
    traits_ = m_->traits.size();
    roles_ = m_->roles.size();
    scratch_.reset(*m_, *answers_);
    const detail::Scratch& scratch = scratch_;
    first_.assign(n_ + 1, 0);
    editable_.assign(n_, 0);
    condition_.assign(n_, kNone);
    deps_.resize(n_);
    for (auto& d : deps_) d.clear();
    given_.assign(n_, nullptr);
    alts_.clear();
    weights_.clear();
    contrib_.clear();
    holds_.clear();
    min_training_.clear();
    vetoes_.resize(roles_);
    for (auto& v : vetoes_) v.clear();
    veto_traits_.clear();
    id_rank_.clear();
    training_question_ = kNone;
    for (Index r = 0; r < roles_; ++r) {
      const auto* profile = m_->roles[r].profile;
      min_training_.push_back(profile ? std::optional<double>(profile->min_training_months)
                                      : std::nullopt);
      for (const auto& v : m_->roles[r].vetoes) {
        if (v.trait == kNone) continue;
        vetoes_[r].push_back(v.trait);
        if (std::find(veto_traits_.begin(), veto_traits_.end(), v.trait) == veto_traits_.end())
          veto_traits_.push_back(v.trait);
      }
      int rank = 0;
      for (Index o = 0; o < roles_; ++o) rank += m_->roles[o].role->id < m_->roles[r].role->id;
      id_rank_.push_back(rank);
    }
    State& s = states_[0];
    s.answered = s.asked_count = 0;
    s.has_training = false;
    s.training = 0;
    s.preference.assign(traits_, 0.0);
    s.raw.assign(roles_, 0.0);
    s.rules.assign(roles_, 0);
    s.asked.assign(n_, 0);
    s.choice.assign(n_, 0);

    for (Index j = 0; j < n_; ++j) {
      const CompiledQuestion& cq = m_->questions[j];
      const Question& q = *cq.question;
      first_[j] = static_cast<Index>(alts_.size());
      const Answer* given = cq.canonical == j ? scratch.by_question[j] : nullptr;
      given_[j] = given;
      if (cq.training) training_question_ = j;
      // The person's own answer first.
      Alt own;
      own.answered = given != nullptr;
      std::vector<std::uint32_t>& ticked = ticked_;
      ticked.clear();
      std::optional<double> number;
      if (given) {
        if (const auto* one = std::get_if<std::string>(&given->value)) {
          for (std::uint32_t i = 0; i < q.options.size(); ++i) {
            if (q.options[i].id == *one) own.option = i;
          }
        } else if (const auto* many = std::get_if<std::vector<std::string>>(&given->value)) {
          for (const auto& id : *many) {
            for (std::uint32_t i = 0; i < q.options.size(); ++i) {
              if (q.options[i].id == id) ticked.push_back(i);
            }
          }
        } else {
          own.number = std::get<double>(given->value);
          number = own.number;
        }
      }
      weigh(j, own, ticked);
      // Then every other answer the search may move to.
      editable_[j] = cq.canonical == j;
      switch (q.type) {
        case QuestionType::single:
        case QuestionType::yes_no:
          for (std::uint32_t i = 0; i < q.options.size(); ++i) {
            if (given && i == own.option) continue;
            Alt alt;
            alt.answered = true;
            alt.option = i;
            alt.distance = 1;
            weigh(j, alt, {});
          }
          break;
        case QuestionType::multi:
          for (std::uint32_t i = 0; i < q.options.size(); ++i) {
            std::vector<std::uint32_t>& next = next_ticked_;
            next = ticked;
            auto it = std::find(next.begin(), next.end(), i);
            if (it != next.end()) {
              next.erase(it);
            } else if (next.size() < q.max_choices) {
              next.push_back(i);
            } else {
              continue;
            }
            Alt alt;
            alt.answered = true;
            alt.option = i;
            alt.distance = 1;
            weigh(j, alt, next);
          }
          break;
        case QuestionType::scale:
          for (double v = 1; v <= 5; ++v) {
            if (number && *number == v) continue;
            Alt alt;
            alt.answered = true;
            alt.number = v;
            alt.distance = number ? static_cast<int>(std::fabs(v - *number))
                                  : std::max(1, static_cast<int>(std::fabs(v - 3)));
            weigh(j, alt, {});
          }
          break;
        case QuestionType::number: {
          Limits limits;
          for (const auto& b : q.bands)
            limits.cuts.emplace_back(b.bound, b.kind == Band::Kind::at_least);
          if (cq.training) {
            for (const auto& t : min_training_) {
              if (t) limits.cuts.emplace_back(*t, true);
            }
          }
          number_alternatives(j, limits, number);
          break;
        }
      }
      // Conditions.
      if (q.when) {
        condition_[j] = cq.condition;
        if (cq.condition == kNone) editable_[j] = editable_[j] && scratch.asked(cq, *answers_);
      }
    }
    first_[n_] = static_cast<Index>(alts_.size());
    holds_offset_.assign(n_, 0);
    for (Index j = 0; j < n_; ++j) {
      const Index c = condition_[j];
      if (c == kNone || c >= j) continue;  // conditions read earlier questions only
      deps_[c].push_back(j);
      holds_offset_[j] = holds_.size();
      for (Index a = first_[c]; a < first_[c + 1]; ++a) {
        Answer answer{question(c).id, value_of(c, a), {}, 0, 0, {}};
        holds_.push_back(
            detail::condition_holds(*question(j).when, alts_[a].answered ? &answer : nullptr));
      }
    }
    // The person's answers as the starting state.
    for (Index j = 0; j < n_; ++j) {
      const bool asked = condition_[j] != kNone && condition_[j] < j
                             ? holds_[holds_offset_[j]]
                             : scratch.asked(m_->questions[j], *answers_);
      s.asked[j] = asked;
      s.choice[j] = first_[j];
      if (asked) {
        ++s.asked_count;
        add(s, j, first_[j], 1);
      }
    }
    for (std::size_t d = 1; d <= kMaxChangeEdits; ++d) states_[d] = s;
    bounds();
  }

  bool holds(Index dependent, Index a) const {
    return holds_[holds_offset_[dependent] + (a - first_[condition_[dependent]])];
  }

  void add(State& s, Index j, Index a, int sign) {
    const Alt& alt = alts_[a];
    if (!alt.answered) return;
    const double* w = weights_of(a);
    for (Index t = 0; t < traits_; ++t) s.preference[t] += sign * w[t];
    const double* c = contrib_of(a);
    for (Index r = 0; r < roles_; ++r) {
      s.raw[r] += sign * c[r];
      if (alt.rules >> r & 1) s.rules[r] += sign;
    }
    s.answered += sign;
    if (j == training_question_) {
      s.has_training = sign > 0;
      s.training = alt.number;
    }
  }

  // The state after question j moves to alternative a; the questions whose `when` reads j
  // are asked or dropped with it.
  void apply(State& s, Index j, Index a) {
    add(s, j, s.choice[j], -1);
    add(s, j, a, 1);
    s.choice[j] = a;
    for (Index k : deps_[j]) {
      const bool now = holds(k, a);
      if (now == static_cast<bool>(s.asked[k])) continue;
      s.asked[k] = now;
      s.asked_count += now ? 1 : -1;
      add(s, k, s.choice[k], now ? 1 : -1);
    }
  }

  // The value of measure f for one alternative.
  double measure(std::size_t f, Index a) const {
    if (!alts_[a].answered) return 0;
    if (f < roles_) return contrib_[a * roles_ + target_] - contrib_[a * roles_ + f];
    const std::size_t v = (f - roles_) / 2;
    const double w = weights_[a * traits_ + veto_traits_[v]];
    return (f - roles_) % 2 == 0 ? w : -w;
  }

  void bounds() {
    // An answer that rules the runner-up out can be no part of a change that puts it first:
    // its question comes before all later edits, so nothing could take that back.
    dooms_.assign(alts_.size(), 0);
    for (Index j = 0; j < n_; ++j) {
      for (Index a = first_[j]; a < first_[j + 1]; ++a) {
        const Alt& alt = alts_[a];
        dooms_[a] = (alt.rules >> target_ & 1) ||
                    (j == training_question_ && alt.answered && min_training_[target_] &&
                     alt.number < *min_training_[target_]);
      }
    }
    const std::size_t measures = roles_ + 2 * veto_traits_.size();
    bounds_.assign(measures * (n_ + 1), {});
    for (std::size_t f = 0; f < measures; ++f) {
      if (f == target_) continue;
      std::array<double, kMaxChangeEdits>
          top{};  // the largest gains among questions i.., descending
      for (Index i = static_cast<Index>(n_); i-- > 0;) {
        double gain = 0;
        if (editable_[i]) {
          const double base = measure(f, first_[i]);
          for (Index a = first_[i] + 1; a < first_[i + 1]; ++a) {
            if (dooms_[a]) continue;
            double g = measure(f, a) - base;
            for (Index k : deps_[i]) {
              const double v = measure(f, first_[k]);
              g += (holds(k, a) ? v : 0) - (holds(k, first_[i]) ? v : 0);
            }
            gain = std::max(gain, g);
          }
        }
        for (std::size_t x = 0; x < top.size(); ++x) {
          if (gain > top[x]) std::swap(gain, top[x]);
        }
        auto& sums = bounds_[f * (n_ + 1) + i];
        sums[0] = 0;
        for (std::size_t d = 1; d <= kMaxChangeEdits; ++d) sums[d] = sums[d - 1] + top[d - 1];
      }
    }
    can_rule_.assign(n_ + 1, 0);
    for (Index i = static_cast<Index>(n_); i-- > 0;) {
      std::uint64_t mask = can_rule_[i + 1];
      if (editable_[i]) {
        for (Index a = first_[i]; a < first_[i + 1]; ++a) {
          if (dooms_[a]) continue;
          mask |= alts_[a].rules;
          if (i == training_question_ && alts_[a].answered) {
            for (Index r = 0; r < roles_; ++r) {
              if (min_training_[r] && alts_[a].number < *min_training_[r])
                mask |= std::uint64_t{1} << r;
            }
          }
        }
      }
      can_rule_[i] = mask;
    }
    // Two roles tie once rounded if their matches are less than 0.1 apart: with the largest
    // denominator any answers can give, max(W, full weight), raw(T) - raw(R) > -0.002 times
    // it is needed to come first.
    double most = 0;
    for (Index j = 0; j < n_; ++j) {
      double heaviest = 0;
      for (Index a = first_[j]; a < first_[j + 1]; ++a) {
        double sum = 0;
        for (Index t = 0; t < traits_; ++t) sum += std::fabs(weights_[a * traits_ + t]);
        heaviest = std::max(heaviest, sum);
      }
      most += heaviest;
    }
    tolerance_ = 0.002 * std::max(most, m_->full_weight) + 1e-9;
  }

  std::size_t veto_index(Index t) const {
    return static_cast<std::size_t>(std::find(veto_traits_.begin(), veto_traits_.end(), t) -
                                    veto_traits_.begin());
  }

  // Whether d more edits of questions i.. could put the runner-up first.
  // (The answers before i that rule the runner-up out are dealt with by dfs().)
  bool feasible(const State& s, Index i, std::size_t d) const {
    const Index t = target_;
    for (Index v : vetoes_[t]) {
      if (s.preference[v] + bound(veto_up(veto_index(v)), i)[d] <= detail::kRequiredTraitVeto)
        return false;
    }
    for (Index r = 0; r < roles_; ++r) {
      if (r == t || s.rules[r] > 0 || (can_rule_[i] >> r & 1)) continue;
      if (s.has_training && min_training_[r] && s.training < *min_training_[r]) continue;
      bool may_veto = false;
      for (Index v : vetoes_[r]) {
        may_veto = may_veto || s.preference[v] - bound(veto_down(veto_index(v)), i)[d] <=
                                   detail::kRequiredTraitVeto;
      }
      if (may_veto) continue;
      if (s.raw[t] - s.raw[r] + bound(r, i)[d] <= -tolerance_) return false;
    }
    return true;
  }

  // Whether the runner-up could be first, as far as the arrays kept up to date edit by edit
  // can tell: they add and take away in another order than the scorer, so a match within a
  // small margin of the best other one counts as a maybe.
  bool may_lead(const State& s) const {
    double total = 0;
    for (double p : s.preference) total += std::fabs(p);
    if (total == 0 || s.answered < few(s) || low_evidence(total)) return false;
    if (ruled_out(s, s.preference, target_)) return false;
    const double target = s.raw[target_];
    for (Index r = 0; r < roles_; ++r) {
      if (r == target_ || ruled_out(s, s.preference, r)) continue;
      if (detail::points_of(s.raw[r] - target, total, m_->full_weight) > 0.2) return false;
    }
    return true;
  }

  // Fewer counted answers than this is too few for a pick, as the scorer says.
  static int few(const State& s) {
    return static_cast<int>(detail::few_answers(static_cast<std::size_t>(s.asked_count)));
  }

  bool low_evidence(double total) const {
    return detail::evidence_level(detail::evidence_of(total, m_->full_weight)) == Evidence::low;
  }

  bool ruled_out(const State& s, const std::vector<double>& preference, Index r) const {
    if (s.rules[r] > 0) return true;
    if (s.has_training && min_training_[r] && s.training < *min_training_[r]) return true;
    for (Index t : vetoes_[r]) {
      if (preference[t] <= detail::kRequiredTraitVeto) return true;
    }
    return false;
  }

  // The state scored as the scorer scores it, to the last bit: preferences summed answer by
  // answer in questionnaire order, then every sum over traits in trait order (see
  // scoring_model.cc). Whether the runner-up is named, and its lead.
  struct Outcome {
    bool named = false;
    double match = 0, lead = 0;
  };
  Outcome exact(const State& s) {
    exact_preference_.assign(traits_, 0.0);
    int same = -1, counted = 0;
    bool varied = false;
    for (Index j = 0; j < n_; ++j) {
      const Alt& alt = alts_[s.choice[j]];
      if (!alt.answered) continue;
      if (alt.position >= 0) {  // every answer counts here, asked or not
        varied = varied || (same >= 0 && same != alt.position);
        same = alt.position;
        ++counted;
      }
      if (!s.asked[j]) continue;
      const double* w = weights_of(s.choice[j]);
      for (Index t = 0; t < traits_; ++t) exact_preference_[t] += w[t];
    }
    Outcome out;
    double total = 0;
    for (double p : exact_preference_) total += std::fabs(p);
    if (total == 0 || s.answered < few(s) || low_evidence(total) || (!varied && counted >= 5))
      return out;
    Index best = kNone;
    double best_match = 0, best_rounded = 0, other = 0;
    for (Index r = 0; r < roles_; ++r) {
      if (ruled_out(s, exact_preference_, r)) continue;
      double match = 50;
      const auto& centred = m_->roles[r].centred;
      if (!centred.empty()) {
        double raw = 0;
        for (Index t = 0; t < traits_; ++t) raw += exact_preference_[t] * centred[t];
        match = detail::match_of(raw, total, m_->full_weight);
      }
      if (r != target_) other = std::max(other, match);
      const double rounded = round_match(match);
      if (best == kNone || rounded > best_rounded ||
          (rounded == best_rounded && id_rank_[r] < id_rank_[best])) {
        best = r;
        best_rounded = rounded;
        best_match = match;
      }
    }
    out.named = best == target_;
    out.match = best_match;
    out.lead = best_match - other;
    return out;
  }

  AnswerSet edited(const std::vector<std::pair<Index, Index>>& edits) const {
    AnswerSet changed = *answers_;
    for (const auto& [j, a] : edits) changed.set(question(j).id, value_of(j, a));
    return changed;
  }

  void leaf(const State& s, int distance) {
    if (!may_lead(s)) return;
    const Outcome o = exact(s);
    if (!o.named) return;
    if (best_ &&
        (distance > best_->distance || (distance == best_->distance && o.lead <= best_->lead)))
      return;
    best_ = Candidate{{path_.begin(), path_.begin() + static_cast<std::ptrdiff_t>(depth_)},
                      distance,
                      o.lead,
                      o.match};
  }

  void dfs(std::size_t level, Index from, int distance) {
    const State& s = states_[level];
    const std::size_t left = depth_ - level - 1;  // edits still to make below the next one
    for (Index j = from; j < n_; ++j) {
      for (Index a = first_[j] + 1; editable_[j] && s.asked[j] && a < first_[j + 1]; ++a) {
        if (dooms_[a]) continue;
        const int d = distance + alts_[a].distance;
        // Each later edit moves at least one step: a longer change can never win.
        if (best_ && d + static_cast<int>(left) > best_->distance) continue;
        if (++steps_ > kMaxSteps) return;
        State& child = states_[level + 1];
        child = s;
        apply(child, j, a);
        path_[level] = {j, a};
        if (left == 0) {
          leaf(child, d);
        } else if (feasible(child, j + 1, left)) {
          dfs(level + 1, j + 1, d);
        }
      }
      // Left as it is, question j is fixed below this level: if its answer rules the
      // runner-up out, so does every change that edits only later questions.
      if (s.asked[j] && dooms_[s.choice[j]]) return;
    }
  }

  Change to_change(const Candidate& c) const {
    Change change;
    for (const auto& [j, a] : c.edits) {
      const Answer* given = given_[j];
      change.edits.push_back({question(j).id, given ? given->value : AnswerValue(std::string()),
                              value_of(j, a), alts_[a].distance});
    }
    change.distance = c.distance;
    change.new_top = m_->roles[target_].role->id;
    change.new_match = c.match;
    change.lead = c.lead;
    return change;
  }
};

}  // namespace

std::optional<Change> what_would_change(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const AnswerSet& answers, const ScoreResult& score) {
  return what_would_change(ScoringModel(questionnaire, catalog), answers, score);
}

std::optional<Change> what_would_change(const ScoringModel& model, const AnswerSet& answers,
                                        const ScoreResult& score) {
  if (score.ranking.size() < 2 || score.low_signal) return std::nullopt;
  thread_local Search search;
  return search.run(model, answers, score);
}

}  // namespace medcareer
