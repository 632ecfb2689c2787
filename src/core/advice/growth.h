// The branches of a path: which of the pick's next jobs to show, chosen by the person's
// strongest goal and the follow-up answer that narrows it (docs/data-format.md, "Growth").
// Internal to the core library.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "medcareer/catalog.h"
#include "medcareer/recommend.h"

namespace medcareer::detail {

// The most branches shown when no step serves the goal, or none is named.
constexpr std::size_t kUsualBranches = 3;

// `goal` indexes catalog.goals; `has_tag` tells whether the person's answers carry a tag.
Growth build_growth(const Catalog& catalog, const Role& role, std::optional<std::size_t> goal,
                    const std::function<bool(const std::string&)>& has_tag);

// The "grow" step of the path: the branches' titles, as alternatives ("A or B").
std::string growth_text(const Catalog& catalog, const Growth& growth);

}  // namespace medcareer::detail
