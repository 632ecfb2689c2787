// The brute force that "what would change the pick" is checked against (docs/data-format.md):
// every change of one or two answers, per the definition, whichever role it puts first.
// Only the tests include it.
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "medcareer/recommend.h"
#include "medcareer/scoring_model.h"

namespace medcareer::testing::brute {

struct Move {
  std::string question;
  AnswerValue to;
  int distance;
  int cost = 0;  // distance times the question's change_cost
};

// Whether the person's answer to `q` states a need, which no change may touch.
inline bool states_need(const Question& q, const Answer* current) {
  if (!current) return false;
  if (const auto* one = std::get_if<std::string>(&current->value)) {
    const Option* o = q.find_option(*one);
    return o && o->need;
  }
  if (const auto* many = std::get_if<std::vector<std::string>>(&current->value)) {
    return std::any_of(many->begin(), many->end(), [&](const std::string& id) {
      const Option* o = q.find_option(id);
      return o && o->need;
    });
  }
  return false;
}

// The cuts a number answer can cross: band bounds, and for the training question the
// training minimum of every profile.
inline int position(const Question& q, const Catalog& catalog, double v) {
  int p = 0;
  for (const auto& b : q.bands) p += b.kind == Band::Kind::at_least ? v >= b.bound : v > b.bound;
  if (q.measures == "training_months") {
    for (const auto& profile : catalog.profiles) p += v >= profile.min_training_months;
  }
  return p;
}

inline std::vector<Move> moves_of(const Question& q, const Catalog& catalog,
                                  const Answer* current) {
  std::vector<Move> out;
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::yes_no:
      for (const auto& o : q.options) {
        if (!current || std::get<std::string>(current->value) != o.id)
          out.push_back({q.id, o.id, 1});
      }
      break;
    case QuestionType::multi: {
      std::vector<std::string> chosen;
      if (current) chosen = std::get<std::vector<std::string>>(current->value);
      for (const auto& o : q.options) {
        auto next = chosen;
        auto it = std::find(next.begin(), next.end(), o.id);
        if (it != next.end()) {
          next.erase(it);
        } else if (next.size() < q.max_choices) {
          next.push_back(o.id);
        } else {
          continue;
        }
        out.push_back({q.id, next, 1});
      }
      break;
    }
    case QuestionType::scale:
      for (double v = 1; v <= 5; ++v) {
        if (current && std::get<double>(current->value) == v) continue;
        const double from = current ? std::get<double>(current->value) : 3;
        const int d = static_cast<int>(std::fabs(v - from));
        out.push_back({q.id, v, current ? d : std::max(1, d)});
      }
      break;
    case QuestionType::number: {
      const double from = current            ? std::get<double>(current->value)
                          : q.default_number ? *q.default_number
                                             : q.min;
      const int here = position(q, catalog, from);
      std::vector<std::pair<int, double>> best;  // position, nearest whole number
      for (double v = q.min; v <= q.max; ++v) {
        const int p = position(q, catalog, v);
        if (current && p == here) continue;
        auto it = std::find_if(best.begin(), best.end(), [&](auto& b) { return b.first == p; });
        if (it == best.end()) {
          best.emplace_back(p, v);
        } else if (std::fabs(v - from) < std::fabs(it->second - from)) {
          it->second = v;
        }
      }
      for (auto& [p, v] : best) out.push_back({q.id, v, current ? std::abs(p - here) : 1});
      break;
    }
  }
  return out;
}

inline std::vector<Move> moves(const Question& q, const Catalog& catalog, const Answer* current) {
  if (q.change_cost == 0 || states_need(q, current)) return {};
  std::vector<Move> out;
  for (auto& m : moves_of(q, catalog, current)) {
    // Never to an answer that states a need.
    const Answer to{q.id, m.to, {}, 0, 0, {}};
    if (states_need(q, &to)) continue;
    m.cost = m.distance * q.change_cost;
    out.push_back(std::move(m));
  }
  return out;
}

struct Found {
  std::vector<Move> edits;
  int distance = 0, cost = 0;
  double lead = 0;
  std::string top;  // the role the change puts first
};

struct Lead {
  std::string top;
  double lead = 0;
};

// Whether the changed answers put another role than `top` first, and by how much. No change
// may drop a question that `given` answers with a need (a role that a need rules out stays
// ruled out, so it never comes first), nor rule out a role that `before` (the score of
// `given`) leaves open.
inline std::optional<Lead> lead_of(const ScoringModel& model, const AnswerSet& given,
                                   const ScoreResult& before, const AnswerSet& answers,
                                   const std::string& top) {
  for (const auto& q : model.questionnaire().questions) {
    if (states_need(q, given.find(q.id)) && is_asked(q, given) && !is_asked(q, answers))
      return std::nullopt;
  }
  ScoreResult s = model.score(answers);
  if (s.low_signal || s.ranking.front().ruled_out || s.ranking.front().role == top)
    return std::nullopt;
  for (const auto& r : s.ranking) {
    if (r.ruled_out && !before.find(r.role)->ruled_out) return std::nullopt;
  }
  double next = 0;
  for (std::size_t i = 1; i < s.ranking.size(); ++i) {
    if (!s.ranking[i].ruled_out) next = std::max(next, s.ranking[i].match);
  }
  return Lead{s.ranking.front().role, s.ranking.front().match - next};
}

// The least cost, then the fewest edits, then the widest lead; the first found of equals.
inline void consider(std::optional<Found>& best, std::vector<Move> edits, const Lead& lead) {
  int distance = 0, cost = 0;
  for (const auto& e : edits) distance += e.distance, cost += e.cost;
  if (best &&
      (cost > best->cost ||
       (cost == best->cost && (edits.size() > best->edits.size() ||
                               (edits.size() == best->edits.size() && lead.lead <= best->lead)))))
    return;
  best = Found{std::move(edits), distance, cost, lead.lead, lead.top};
}

// The cheapest change of one or two answers that puts another role than `top` first, by brute
// force.
inline std::optional<Found> brute_force(const ScoringModel& model, const Catalog& catalog,
                                        const AnswerSet& answers, const std::string& top) {
  const auto& questions = model.questionnaire().questions;
  const ScoreResult before = model.score(answers);
  std::optional<Found> best;
  for (const auto& q : questions) {
    if (!is_asked(q, answers)) continue;
    for (auto& m : moves(q, catalog, answers.find(q.id))) {
      AnswerSet changed = answers;
      changed.set(m.question, m.to);
      if (auto lead = lead_of(model, answers, before, changed, top)) consider(best, {m}, *lead);
    }
  }
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (!is_asked(questions[i], answers)) continue;
    for (auto& m1 : moves(questions[i], catalog, answers.find(questions[i].id))) {
      AnswerSet one = answers;
      one.set(m1.question, m1.to);
      for (std::size_t j = i + 1; j < questions.size(); ++j) {
        if (!is_asked(questions[j], one)) continue;
        for (auto& m2 : moves(questions[j], catalog, answers.find(questions[j].id))) {
          AnswerSet two = one;
          two.set(m2.question, m2.to);
          if (auto lead = lead_of(model, answers, before, two, top))
            consider(best, {m1, m2}, *lead);
        }
      }
    }
  }
  return best;
}

}  // namespace medcareer::testing::brute
