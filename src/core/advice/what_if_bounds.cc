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
  w_->dooms.assign(alts_.size(), 0);
  for (Index j = 0; j < n_; ++j) {
    for (Index a = first_[j]; a < first_[j + 1]; ++a) {
      w_->dooms[a] = shuts_[a] >> target_ & 1;
      for (Index k : deps_[j]) {
        if (need_[k] && states_[0].asked[k] && !holds(k, a)) w_->dooms[a] = 1;
      }
      if (a != first_[j] && (shuts_[a] & open_)) w_->dooms[a] = 1;
    }
  }
  w_->caps.assign(1, 0);
  for (Index j = 0; j < n_; ++j) {
    for (Index a = first_[j] + 1; editable_[j] && a < first_[j + 1]; ++a) {
      if (!w_->dooms[a]) w_->caps.push_back(alts_[a].cost);
    }
  }
  std::sort(w_->caps.begin(), w_->caps.end());
  w_->caps.erase(std::unique(w_->caps.begin(), w_->caps.end()), w_->caps.end());
  // Only what is written is read (the edits never cut): no need to clear the arrays first.
  const std::size_t measures = measures_;
  w_->gains.resize(alts_.size() * measures);
  w_->usable.clear();
  w_->usable_first.assign(1, 0);
  for (Index i = 0; i < n_; ++i) {
    if (editable_[i]) {
      base_.resize(measures);
      for (std::size_t f = 0; f < measures; ++f) base_[f] = measure(f, first_[i]);
      for (Index a = first_[i] + 1; a < first_[i + 1]; ++a) {
        if (w_->dooms[a]) continue;
        w_->usable.push_back(a);
        double* gains = &w_->gains[a * measures];
        if (deps_[i].empty() && alts_[a].answered) {
          // measure() spelt out, for the loop over the roles to run straight.
          const double* c = &contrib_[a * roles_];
          for (std::size_t f = 0; f < roles_; ++f) gains[f] = (c[target_] - c[f]) - base_[f];
          for (std::size_t f = roles_; f < measures; ++f) gains[f] = measure(f, a) - base_[f];
        } else {
          for (std::size_t f = 0; f < measures; ++f) {
            double g = measure(f, a) - base_[f];
            for (Index k : deps_[i]) {
              const double v = measure(f, first_[k]);
              g += (holds(k, a) ? v : 0) - (holds(k, first_[i]) ? v : 0);
            }
            gains[f] = g;
          }
        }
        gains[target_] = 0;  // raw(target) - raw(target), never asked for
      }
      // A question has a handful of edits: sorted in place, without the buffer of a library
      // sort.
      for (std::size_t k = w_->usable_first.back() + 1; k < w_->usable.size(); ++k) {
        for (std::size_t m = k; m > w_->usable_first.back() &&
                                alts_[w_->usable[m - 1]].cost > alts_[w_->usable[m]].cost;
             --m)
          std::swap(w_->usable[m - 1], w_->usable[m]);
      }
    }
    w_->usable_first.push_back(w_->usable.size());
  }
  w_->bounds.resize(measures * w_->caps.size() * (n_ + 1));
  w_->capped.assign(w_->caps.size(), 0);
  w_->capped[0] = 1;  // no edit at all: all zero
  for (std::size_t f = 0; f < measures; ++f) {
    const auto rows =
        w_->bounds.begin() + static_cast<std::ptrdiff_t>(f * w_->caps.size() * (n_ + 1));
    std::fill(rows, rows + static_cast<std::ptrdiff_t>(n_ + 1),
              std::array<double, kMaxChangeEdits + 1>{});
  }
  w_->can_rule.assign(n_ + 1, 0);
  for (Index i = static_cast<Index>(n_); i-- > 0;) {
    std::uint64_t mask = w_->can_rule[i + 1];
    if (editable_[i]) {
      for (Index a = first_[i]; a < first_[i + 1]; ++a) {
        if (w_->dooms[a]) continue;
        mask |= alts_[a].rules;
        if (i == training_question_ && alts_[a].answered) {
          for (Index r = 0; r < roles_; ++r) {
            if (min_training_[r] && alts_[a].number < *min_training_[r])
              mask |= std::uint64_t{1} << r;
          }
        }
      }
    }
    w_->can_rule[i] = mask;
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
std::size_t Search::cap(int spent, std::size_t edits) {
  std::size_t c = w_->caps.size() - 1;
  if (shortcuts_ && best_ && edits > 0) {
    // A change as dear as the best with more edits loses to it (better()).
    const int budget = best_->cost - (depth_ > best_->edits.size() ? 1 : 0) - spent;
    const int each = budget - static_cast<int>(edits - 1) * cheapest_;
    const auto it = std::upper_bound(w_->caps.begin(), w_->caps.end(), each);
    c = it == w_->caps.begin() ? 0 : static_cast<std::size_t>(it - w_->caps.begin()) - 1;
  }
  if (!w_->capped[c]) bounds_within(c);
  return c;
}

void Search::bounds_within(std::size_t c) {
  w_->capped[c] = 1;
  const std::size_t measures = measures_;
  const int most = w_->caps[c];
  tops_.assign(measures * kMaxChangeEdits, 0.0);  // per measure, the largest gains among i..
  for (Index i = static_cast<Index>(n_); i-- > 0;) {
    gain_.assign(measures, 0.0);  // per measure, the most one edit of i gains
    for (std::size_t k = w_->usable_first[i]; k < w_->usable_first[i + 1]; ++k) {
      const Index a = w_->usable[k];
      if (alts_[a].cost > most) break;  // cheapest first
      const double* gains = &w_->gains[a * measures];
      for (std::size_t f = 0; f < measures; ++f) gain_[f] = std::max(gain_[f], gains[f]);
    }
    for (std::size_t f = 0; f < measures; ++f) {
      if (f == target_) continue;  // never asked for
      double* top = &tops_[f * kMaxChangeEdits];
      double gain = gain_[f];
      for (std::size_t x = 0; x < kMaxChangeEdits; ++x) {
        if (gain > top[x]) std::swap(gain, top[x]);
      }
      auto& sums = w_->bounds[(f * w_->caps.size() + c) * (n_ + 1) + i];
      sums[0] = 0;
      for (std::size_t d = 1; d <= kMaxChangeEdits; ++d) sums[d] = sums[d - 1] + top[d - 1];
    }
  }
}

bool Search::feasible(const State& s, Index i, std::size_t d, std::size_t c) const {
  const Index t = target_;
  for (Index v : vetoes_[t]) {
    if (s.preference[v] + bound(veto_up(veto_index(v)), i, c)[d] <= detail::kRequiredTraitVeto)
      return false;
  }
  for (Index r = 0; r < roles_; ++r) {
    if (r == t || s.rules[r] > 0 || (w_->can_rule[i] >> r & 1)) continue;
    if (s.has_training && min_training_[r] && s.training < *min_training_[r]) continue;
    bool may_veto = false;
    for (Index v : vetoes_[r]) {
      may_veto = may_veto || s.preference[v] - bound(veto_down(veto_index(v)), i, c)[d] <=
                                 detail::kRequiredTraitVeto;
    }
    if (may_veto) continue;
    if (s.raw[t] - s.raw[r] + bound(r, i, c)[d] <= -tolerance_) return false;
  }
  return true;
}

// The roles the quick test may check are those the state after an edit of j, and any later
// edits, certainly leave open: not ruled out by another answer, nor by a later one if later
// edits are to come, and without a veto trait (a veto can close them). What the edit itself
// closes is in closes_, which may_catch_up() skips. w_->gains holds what the edit, and the
// dependent questions it asks or drops, do to raw(target) - raw(R).
bool Search::gaps(const State& s, std::size_t level, Index j, std::size_t left, std::size_t c) {
  if (!shortcuts_ || !quick_[j]) return false;
  auto& gaps = gaps_[level];
  gaps.clear();
  const Index t = target_;
  const std::uint64_t own = alts_[first_[j]].rules;  // counted in s.rules, as j is asked
  for (Index r = 0; r < roles_; ++r) {
    if (r == t || s.rules[r] - static_cast<int>(own >> r & 1) > 0) continue;
    if ((left > 0 && (w_->can_rule[j + 1] >> r & 1)) || !vetoes_[r].empty()) continue;
    if (j != training_question_ && s.has_training && min_training_[r] &&
        s.training < *min_training_[r])
      continue;
    gaps.emplace_back(r, s.raw[t] - s.raw[r] + bound(r, j + 1, c)[left] + tolerance_);
  }
  return true;
}

bool Search::may_catch_up(std::size_t level, Index a) const {
  const double* move = &w_->gains[a * measures_];
  const std::uint64_t closes = closes_[a];
  for (const auto& [r, gap] : gaps_[level]) {
    if (!(closes >> r & 1) && gap + move[r] <= 0) return false;
  }
  return true;
}

}  // namespace medcareer::what_if
