#include "medcareer/answer_space.h"

#include <algorithm>
#include <optional>
#include <random>
#include <set>

#include "medcareer/scoring_model.h"

namespace medcareer {

std::vector<AnswerValue> alternative_answers(const Question& q, const Answer* current) {
  std::vector<AnswerValue> out;
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::yes_no:
      for (const auto& o : q.options) {
        if (!current || std::get<std::string>(current->value) != o.id) out.emplace_back(o.id);
      }
      break;
    case QuestionType::multi: {
      std::vector<std::string> chosen;
      if (current) chosen = std::get<std::vector<std::string>>(current->value);
      for (const auto& o : q.options) {
        std::vector<std::string> next = chosen;
        auto it = std::find(next.begin(), next.end(), o.id);
        if (it != next.end()) {
          next.erase(it);
        } else if (next.size() < q.max_choices) {
          next.push_back(o.id);
        } else {
          continue;
        }
        out.emplace_back(next);
      }
      break;
    }
    case QuestionType::scale:
      for (double v = 1; v <= 5; ++v) {
        if (!current || std::get<double>(current->value) != v) out.emplace_back(v);
      }
      break;
    case QuestionType::number: {
      std::set<double> values{q.min, q.max};
      for (const auto& b : q.bands) values.insert(std::clamp(b.bound, q.min, q.max));
      for (double v : values) {
        if (!current || std::get<double>(current->value) != v) out.emplace_back(v);
      }
      break;
    }
  }
  return out;
}

std::optional<AnswerValue> neutral_answer(const Question& q) {
  switch (q.type) {
    case QuestionType::single:
    case QuestionType::yes_no:
      if (q.default_option) return AnswerValue(*q.default_option);
      // "Not sure" moves nothing and carries no tag; an option that only carries tags (a
      // setting, for the certifications) still says something.
      for (bool tags_too : {false, true}) {
        for (const auto& o : q.options) {
          if (o.traits.empty() && o.rules_out.empty() && (tags_too || o.tags.empty()))
            return AnswerValue(o.id);
        }
      }
      return std::nullopt;
    case QuestionType::multi:
      return AnswerValue(std::vector<std::string>{});
    case QuestionType::scale:
      return AnswerValue(q.default_number ? *q.default_number : 3.0);
    case QuestionType::number:
      return AnswerValue(q.default_number ? *q.default_number : q.min);
  }
  return std::nullopt;
}

bool can_be_asked(const Questionnaire& questionnaire, const Question& q) {
  if (!q.when) return true;
  const Question* target = questionnaire.find_question(q.when->question);
  if (!target || target == &q || !can_be_asked(questionnaire, *target)) return false;
  for (const auto& value : alternative_answers(*target, nullptr)) {
    AnswerSet trial;
    trial.set(target->id, value);
    if (is_asked(q, trial)) return true;
  }
  return false;
}

namespace {

// How good a set of answers is for `role`: its lead over the best other role that is not
// ruled out, far below zero when it is ruled out itself or the answers carry too little
// signal, so that the climb gets away from there first.
double objective(const ScoreResult& s, const std::string& role) {
  const RoleScore* mine = s.find(role);
  if (!mine) return -1e9;
  double best_other = 0;
  for (const auto& r : s.ranking) {
    if (r.role != role && !r.ruled_out) best_other = std::max(best_other, r.match);
  }
  double value = mine->match - best_other;
  if (mine->ruled_out) value -= 1000 + 100 * static_cast<double>(mine->reasons.size());
  if (s.low_signal) value -= 500;
  return value;
}

// Whether recommend() would name `role`: first, not ruled out, enough signal.
bool names(const ScoreResult& s, const std::string& role) {
  return !s.low_signal && !s.ranking.empty() && !s.ranking.front().ruled_out &&
         s.ranking.front().role == role;
}

class Climb {
 public:
  Climb(const ScoringModel& model, std::string role) : model_(model), role_(std::move(role)) {
    const Catalog& catalog = model.catalog();
    for (const auto& p : catalog.profiles) thresholds_.push_back(p.min_training_months);
  }

  std::optional<AnswerSet> run() {
    const Questionnaire& q = model_.questionnaire();
    std::vector<AnswerSet> seeds;
    seeds.push_back(greedy());
    seeds.push_back(complete({}));
    std::mt19937 rng(20261123);  // fixed: validate prints the same proof every time
    for (int k = 0; k < kRandomSeeds; ++k) {
      AnswerSet set;
      for (const auto& question : q.questions) {
        if (!is_asked(question, set)) continue;
        auto values = candidates(question, nullptr);
        if (!values.empty()) set.set(question.id, values[rng() % values.size()]);
      }
      seeds.push_back(complete(std::move(set)));
    }
    for (auto& seed : seeds) {
      if (auto found = climb(std::move(seed))) return found;
    }
    return std::nullopt;
  }

