// The depth-first walk over edits, the state kept edit by edit, and the exact check of each
// candidate (what_if.cc describes the search).

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "advice/what_if_search.h"

namespace medcareer::what_if {

std::optional<Change> Search::run(const ScoringModel& scoring, const AnswerSet& answers,
                                  const ScoreResult& score) {
  scoring_ = &scoring;
  m_ = &scoring.compiled();
  answers_ = &answers;
  if (m_->roles.size() > kMaxRoles || m_->roles.size() < 2) return std::nullopt;
  open_ = 0;
  for (Index k = 0; k < m_->roles.size(); ++k) {
    if (m_->roles[k].role->id == score.ranking[0].role) top_ = k;
    const RoleScore* ranked = score.find(m_->roles[k].role->id);
    if (ranked && !ranked->ruled_out) open_ |= std::uint64_t{1} << k;
  }
  best_.reset();
  steps_ = 0;
  build();
  cheapest_ = std::numeric_limits<int>::max();
  for (Index j = 0; j < n_; ++j) {
    if (editable_[j]) cheapest_ = std::min(cheapest_, question(j).change_cost);
  }
  if (cheapest_ == std::numeric_limits<int>::max()) return std::nullopt;
  // One walk for each role that may come first, all keeping the one best change: a cheap one
  // found for one role cuts the walks for the others. The steps count over all.
  const std::vector<Index> order = targets(score);
  if (walks_.size() < order.size()) walks_.resize(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    w_ = &walks_[k];
    target_ = w_->target = order[k];
    bounds();
  }
  // Deeper only while that many edits could still make a change as good as the best found:
  // cheaper, or as cheap with no more edits (then the lead decides). Each number of edits is
  // tried for every target before the next: a change of one edit for any role cuts the walks
  // of two edits for all of them.
  for (depth_ = 1; depth_ <= kMaxChangeEdits && steps_ < kMaxSteps && may_beat_best(); ++depth_) {
    for (std::size_t k = 0; k < order.size() && steps_ < kMaxSteps && may_beat_best(); ++k) {
      w_ = &walks_[k];
      target_ = w_->target;
      if (feasible(states_[0], 0, depth_, cap(0, depth_))) dfs(0, 0, 0);
    }
  }
  if (!best_) return std::nullopt;
  // The scorer has the last word; the arrays mirror it, and the unit tests hold them to it.
  const ScoreResult check = scoring_->score(edited(best_->edits));
  if (check.low_signal || check.ranking.empty() || check.ranking.front().ruled_out ||
      check.ranking.front().role != m_->roles[best_->target].role->id)
    return std::nullopt;
  for (const RoleScore& r : check.ranking) {
    const RoleScore* before = score.find(r.role);
    if (r.ruled_out && before && !before->ruled_out) return std::nullopt;
  }
  return to_change(*best_);
}

std::vector<Index> Search::targets(const ScoreResult& score) const {
  std::uint64_t needed_out = 0;  // roles an answer stating a need rules out
  for (Index j = 0; j < n_; ++j) {
    if (states_[0].asked[j]) needed_out |= need_rules_[j];
  }
  std::vector<Index> out;
  for (const RoleScore& ranked : score.ranking) {
    for (Index r = 0; r < roles_; ++r) {
      if (m_->roles[r].role->id == ranked.role && r != top_ && !(needed_out >> r & 1))
        out.push_back(r);
    }
  }
  return out;
}

bool Search::holds(Index dependent, Index a) const {
  return holds_[holds_offset_[dependent] + (a - first_[condition_[dependent]])];
}

void Search::add(State& s, Index j, Index a, int sign) {
  const Alt& alt = alts_[a];
  if (!alt.answered) return;
  // Adding the zero weights would leave every sum as it is, to the bit.
  for (std::size_t m = moved_first_[a]; m < moved_first_[a + 1]; ++m)
    s.preference[moved_[m].first] += sign * moved_[m].second;
  const double* c = contrib_of(a);
  for (Index r = 0; r < roles_; ++r) s.raw[r] += sign * c[r];
  for (std::uint64_t rules = alt.rules; rules; rules &= rules - 1)
    s.rules[static_cast<std::size_t>(std::countr_zero(rules))] += sign;
  s.answered += sign;
  if (j == training_question_) {
    s.has_training = sign > 0;
    s.training = alt.number;
  }
}

// The state after question j moves to alternative a; the questions whose `when` reads j
// are asked or dropped with it.
void Search::apply(State& s, Index j, Index a) {
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

// Whether the target could be first, as far as the arrays kept up to date edit by edit
// can tell: they add and take away in another order than the scorer, so a match within a
// small margin of the best other one counts as a maybe.
bool Search::may_lead(const State& s) const {
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

bool Search::ruled_out(const State& s, const std::vector<double>& preference, Index r) const {
  if (s.rules[r] > 0) return true;
  if (s.has_training && min_training_[r] && s.training < *min_training_[r]) return true;
  for (Index t : vetoes_[r]) {
    if (preference[t] <= detail::kRequiredTraitVeto) return true;
  }
  return false;
}

Search::Outcome Search::exact(const State& s) {
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
    if (ruled_out(s, exact_preference_, r)) {
      if (open_ >> r & 1) return out;  // the change would close a role open now
      continue;
    }
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

AnswerSet Search::edited(const std::vector<std::pair<Index, Index>>& edits) const {
  AnswerSet changed = *answers_;
  for (const auto& [j, a] : edits) changed.set(question(j).id, value_of(j, a));
  return changed;
}

bool Search::may_beat_best() const {
  if (!best_) return true;
  const int least = static_cast<int>(depth_) * cheapest_;
  return least < best_->cost || (least == best_->cost && depth_ <= best_->edits.size());
}

bool Search::better(int cost, double lead) const {
  if (!best_) return true;
  if (cost != best_->cost) return cost < best_->cost;
  if (depth_ != best_->edits.size()) return depth_ < best_->edits.size();
  if (lead != best_->lead) return lead > best_->lead;
  // The first in questionnaire order: within one walk, the one found first.
  return std::lexicographical_compare(path_.begin(),
                                      path_.begin() + static_cast<std::ptrdiff_t>(depth_),
                                      best_->edits.begin(), best_->edits.end());
}

void Search::leaf(const State& s, int cost) {
  if (!may_lead(s)) return;
  const Outcome o = exact(s);
  if (!o.named || !better(cost, o.lead)) return;
  best_ = Candidate{{path_.begin(), path_.begin() + static_cast<std::ptrdiff_t>(depth_)},
                    target_,
                    cost,
                    o.lead,
                    o.match};
}

void Search::dfs(std::size_t level, Index from, int cost) {
  const State& s = states_[level];
  const std::size_t left = depth_ - level - 1;  // edits still to make below the next one
  // Each later edit costs at least the cheapest one: a dearer change can never win, nor
  // one as dear with more edits than the best so far.
  auto dearer = [&](int d) {
    if (!best_) return false;
    const int least = d + static_cast<int>(left) * cheapest_;
    return least > best_->cost ||
           (shortcuts_ && least == best_->cost && depth_ > best_->edits.size());
  };
  for (Index j = from; j < n_; ++j) {
    // Every edit of j costs its change_cost at least (one step).
    const bool open =
        editable_[j] && s.asked[j] && !(shortcuts_ && dearer(cost + question(j).change_cost));
    std::optional<bool> quick;  // worked out for the first edit of j that needs it
    for (Index a = first_[j] + 1, end = open ? first_[j + 1] : a; a < end; ++a) {
      if (w_->dooms[a]) continue;
      const int d = cost + alts_[a].cost;
      if (dearer(d)) continue;
      if (++steps_ > kMaxSteps) return;
      // The edits after j's: j's costs its change_cost at least.
      if (!quick) quick = gaps(s, level, j, left, cap(cost + question(j).change_cost, left));
      if (*quick && !may_catch_up(level, a)) continue;
      State& child = states_[level + 1];
      child = s;
      apply(child, j, a);
      path_[level] = {j, a};
      if (left == 0) {
        leaf(child, d);
      } else if (feasible(child, j + 1, left, cap(d, left))) {
        dfs(level + 1, j + 1, d);
      }
    }
    // Left as it is, question j is fixed below this level: if its answer rules the
    // target out, so does every change that edits only later questions.
    if (s.asked[j] && w_->dooms[s.choice[j]]) return;
  }
}

Change Search::to_change(const Candidate& c) const {
  Change change;
  for (const auto& [j, a] : c.edits) {
    const Answer* given = given_[j];
    change.edits.push_back({question(j).id, given ? given->value : AnswerValue(std::string()),
                            value_of(j, a), alts_[a].distance, alts_[a].cost});
    change.distance += alts_[a].distance;
  }
  change.cost = c.cost;
  change.new_top = m_->roles[c.target].role->id;
  change.new_match = c.match;
  change.lead = c.lead;
  return change;
}

}  // namespace medcareer::what_if
