// `catalog lint`: what the data tells a person must be what its sources say. Run by
// `medcareer validate` and by a unit test over the default data; each finding is an Error
// with the position of the value at fault.
#pragma once

#include <vector>

#include "medcareer/catalog.h"
#include "medcareer/error.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

// Every finding, in data order (sources, roles, certifications, profiles, questions):
// - a number a person reads without a source: schedule hours without `schedule_source`, a
//   pay or percent figure in a question's help that no sourced figure holds or whose source
//   the help does not name;
// - a range of unlike figures: two `list: true` figures of one role's pay or growth (or one
//   certification's pay), which lists join into one range, differing in kind, unit, scope,
//   group (`who`) or period;
// - a training floor no source gives (`min_training_months` matching no training figure of
//   the role and not marked `training_assumed`), an assumed floor that does not say what
//   the sources say (`training_basis`), or a rule-out reason stating a number;
// - a claim credited to a body its article only links to (`role: see-also`);
// - pay of a credential's holders (`scope: credential`) among a role's pay.
std::vector<Error> lint_catalog(const Catalog& catalog, const Questionnaire& questionnaire);

}  // namespace medcareer
