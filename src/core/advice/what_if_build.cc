// The search's arrays: every answer each question may move to, with its weights, rule-outs
// and the match points it moves each role by, and the person's own answers as the starting
// state (what_if.cc describes the search).

#include <algorithm>
#include <cmath>

#include "advice/what_if_search.h"

namespace medcareer::what_if {

// The answer an alternative stands for, as an answers file would give it.
AnswerValue Search::value_of(Index j, Index a) const {
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
void Search::weigh(Index j, Alt alt, std::span<const std::uint32_t> ticked) {
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
    moved_.emplace_back(t, w[t]);
    for (Index r = 0; r < roles_; ++r) {
      const auto& centred = m_->roles[r].centred;
      if (!centred.empty()) c[r] += w[t] * centred[t];  // no profile: the role stays at 50
    }
  }
  moved_first_.push_back(moved_.size());
  alt.cost = alt.distance * cq.question->change_cost;
  alts_.push_back(alt);
}

void Search::number_alternatives(Index j, const Limits& limits, std::optional<double> current) {
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

void Search::build() {
  n_ = m_->questions.size();
  traits_ = m_->traits.size();
  roles_ = m_->roles.size();
  scratch_.reset(*m_, *answers_);
  const detail::Scratch& scratch = scratch_;
  first_.assign(n_ + 1, 0);
  editable_.assign(n_, 0);
  need_.assign(n_, 0);
  need_rules_.assign(n_, 0);
  condition_.assign(n_, kNone);
  deps_.resize(n_);
  for (auto& d : deps_) d.clear();
  given_.assign(n_, nullptr);
  alts_.clear();
  weights_.clear();
  moved_.clear();
  moved_first_.assign(1, 0);
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
    // Never an answer that states a need, nor one the questionnaire says cannot change; nor
    // to an option that states one: a need is not something a person chooses to have.
    const bool need = std::any_of(ticked.begin(), ticked.end(),
                                  [&](std::uint32_t i) { return q.options[i].need; }) ||
                      (given && std::holds_alternative<std::string>(given->value) &&
                       q.options.size() > own.option && q.options[own.option].need);
    editable_[j] = cq.canonical == j && q.change_cost > 0 && !need;
    need_[j] = need;
    need_rules_[j] = need ? alts_[first_[j]].rules : 0;  // all fixed with the need
    switch (q.type) {
      case QuestionType::single:
      case QuestionType::yes_no:
        for (std::uint32_t i = 0; i < q.options.size(); ++i) {
          if ((given && i == own.option) || q.options[i].need) continue;
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
          } else if (next.size() < q.max_choices && !q.options[i].need) {
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
      if (cq.condition == kNone) editable_[j] = editable_[j] && scratch.asked(cq);
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
                           : scratch.asked(m_->questions[j]);
    s.asked[j] = asked;
    s.choice[j] = first_[j];
    if (asked) {
      ++s.asked_count;
      add(s, j, first_[j], 1);
    }
  }
  for (std::size_t d = 1; d <= kMaxChangeEdits; ++d) states_[d] = s;
  // Two roles tie once rounded if their matches are less than 0.1 apart: with the largest
  // denominator any answers can give, max(W, full weight), raw(T) - raw(R) > -0.002 times
  // it is needed to come first.
  double most = 0;
  for (Index j = 0; j < n_; ++j) {
    double heaviest = 0;
    for (Index a = first_[j]; a < first_[j + 1]; ++a) {
      double sum = 0;
      // The zero weights would add nothing: the same sum, to the bit.
      for (std::size_t m = moved_first_[a]; m < moved_first_[a + 1]; ++m)
        sum += std::fabs(moved_[m].second);
      heaviest = std::max(heaviest, sum);
    }
    most += heaviest;
  }
  tolerance_ = 0.002 * std::max(most, m_->full_weight) + 1e-9;
  // What each edit closes, for the quick test. Not used where an edit asks or drops the
  // training question: the minimums would then move with it.
  shuts_.assign(alts_.size(), 0);
  for (Index j = 0; j < n_; ++j) {
    for (Index a = first_[j]; a < first_[j + 1]; ++a) {
      shuts_[a] = alts_[a].rules;
      for (Index r = 0; j == training_question_ && r < roles_; ++r) {
        if (below_training(j, a, r)) shuts_[a] |= std::uint64_t{1} << r;
      }
    }
  }
  measures_ = roles_ + 2 * veto_traits_.size();
  closes_.assign(alts_.size(), 0);
  quick_.assign(n_, 1);
  for (Index j = 0; j < n_; ++j) {
    for (Index k : deps_[j]) quick_[j] = quick_[j] && k != training_question_;
    for (Index a = first_[j] + 1; a < first_[j + 1]; ++a) {
      std::uint64_t closes = alts_[a].rules;
      for (Index r = 0; r < roles_; ++r) {
        if (j == training_question_ && alts_[a].answered && min_training_[r] &&
            alts_[a].number < *min_training_[r])
          closes |= std::uint64_t{1} << r;
      }
      for (Index k : deps_[j]) {
        if (holds(k, a) && !holds(k, first_[j])) closes |= alts_[first_[k]].rules;
      }
      closes_[a] = closes;
    }
  }
}

}  // namespace medcareer::what_if
