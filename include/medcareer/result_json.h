// One scored respondent as JSON, in the shape of PRODUCT.md:
// {"respondent", "ranking": [{"role", "title", "match"}...], "recommendation": {...},
//  "warnings": [...]}, with "why" and "what_would_change" when explained.
#pragma once

#include <nlohmann/json.hpp>

#include "medcareer/recommend.h"

namespace medcareer {

nlohmann::ordered_json result_json(const Questionnaire& questionnaire, const Catalog& catalog,
                                   const std::string& respondent, const Recommendation& rec,
                                   bool explain);

}  // namespace medcareer
