#include "advice/trade_offs.h"

#include <algorithm>

#include "advice/cert_rank.h"

namespace medcareer::detail {

std::vector<const Figure*> yearly_pay(const Role& role) {
  std::vector<const Figure*> out;
  for (const auto& f : role.pay) {
    if (f.unit == Unit::usd_per_year && f.usual()) out.push_back(&f);
  }
  return out;
}

namespace {

double best_of(const std::vector<const Figure*>& figures) {
  double best = 0;
  for (const Figure* f : figures) best = std::max(best, f->highest());
  return best;
}

// The options an answer chose.
template <class F>
void chosen_options(const Question& q, const AnswerValue& value, F&& f) {
  if (const auto* one = std::get_if<std::string>(&value)) {
    if (const Option* o = q.find_option(*one)) f(*o);
  } else if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    for (const auto& id : *many) {
      if (const Option* o = q.find_option(id)) f(*o);
    }
  }
}

// Why a role is ruled out, sorted into what the person could change and what not.
struct Causes {
  bool training = false;  // the training time they have is too short
  bool fixed = false;     // a need, a fact, or a required trait their answers rule out
  bool any = false;
};

Causes causes(const CompiledModel& model, const Scratch& s, const ScoreResult& score, Index role) {
  Causes c;
  const CompiledRole& r = model.roles[role];
  for (Index j = 0; j < model.questions.size(); ++j) {
    const CompiledQuestion& cq = model.questions[j];
    const Answer* a = cq.canonical == j ? s.by_question[j] : nullptr;
    if (!a || !s.asked(cq)) continue;
    const Question& q = *cq.question;
    chosen_options(q, a->value, [&](const Option& o) {
      for (const auto& rule : o.rules_out) {
        if (rule.role != r.role->id) continue;
        c.any = true;
        c.fixed = c.fixed || o.need || q.change_cost == 0;
      }
    });
  }
  if (r.profile && score.training_months &&
      *score.training_months < r.profile->min_training_months) {
    const Question* q = model.questionnaire->training_question();
    c.any = c.training = true;
    c.fixed = c.fixed || (q && q->change_cost == 0);
  }
  for (const auto& veto : r.vetoes) {
    if (veto.trait != kNone && s.touched[veto.trait] &&
        s.preference[veto.trait] <= kRequiredTraitVeto)
      c.any = c.fixed = true;
  }
  return c;
}

// The yearly pay the answers hope for at least, if they name one.
std::optional<double> hoped_pay(const CompiledModel& model, const Scratch& s) {
  std::optional<double> hope;
  for (Index j = 0; j < model.questions.size(); ++j) {
    const CompiledQuestion& cq = model.questions[j];
    const Answer* a = cq.canonical == j ? s.by_question[j] : nullptr;
    if (!a || !s.asked(cq)) continue;
    chosen_options(*cq.question, a->value, [&](const Option& o) {
      if (o.hopes_pay) hope = std::max(hope.value_or(0), *o.hopes_pay);
    });
  }
  return hope;
}

}  // namespace

std::vector<TradeOff> find_trade_offs(const CompiledModel& model, const Scratch& s,
                                      const ScoreResult& score, const CompiledRole& top,
                                      const std::function<bool(Index)>& has_tag) {
  std::vector<TradeOff> out;
  if (!top.advice) return out;
  const RoleScore* pick = score.find(top.role->id);
  auto index_of = [&](const std::string& id) {
    for (Index k = 0; k < model.roles.size(); ++k) {
      if (model.roles[k].role->id == id) return k;
    }
    return kNone;
  };
  auto trade_off = [&](TradeOff::Kind kind, const RoleScore& other, Index k, const Causes& c) {
    const CompiledRole& r = model.roles[k];
    TradeOff t;
    t.kind = kind;
    t.role = other.role;
    t.match = other.match;
    t.role_pay = yearly_pay(*r.advice);
    t.pick_pay = yearly_pay(*top.advice);
    t.pick_best_pay = best_of(t.pick_pay);
    if (other.ruled_out) t.blocked_by = other.reasons;
    const bool start_free = r.advice->start_without_certification.has_value();
    auto ranked = rank(r.certs, score.training_months, false, start_free, false, nullptr,
                       [&](Index index, const std::string&) { return has_tag(index); });
    if (!ranked.empty() && !start_free) t.certification = ranked.front().pick.id;
    t.two_stage = c.training && !c.fixed && other.reasons.size() == 1 &&
                  r.advice->train_while_working.has_value();
    return t;
  };

  const auto hope = hoped_pay(model, s);
  const double pick_best = best_of(yearly_pay(*top.advice));
  if (hope && pick_best > 0 && *hope > pick_best) {
    for (const auto& other : score.ranking) {
      if (out.size() >= kMaxPayTradeOffs) break;
      const Index k = index_of(other.role);
      if (other.role == top.role->id || k == kNone || !model.roles[k].advice) continue;
      if (best_of(yearly_pay(*model.roles[k].advice)) < *hope) continue;
      const Causes c = causes(model, s, score, k);
      if (c.fixed) continue;  // a need of theirs rules it out: not a trade-off to weigh
      out.push_back(trade_off(TradeOff::Kind::pay, other, k, c));
      out.back().hoped_pay = *hope;
    }
  }
  for (const auto& other : score.ranking) {
    if (!other.ruled_out || !pick || round_match(other.match) <= round_match(pick->match)) continue;
    const Index k = index_of(other.role);
    if (k == kNone || !model.roles[k].advice) continue;
    if (std::any_of(out.begin(), out.end(),
                    [&](const TradeOff& t) { return t.role == other.role; }))
      continue;
    const Causes c = causes(model, s, score, k);
    if (c.fixed || !c.any) continue;
    out.push_back(trade_off(TradeOff::Kind::out_of_reach, other, k, c));
  }
  return out;
}

}  // namespace medcareer::detail
