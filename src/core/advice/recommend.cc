#include "medcareer/recommend.h"

#include <algorithm>
#include <cmath>

#include "advice/cert_rank.h"
#include "advice/compiled_model.h"
#include "advice/growth.h"
#include "advice/trade_offs.h"

namespace medcareer {

namespace {

// The labels of `n` chosen options, "; " between them, or "none of these".
template <class Label>
void append_labels(std::string& out, std::size_t n, Label&& label) {
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += "; ";
    out += label(i);
  }
  if (out.size() == start) out += "none of these";
}

void append_number_words(std::string& out, const Question& q, double v) {
  out += std::fabs(v - std::round(v)) < 1e-9 ? std::to_string(static_cast<long long>(std::round(v)))
                                             : std::to_string(v);
  if (q.type == QuestionType::scale) {
    auto i = static_cast<std::size_t>(v) - 1;
    out += " (";
    if (i < q.anchors.size()) out += q.anchors[i];
    out += ')';
    return;
  }
  if (q.unit.empty()) return;
  out += ' ';
  out += q.unit_for(v);
}

}  // namespace

void append_answer_words(std::string& out, const Question& q, const AnswerValue& value) {
  auto label = [&](const std::string& id) -> const std::string& {
    const Option* o = q.find_option(id);
    return o ? o->label : id;
  };
  if (const auto* one = std::get_if<std::string>(&value)) {
    out += label(*one);
  } else if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    append_labels(out, many->size(),
                  [&](std::size_t i) -> const std::string& { return label((*many)[i]); });
  } else {
    append_number_words(out, q, std::get<double>(value));
  }
}

void detail::append_answer_words(std::string& out, const Question& q, const IndexedAnswers& answers,
                                 const IndexedAnswers::Slot& slot) {
  if (slot.kind == IndexedAnswers::Kind::number) return append_number_words(out, q, slot.number);
  const std::uint16_t* chosen = answers.chosen(slot);
  if (q.type == QuestionType::multi) {
    append_labels(out, slot.count,
                  [&](std::size_t i) -> const std::string& { return q.options[chosen[i]].label; });
  } else if (slot.count > 0) {
    out += q.options[chosen[0]].label;
  }
}

std::string answer_words(const Question& q, const AnswerValue& value) {
  std::string out;
  append_answer_words(out, q, value);
  return out;
}

namespace {

using detail::Index;
using detail::Ranked;

std::vector<CertificationPick> picks_of(std::vector<Ranked>&& ranked) {
  std::vector<CertificationPick> picks;
  picks.reserve(ranked.size());
  for (auto& r : ranked) picks.push_back(std::move(r.pick));
  return picks;
}

// The person's strongest goal, as an index into the catalog's goals; none when no answer
// leans toward one.
std::optional<std::size_t> strongest_goal(const detail::CompiledModel& model,
                                          const detail::Scratch& s) {
  std::optional<std::size_t> goal;
  double strongest = 0;
  for (std::size_t g = 0; g < model.goal_traits.size(); ++g) {
    const Index t = model.goal_traits[g];
    if (t != detail::kNone && s.touched[t] && s.preference[t] > strongest) {
      strongest = s.preference[t], goal = g;
    }
  }
  return goal;
}

// Train, certify (the first certification not for later), first job, and grow into the
// branches. A certification no source requires to start comes after the first job, marked
// optional.
std::vector<PathStep> build_path(const detail::CompiledModel& model, const detail::CompiledRole& r,
                                 const std::vector<Ranked>& certs, const Growth& growth) {
  std::vector<PathStep> path;
  path.reserve(4);
  path.push_back({"train", r.advice->education, &r.advice->training});
  const bool start_free = r.advice->start_without_certification.has_value();
  auto first =
      std::find_if(certs.begin(), certs.end(), [](const auto& c) { return !c.pick.later; });
  if (!start_free && first != certs.end()) path.push_back({"certify", first->cert->certify_text});
  path.push_back({"first job", r.first_job});
  if (start_free && !certs.empty()) {
    path.push_back({"certify", certs.front().cert->certify_text, nullptr, true});
  }
  if (!growth.branches.empty()) {
    path.push_back({"grow", detail::growth_text(*model.catalog, growth)});
  }
  return path;
}

}  // namespace

