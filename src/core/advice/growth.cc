#include "advice/growth.h"

#include <algorithm>

namespace medcareer::detail {

Growth build_growth(const Catalog& catalog, const Role& role, std::optional<std::size_t> goal,
                    const std::function<bool(const std::string&)>& has_tag) {
  Growth growth;
  std::vector<const GrowthStep*> candidates;
  if (goal) {
    const Goal& g = catalog.goals[*goal];
    growth.goal = g.trait;
    for (const auto& step : role.grows_into) {
      if (std::find(g.roles.begin(), g.roles.end(), step.role) != g.roles.end())
        candidates.push_back(&step);
    }
    growth.served = !candidates.empty();
  }
  if (candidates.empty()) {
    for (const auto& step : role.grows_into) candidates.push_back(&step);
  }
  auto focused = [&](const GrowthStep& step) {
    return std::any_of(step.focus.begin(), step.focus.end(), has_tag);
  };
  // A follow-up answer that picks some steps drops their siblings that it does not pick; a
  // step with no focus suits every answer. With no such answer, all are shown.
  const bool picked = std::any_of(candidates.begin(), candidates.end(),
                                  [&](const GrowthStep* s) { return focused(*s); });
  for (const GrowthStep* step : candidates) {
    const bool focus = focused(*step);
    if (picked && !step->focus.empty() && !focus) continue;
    growth.branches.push_back({step, focus});
  }
  if (!growth.served && growth.branches.size() > kUsualBranches)
    growth.branches.resize(kUsualBranches);
  return growth;
}

std::string growth_text(const Catalog& catalog, const Growth& growth) {
  std::string text;
  for (std::size_t i = 0; i < growth.branches.size(); ++i) {
    const std::string& id = growth.branches[i].step->role;
    const Role* next = catalog.find_role(id);
    text += (i == 0                            ? ""
             : i + 1 == growth.branches.size() ? " or "
                                               : ", ") +
            (next ? next->title : id);
  }
  return text;
}

}  // namespace medcareer::detail
