// Scoring on a compiled model. Every sum here adds the same terms in the same order as the
// map-based scoring it replaced (docs/data-format.md, "Scoring"), so matches, and the ties
// broken on their rounded values, come out identical to the last bit: preferences are
// summed per answer first and then into the total, and every sum over traits runs in trait
// id order, which is the model's trait index order.
#include "medcareer/scoring_model.h"

#include <algorithm>
#include <cmath>

#include "advice/compiled_model.h"
#include "medcareer/recommend.h"

namespace medcareer {

namespace detail {

namespace {

// Calls f with the index of each option the answer chose, in the answer's order.
template <class F>
void for_each_option(const IndexedAnswers& answers, const IndexedAnswers::Slot& slot, F&& f) {
  if (slot.kind != IndexedAnswers::Kind::options) return;
  const std::uint16_t* chosen = answers.chosen(slot);
  for (std::uint32_t i = 0; i < slot.count; ++i) f(Index{chosen[i]});
}

std::string number_words(double v) {
  return std::fabs(v - std::round(v)) < 1e-9 ? std::to_string(static_cast<long long>(v))
                                             : std::to_string(v);
}

// "Same answer everywhere": every single-choice and scale answer at the same position.
// Every answer to a known question counts here, asked or not.
bool all_same_position(const CompiledModel& model, const Scratch& s) {
  std::optional<std::size_t> position;
  std::size_t counted = 0;
  for (Index k = 0; k < model.questions.size(); ++k) {
    const CompiledQuestion& cq = model.questions[k];
    if (cq.canonical != k) continue;
    const IndexedAnswers::Slot& slot = s.slot(k);
    const Question& q = *cq.question;
    std::optional<std::size_t> p;
    if (q.type == QuestionType::scale && slot.kind == IndexedAnswers::Kind::number) {
      p = static_cast<std::size_t>(slot.number) - 1;
    } else if (q.type == QuestionType::single && slot.kind == IndexedAnswers::Kind::options &&
               slot.count == 1) {
      p = s.given->chosen(slot)[0];
    }
    if (!p) continue;
    if (position && *position != *p) return false;
    position = p;
    ++counted;
  }
  return counted >= 5;
}

// A hard pull: at least 1 on its own, and at least 3 with the answer it contradicts.
constexpr double kLeastPull = 1, kHardPulls = 3;

// `"prompt" "answer"`, appended: the one answer to `cq` that counted.
void append_quoted_answer(std::string& out, const CompiledQuestion& cq, const Scratch& s) {
  out += '"';
  out += cq.question->prompt;
  out += "\" \"";
  append_answer_words(out, *cq.question, *s.given, s.slot(cq.canonical));
  out += '"';
}

// Answers that pull one trait hard in opposite directions, found from the weights alone:
// the pairs of s.pulls, in the order of (i, j), into s.opposed.
void find_contradictions(const CompiledModel& model, Scratch& s) {
  // Pairs in the order of (i, j) as before, but only of one trait.
  const Index n = static_cast<Index>(s.pulls.size());
  s.next_pull.assign(n, kNone);
  s.first_pull.assign(model.traits.size(), kNone);
  s.opposed.clear();
  for (Index i = n; i-- > 0;) {
    s.next_pull[i] = s.first_pull[s.pulls[i].trait];
    s.first_pull[s.pulls[i].trait] = i;
  }
  for (Index i = 0; i < n; ++i) {
    if (std::fabs(s.pulls[i].weight) < kLeastPull) continue;
    for (Index j = s.next_pull[i]; j != kNone; j = s.next_pull[j]) {
      const auto &a = s.pulls[i], &b = s.pulls[j];
      if (a.question == b.question || a.weight * b.weight >= 0) continue;
      if (std::fabs(a.weight) < kLeastPull || std::fabs(b.weight) < kLeastPull ||
          std::fabs(a.weight) + std::fabs(b.weight) < kHardPulls)
        continue;
      s.opposed.emplace_back(i, j);
    }
  }
}

// The contradictions find_contradictions() found, each with its warning. A batch of random
// answers has two on most records: each warning is written in s.text, whose room is kept,
// and copied once at its size.
void add_contradictions(const CompiledModel& model, Scratch& s, ScoreResult& result) {
  result.contradictions.reserve(s.opposed.size());
  for (const auto& [i, j] : s.opposed) {
    const auto &a = s.pulls[i], &b = s.pulls[j];
    const CompiledQuestion& qa = model.questions[a.question];
    const CompiledQuestion& qb = model.questions[b.question];
    const std::string& trait = model.traits[a.trait];
    result.contradictions.push_back({trait, qa.question->id, qb.question->id});
    std::string& w = s.text;
    w.clear();
    w += "Two answers pull \"";
    w += model.trait_words[a.trait];
    w += "\" in opposite directions: ";
    append_quoted_answer(w, qa, s);
    w += " and ";
    append_quoted_answer(w, qb, s);
    w += ". Both were counted, so they partly cancel out; if one matters more to you, change "
         "the other.";
    result.warnings.push_back(w);
  }
}

}  // namespace

double match_of(double raw, double total, double full) {
  return std::clamp(50 + points_of(raw, total, full), 0.0, 100.0);
}

double points_of(double raw, double total, double full) {
  return 50 * raw / std::max(total, full);
}

double evidence_of(double total, double full) {
  return std::min(1.0, total / full);
}

Evidence evidence_level(double evidence) {
  return evidence <= 0.5 ? Evidence::low : evidence < 0.8 ? Evidence::moderate : Evidence::strong;
}

std::size_t few_answers(std::size_t asked) {
  return std::max<std::size_t>(3, asked / 3);
}

void Scratch::reset(const CompiledModel& model, const AnswerSet& answers) {
  by_question.assign(model.questions.size(), nullptr);
  own.clear(model.questions.size());
  Index guess = 0;
  for (const auto& a : answers.answers) {
    // Answers mostly come in questionnaire order: the question after the last one is tried
    // before the id is searched for.
    Index q = guess < model.questions.size() && model.questions[guess].question->id == a.question
                  ? model.questions[guess].canonical
                  : model.question_index(a.question);
    if (q == kNone) continue;
    guess = q + 1;
    if (by_question[q]) continue;  // the first answer to a question is the one that counts
    by_question[q] = &a;
    const auto& options = model.questions[q].question->options;
    auto add = [&](const std::string& id) {
      for (Index i = 0; i < options.size(); ++i) {
        if (options[i].id == id) return own.add_option(q, static_cast<std::uint16_t>(i));
      }
    };
    if (const auto* one = std::get_if<std::string>(&a.value)) {
      own.start_options(q);
      add(*one);
    } else if (const auto* many = std::get_if<std::vector<std::string>>(&a.value)) {
      own.start_options(q);
      for (const auto& id : *many) add(id);
    } else if (const double* number = std::get_if<double>(&a.value)) {
      own.set_number(q, *number);
    }
  }
  reset(model, own);
  given = &own;
}

void Scratch::reset(const CompiledModel& model, const IndexedAnswers& answers) {
  if (&answers != &own) by_question.assign(model.questions.size(), nullptr);
  given = &answers;
  preference.assign(model.traits.size(), 0.0);
  touched.assign(model.traits.size(), 0);
  subtotal.assign(model.traits.size(), 0.0);
  answer_traits.clear();
  tags.assign(model.tags.size(), 0);
  rule_outs.clear();
  pulls.clear();
}

void Scratch::answer_weights(const CompiledQuestion& cq) {
  auto add = [&](Index trait, double w) {
    if (std::find(answer_traits.begin(), answer_traits.end(), trait) == answer_traits.end()) {
      answer_traits.push_back(trait);
    }
    subtotal[trait] += w;
  };
  const IndexedAnswers::Slot& a = slot(cq.canonical);
  switch (cq.question->type) {
    case QuestionType::single:
    case QuestionType::multi:
    case QuestionType::yes_no:
      for_each_option(*given, a, [&](Index i) { option_weights(cq, i, add); });
      break;
    case QuestionType::scale:
    case QuestionType::number:
      if (a.kind == IndexedAnswers::Kind::number) number_weights(cq, a.number, add);
      break;
  }
}

bool Scratch::asked(const CompiledQuestion& cq) const {
  const Question& q = *cq.question;
  if (!q.when) return true;
  // A `when` on a question the questionnaire does not have can never hold: no answer to an
  // unknown question passes resolve_answers().
  if (cq.condition == kNone) return condition_holds(*q.when, nullptr);
  return condition_holds(*q.when, cq.condition_lists, *given, slot(cq.condition));
}

ScoreResult score(const CompiledModel& model, Scratch& s) {
  ScoreResult result;
  std::string unanswered;  // questions asked that may not be skipped, with no answer
  std::size_t missing = 0;
  // What the warnings will say is gathered first and the warnings written once their number
  // is known, so that the list is allocated once.
  s.notes.clear();
  s.not_counted.clear();
  s.needs.clear();
  for (const auto& cq : model.questions) {
    const bool asked = s.asked(cq);
    const IndexedAnswers::Slot& a = s.slot(cq.canonical);
    if (asked) ++result.asked;
    if (a.kind == IndexedAnswers::Kind::none) {
      if (asked && !cq.question->optional) {
        unanswered += (missing++ ? ", " : "") + cq.question->id;
      }
      continue;
    }
    if (!asked) {
      s.not_counted.push_back(&cq);
      continue;
    }
    ++result.answered;
    s.answer_weights(cq);
    if (std::any_of(s.answer_traits.begin(), s.answer_traits.end(),
                    [&](Index t) { return s.subtotal[t] != 0; }))
      ++result.leaning;
    for (Index t : s.answer_traits) {
      if (s.subtotal[t] != 0) {
        s.pulls.push_back({static_cast<Index>(&cq - model.questions.data()), t, s.subtotal[t]});
      }
      s.preference[t] += s.subtotal[t];
      s.touched[t] = 1;
      s.subtotal[t] = 0;
    }
    s.answer_traits.clear();
    for_each_option(*s.given, a, [&](Index i) {
      for (Index tag : cq.options[i].tags) s.tags[tag] = 1;
      for (const RuleOutRef& r : cq.options[i].rules_out) s.rule_outs.push_back(&r);
      if (!cq.options[i].note.empty()) s.notes.push_back(&cq.options[i].note);
      if (cq.options[i].need) s.needs.emplace_back(&cq, i);
    });
    if (cq.training && a.kind == IndexedAnswers::Kind::number) result.training_months = a.number;
  }
  result.needs.reserve(s.needs.size());
  for (const auto& [cq, i] : s.needs) {
    result.needs.push_back({cq->question->id, cq->question->options[i].id});
  }
  find_contradictions(model, s);
  // Those not counted, low signal, all ruled out, notes, contradictions, unanswered.
  result.warnings.reserve(s.not_counted.size() + 2 + s.notes.size() + s.opposed.size() + 1);
  for (const CompiledQuestion* cq : s.not_counted) {
    result.warnings.push_back("the answer to '" + cq->question->id +
                              "' was not counted: that question is not asked after the "
                              "answer to '" +
                              cq->question->when->question + "'");
  }
  result.tags.reserve(static_cast<std::size_t>(std::count(s.tags.begin(), s.tags.end(), 1)));
  for (Index i = 0; i < model.tags.size(); ++i) {
    if (s.tags[i]) result.tags.push_back(model.tags[i]);
  }
  for (Index t = 0; t < model.traits.size(); ++t) {
    if (!s.touched[t]) continue;
    if (model.keep_preferences) {
      result.preferences.emplace_hint(result.preferences.end(), model.traits[t], s.preference[t]);
    }
    result.total_weight += std::fabs(s.preference[t]);
  }

  result.evidence = evidence_of(result.total_weight, model.full_weight);
  result.evidence_level = evidence_level(result.evidence);
  result.ranking.reserve(model.roles.size());

  for (Index k = 0; k < model.roles.size(); ++k) {
    const CompiledRole& role = model.roles[k];
    RoleScore score;
    score.role = role.role->id;
    if (role.profile && result.total_weight > 0) {
      double raw = 0;
      for (Index t = 0; t < model.traits.size(); ++t) {
        if (s.touched[t]) raw += s.preference[t] * role.centred[t];
      }
      score.match = match_of(raw, result.total_weight, model.full_weight);
    }
    for (const RuleOutRef* r : s.rule_outs) {
      if (r->role == k) score.reasons.push_back(r->reason);
    }
    // A veto is said only when no answer ruled the role out already: that answer is its
    // cause, and its reason says so in its own words (one reason per cause).
    const bool ruled_out_by_answer = !score.reasons.empty();
    if (role.profile && result.training_months &&
        *result.training_months < role.profile->min_training_months) {
      score.reasons.push_back(role.training_prefix + number_words(*result.training_months) + ".");
    }
    for (const auto& veto : role.vetoes) {
      if (ruled_out_by_answer) break;
      if (veto.trait != kNone && s.touched[veto.trait] &&
          s.preference[veto.trait] <= kRequiredTraitVeto) {
        score.reasons.push_back(veto.reason);
      }
    }
    score.ruled_out = !score.reasons.empty();
    result.ranking.push_back(std::move(score));
  }
  std::sort(result.ranking.begin(), result.ranking.end(),
            [](const RoleScore& a, const RoleScore& b) {
              if (a.ruled_out != b.ruled_out) return !a.ruled_out;
              double ma = round_match(a.match), mb = round_match(b.match);
              if (ma != mb) return ma > mb;
              return a.role < b.role;
            });

  // Too little signal for a confident pick: say so instead.
  const std::size_t few = few_answers(result.asked);
  if (result.total_weight == 0) {
    result.low_signal = true;
    result.warnings.emplace_back(
        "Your answers do not lean toward any kind of work, so every role "
        "scores the same. Answer with what you really like or dislike.");
  } else if (result.answered < few) {
    result.low_signal = true;
    result.warnings.emplace_back("Only " + std::to_string(result.answered) + " of " +
                                 std::to_string(result.asked) +
                                 " questions are answered, so this is a rough guess.");
  } else if (result.evidence_level == Evidence::low) {
    result.low_signal = true;
    result.warnings.push_back(
        "The evidence is low: " + std::to_string(result.leaning) + " of " +
        std::to_string(result.answered) +
        " answers lean one way or the other, and together they carry " +
        std::to_string(std::lround(100 * result.evidence)) +
        "% of the weight that counts as full evidence, so every match stays near 50 and no job "
        "is picked. Answer more questions with what you really like or dislike.");
  } else if (all_same_position(model, s)) {
    result.low_signal = true;
    result.warnings.emplace_back(
        "You picked the same place on every question, which says little "
        "about you. Read each question again and answer it on its own.");
  }
  if (std::none_of(result.ranking.begin(), result.ranking.end(),
                   [](const RoleScore& r) { return !r.ruled_out; })) {
    result.warnings.emplace_back(
        "Your answers rule out every role; the ranking shows how close "
        "each one comes anyway.");
  }
  for (const std::string* note : s.notes) result.warnings.push_back(*note);
  add_contradictions(model, s, result);
  // Scored as no preference, but said: a form that left them out should know.
  if (missing > 0) {
    result.warnings.push_back(
        "No answer to " +
        (missing == 1 ? std::string("a question that may not be skipped")
                      : std::to_string(missing) + " questions that may not be skipped") +
        " (counted as no preference): " + unanswered + ".");
  }
  return result;
}

}  // namespace detail

namespace {
std::unique_ptr<detail::CompiledModel> compile(const Questionnaire& questionnaire,
                                               const Catalog& catalog,
                                               ScoringModel::Preferences preferences) {
  auto compiled = std::make_unique<detail::CompiledModel>(questionnaire, catalog);
  compiled->keep_preferences = preferences == ScoringModel::Preferences::kept;
  return compiled;
}
}  // namespace

ScoringModel::ScoringModel(const Questionnaire& questionnaire, const Catalog& catalog,
                           Preferences preferences)
    : compiled_(compile(questionnaire, catalog, preferences)) {}
ScoringModel::~ScoringModel() = default;
ScoringModel::ScoringModel(ScoringModel&&) noexcept = default;
ScoringModel& ScoringModel::operator=(ScoringModel&&) noexcept = default;

double ScoringModel::full_weight() const {
  return compiled_->full_weight;
}

double ScoringModel::two_answers_weight() const {
  return detail::weight_bounds(*compiled_->questionnaire).two;
}

const Questionnaire& ScoringModel::questionnaire() const {
  return *compiled_->questionnaire;
}

const Catalog& ScoringModel::catalog() const {
  return *compiled_->catalog;
}

ScoreResult ScoringModel::score(const AnswerSet& answers) const {
  thread_local detail::Scratch scratch;  // one per thread: no locking, no allocating
  scratch.reset(*compiled_, answers);
  return detail::score(*compiled_, scratch);
}

}  // namespace medcareer