std::vector<CertificationPick> rank_certifications(const Catalog& catalog, const Role& role,
                                                   const ScoreResult& score) {
  auto certs = detail::compile_certifications(catalog, role, {});
  auto pay = score.preferences.find("pay");
  const bool wants_pay = pay != score.preferences.end() && pay->second > 0;
  const bool start_free = role.start_without_certification.has_value();
  return picks_of(detail::rank(certs, score.training_months, wants_pay, start_free, true, nullptr,
                               [&](Index, const std::string& tag) {
                                 return std::binary_search(score.tags.begin(), score.tags.end(),
                                                           tag);
                               }));
}

Recommendation recommend(const Questionnaire& questionnaire, const Catalog& catalog,
                         const AnswerSet& answers, bool explain) {
  return recommend(ScoringModel(questionnaire, catalog), answers, explain);
}

Recommendation recommend(const ScoringModel& scoring, const AnswerSet& answers, bool explain) {
  return recommend(scoring, answers, explain ? Advice::explained : Advice::full);
}

namespace {

// Its own scratch: the change search scores again while this one is still read.
thread_local detail::Scratch advice_scratch;

// The advice for the answers `s` was reset to. `given` holds them as an AnswerSet;
// the advice beyond the ranking quotes them, so only Advice::ranking may go without.
Recommendation advise(const ScoringModel& scoring, detail::Scratch& s, const AnswerSet* given,
                      Advice advice) {
  const detail::CompiledModel& model = scoring.compiled();
  Recommendation rec;
  rec.score = detail::score(model, s);
  const auto& ranking = rec.score.ranking;
  // With too little signal a pick would be a guess: show the ranking and the warning only.
  if (ranking.empty() || ranking.front().ruled_out || rec.score.low_signal) return rec;
  rec.top = ranking.front().role;
  // Ruled-out roles are ranked last: the runner-up is the second role only if it is open.
  if (ranking.size() > 1 && !ranking[1].ruled_out) {
    rec.runner_up = ranking[1].role;
    rec.close_call =
        round_match(ranking.front().match) - round_match(ranking[1].match) <= kCloseCallPoints;
  }
  auto top = std::find_if(model.roles.begin(), model.roles.end(),
                          [&](const auto& r) { return r.role->id == rec.top; });
  const bool wants_pay = model.pay_trait != detail::kNone && s.touched[model.pay_trait] &&
                         s.preference[model.pay_trait] > 0;
  auto has_tag = [&](Index index) { return index != detail::kNone && s.tags[index] != 0; };
  const bool start_free = top->advice->start_without_certification.has_value();
  auto ranked = detail::rank(top->certs, rec.score.training_months, wants_pay, start_free,
                             advice != Advice::ranking, &scoring.questionnaire(),
                             [&](Index index, const std::string&) { return has_tag(index); });
  if (advice != Advice::ranking) {
    rec.growth =
        detail::build_growth(*model.catalog, *top->advice, strongest_goal(model, s),
                             [&](const std::string& tag) { return has_tag(model.tag_index(tag)); });
    rec.path = build_path(model, *top, ranked, rec.growth);
    rec.trade_offs = detail::find_trade_offs(model, s, rec.score, *top, has_tag);
  }
  rec.certifications = picks_of(std::move(ranked));
  if (advice != Advice::explained || rec.score.total_weight == 0) return rec;

  const AnswerSet& answers = *given;
  const Questionnaire& questionnaire = scoring.questionnaire();
  auto parts = scoring.contributions(answers, rec.top);
  auto driver = [&](const Contribution& c) {
    const Question* q = questionnaire.find_question(c.question);
    return Driver{c.question, answer_words(*q, answers.find(c.question)->value), c.points};
  };
  // Strongest first; equal ones in question order (the sorts are stable).
  std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
    return a.points > b.points;
  });
  for (const auto& c : parts) {
    if (round_match(c.points) > 0 && rec.raised.size() < 3) rec.raised.push_back(driver(c));
  }
  std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
    return a.points < b.points;
  });
  for (const auto& c : parts) {
    if (round_match(c.points) < 0 && rec.lowered.size() < 3) rec.lowered.push_back(driver(c));
  }
  // Asked even with no runner-up open: training longer, say, may open another role.
  rec.change = what_would_change(scoring, answers, rec.score);
  return rec;
}

}  // namespace

Recommendation recommend(const ScoringModel& scoring, const AnswerSet& answers, Advice advice) {
  advice_scratch.reset(scoring.compiled(), answers);
  return advise(scoring, advice_scratch, &answers, advice);
}

Recommendation recommend(const ScoringModel& scoring, const IndexedAnswers& answers) {
  advice_scratch.reset(scoring.compiled(), answers);
  return advise(scoring, advice_scratch, nullptr, Advice::ranking);
}

}  // namespace medcareer