 private:
  static constexpr int kRandomSeeds = 12;
  static constexpr int kMaxPasses = 40;
  const ScoringModel& model_;
  std::string role_;
  std::vector<double> thresholds_;

  // Every answer a question can have, or every other one when `current` is given. Number
  // questions add the training minimums of the profiles, which rule roles in or out.
  std::vector<AnswerValue> candidates(const Question& question, const Answer* current) const {
    std::vector<AnswerValue> values = alternative_answers(question, current);
    if (question.type == QuestionType::multi && !current) {
      values.emplace(values.begin(), std::vector<std::string>{});
    }
    if (question.measures == "training_months") {
      for (double t : thresholds_) {
        for (double v : {t - 1, t}) {
          if (v < question.min || v > question.max) continue;
          AnswerValue value(v);
          if (current && current->value == value) continue;
          if (std::find(values.begin(), values.end(), value) == values.end())
            values.push_back(value);
        }
      }
    }
    return values;
  }

  // The same answers, with every question that is asked answered (neutrally, else with its
  // first option) and none of the others.
  AnswerSet complete(AnswerSet answers) const {
    for (const auto& question : model_.questionnaire().questions) {
      if (!is_asked(question, answers)) {
        answers.erase(question.id);
      } else if (!answers.find(question.id)) {
        auto value = neutral_answer(question);
        if (!value) {
          auto values = candidates(question, nullptr);
          if (values.empty()) continue;
          value = values.front();
        }
        answers.set(question.id, *value);
      }
    }
    // In questionnaire order, as an answers file lists them.
    AnswerSet ordered;
    for (const auto& question : model_.questionnaire().questions) {
      if (const Answer* a = answers.find(question.id)) ordered.set(question.id, a->value);
    }
    return ordered;
  }

  // Question by question, the answer that most widens the lead, the later ones neutral.
  AnswerSet greedy() const {
    AnswerSet answers;
    for (const auto& question : model_.questionnaire().questions) {
      if (!is_asked(question, answers)) continue;
      // The neutral answer first, so that an answer that changes nothing stays neutral.
      std::vector<AnswerValue> values = candidates(question, nullptr);
      if (auto neutral = neutral_answer(question)) values.insert(values.begin(), *neutral);
      std::optional<AnswerValue> best;
      double best_value = 0;
      for (auto& value : values) {
        AnswerSet trial = answers;
        trial.set(question.id, value);
        const double v = objective(model_.score(complete(trial)), role_);
        if (!best || v > best_value + 1e-9) best = value, best_value = v;
      }
      if (best) answers.set(question.id, *best);
    }
    return complete(std::move(answers));
  }

  // Takes any change of one answer that widens the lead, until none does; the widest-lead
  // answers that name the role along the way are the proof.
  std::optional<AnswerSet> climb(AnswerSet answers) const {
    ScoreResult score = model_.score(answers);
    double value = objective(score, role_);
    std::optional<AnswerSet> proof;
    if (names(score, role_)) proof = answers;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
      bool improved = false;
      for (const auto& question : model_.questionnaire().questions) {
        if (!is_asked(question, answers)) continue;
        for (auto& alternative : candidates(question, answers.find(question.id))) {
          AnswerSet next = answers;
          next.set(question.id, alternative);
          next = complete(std::move(next));
          ScoreResult s = model_.score(next);
          const double v = objective(s, role_);
          if (v <= value + 1e-9) continue;
          answers = std::move(next);
          value = v;
          improved = true;
          if (names(s, role_)) proof = answers;
        }
      }
      if (!improved) break;
    }
    return proof;
  }
};

}  // namespace

std::optional<AnswerSet> answers_favoring(const ScoringModel& model, const std::string& role) {
  auto proof = Climb(model, role).run();
  if (proof) {
    proof->questionnaire = model.questionnaire().id;
    proof->version = model.questionnaire().version;
  }
  return proof;
}

std::optional<AnswerSet> answers_favoring(const Questionnaire& questionnaire,
                                          const Catalog& catalog, const std::string& role) {
  return answers_favoring(ScoringModel(questionnaire, catalog), role);
}

}  // namespace medcareer
