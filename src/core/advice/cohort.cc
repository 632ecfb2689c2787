#include "medcareer/cohort.h"

namespace medcareer {

void CohortSummary::add(const Recommendation& rec) {
  ++respondents;
  ++scored;
  if (rec.score.low_signal) ++low_signal;
  ++evidence[static_cast<std::size_t>(rec.score.evidence_level)];
  if (rec.top.empty()) {
    ++no_pick;
  } else {
    ++top_roles[rec.top];
  }
  for (const auto& r : rec.score.ranking) {
    match_sum[r.role] += r.match;
    if (r.ruled_out) ++ruled_out[r.role];
  }
}

void CohortSummary::add_failure() {
  ++respondents;
  ++failed;
}

double CohortSummary::average_match(const std::string& role) const {
  auto it = match_sum.find(role);
  return scored == 0 || it == match_sum.end() ? 0 : it->second / static_cast<double>(scored);
}

}  // namespace medcareer
