// What the person would weigh against the pick (docs/data-format.md, "Trade-offs"): the pay
// they hope for against what the pick pays in the sources, and a role that fits them better
// but is out of reach for what they can change (training time, the exam). Internal to the
// core library.
#pragma once

#include <functional>
#include <vector>

#include "advice/compiled_model.h"
#include "medcareer/recommend.h"

namespace medcareer::detail {

// The most roles named as meeting the pay hoped for.
constexpr std::size_t kMaxPayTradeOffs = 2;

// `top` is the pick; `s` holds the answers as reset() laid them out from an AnswerSet;
// `has_tag(index)` tells whether they carry a tag.
std::vector<TradeOff> find_trade_offs(const CompiledModel& model, const Scratch& s,
                                      const ScoreResult& score, const CompiledRole& top,
                                      const std::function<bool(Index)>& has_tag);

// The typical yearly pay figures of a role (those a trade-off compares), in the catalog.
std::vector<const Figure*> yearly_pay(const Role& role);

}  // namespace medcareer::detail
