// How far later edits could move the search: the bounds that let it cut a branch where the
// role it tries to put first could not come first below it (what_if.cc describes the search).

#include <algorithm>
#include <cmath>

#include "advice/what_if_search.h"

namespace medcareer::what_if {

void Search::bounds() {
  // An answer that rules the target out can be no part of a change that puts it first:
  // its question comes before all later edits, so nothing could take that back. Nor can one
  // after which a question answered with a need is no longer asked: the need would go too.
  // Nor can an edit that rules out a role open now: a change makes another role fit better,
  // it does not close the others' doors (the check of each candidate catches the rest).
  dooms_.assign(alts_.size(), 0);
  for (Index j = 0; j < n_; ++j) {
    for (Index a = first_[j]; a < first_[j + 1]; ++a) {
      const Alt& alt = alts_[a];
      dooms_[a] = (alt.rules >> target_ & 1) || below_training(j, a, target_);
      for (Index k : deps_[j]) {
        if (need_[k] && states_[0].asked[k] && !holds(k, a)) dooms_[a] = 1;
      }
      if (a == first_[j]) continue;
      for (Index r = 0; r < roles_; ++r) {
        if ((open_ >> r & 1) && ((alt.rules >> r & 1) || below_training(j, a, r))) dooms_[a] = 1;
      }
    }
  }
  moves_.assign(alts_.size() * roles_, 0.0);
  const std::size_t measures = roles_ + 2 * veto_traits_.size();
  bounds_.assign(measures * (n_ + 1), {});
  for (std::size_t f = 0; f < measures; ++f) {
    if (f == target_) continue;
    std::array<double, kMaxChangeEdits> top{};  // the largest gains among questions i.., descending
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
          if (f < roles_) moves_[a * roles_ + f] = g;
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
}

bool Search::below_training(Index j, Index a, Index r) const {
  return j == training_question_ && alts_[a].answered && min_training_[r] &&
         alts_[a].number < *min_training_[r];
}

std::size_t Search::veto_index(Index t) const {
  return static_cast<std::size_t>(std::find(veto_traits_.begin(), veto_traits_.end(), t) -
                                  veto_traits_.begin());
}

// Whether d more edits of questions i.. could put the target first.
// (The answers before i that rule the target out are dealt with by dfs().)
bool Search::feasible(const State& s, Index i, std::size_t d) const {
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

// The roles the quick test may check are those the state after an edit of j, and any later
// edits, certainly leave open: not ruled out by another answer, nor by a later one if later
// edits are to come, and without a veto trait (a veto can close them). What the edit itself
// closes is in closes_, which may_catch_up() skips. moves_ holds what the edit, and the
// dependent questions it asks or drops, do to raw(target) - raw(R).
bool Search::gaps(const State& s, std::size_t level, Index j, std::size_t left) {
  if (!shortcuts_ || !quick_[j]) return false;
  auto& gaps = gaps_[level];
  gaps.clear();
  const Index t = target_;
  const std::uint64_t own = alts_[first_[j]].rules;  // counted in s.rules, as j is asked
  for (Index r = 0; r < roles_; ++r) {
    if (r == t || s.rules[r] - static_cast<int>(own >> r & 1) > 0) continue;
    if ((left > 0 && (can_rule_[j + 1] >> r & 1)) || !vetoes_[r].empty()) continue;
    if (j != training_question_ && s.has_training && min_training_[r] &&
        s.training < *min_training_[r])
      continue;
    gaps.emplace_back(r, s.raw[t] - s.raw[r] + bound(r, j + 1)[left] + tolerance_);
  }
  return true;
}

bool Search::may_catch_up(std::size_t level, Index a) const {
  const double* move = &moves_[a * roles_];
  const std::uint64_t closes = closes_[a];
  for (const auto& [r, gap] : gaps_[level]) {
    if (!(closes >> r & 1) && gap + move[r] <= 0) return false;
  }
  return true;
}

}  // namespace medcareer::what_if
