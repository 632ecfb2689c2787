// One scored respondent as JSON, in the shape of PRODUCT.md and docs/result.schema.json:
// {"schema_version", "status": "scored", "respondent", "ranking": [{"role", "title", "match"}...],
// "recommendation": {...},
//  "warnings": [...]}, with "why" and "what_would_change" when explained.
#pragma once

#include <nlohmann/json.hpp>

#include "medcareer/error.h"
#include "medcareer/recommend.h"

namespace medcareer {

// The version of the shape of result_json() and failed_record_json(), written into each of
// them as "schema_version" and described by docs/result.schema.json. It goes up when a
// member is renamed, removed or changes its meaning; new members may come without it.
constexpr int kResultSchemaVersion = 1;

nlohmann::ordered_json result_json(const Questionnaire& questionnaire, const Catalog& catalog,
                                   const std::string& respondent, const Recommendation& rec,
                                   bool explain);

// A record that could not be scored, in batch output: {"schema_version", "status": "failed",
// "respondent", "error": {"path", "line", "column", "message", "text"}}, so that the output
// holds one item for every record read.
nlohmann::ordered_json failed_record_json(const std::string& respondent, const Error& error);

}  // namespace medcareer
