// The catalog as JSON for `--format json`. Keys are stable: scripts depend on them.
#pragma once

#include <nlohmann/json.hpp>

#include "medcareer/catalog.h"

namespace medcareer {

// A figure's amount alone: "value" or "low" and "high", then "unit". Both shapes of a
// figure (the catalog's and the results') start with it.
nlohmann::ordered_json amount_json(const Figure& figure);
nlohmann::ordered_json figure_json(const Catalog& catalog, const Figure& figure);
// What every JSON figure starts with, whatever citation follows: the amount, its kind and
// scope, the group it is about, and what it measures.
nlohmann::ordered_json figure_fields_json(const Figure& figure);
nlohmann::ordered_json role_summary_json(const Role& role);  // the `roles list` line
nlohmann::ordered_json role_json(const Catalog& catalog, const Role& role);
nlohmann::ordered_json certification_json(const Catalog& catalog, const Certification& cert);

}  // namespace medcareer
