// Checks that a questionnaire and a catalog fit together: every rule-out names an entry
// role, every profile gives a level for exactly the declared traits, every tag is known.
// Scoring relies on these; `validate` runs them and more.
#pragma once

#include "medcareer/catalog.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

// Throws ErrorException at the first mismatch, positioned in the file at fault.
void check_consistency(const Questionnaire& questionnaire, const Catalog& catalog);

}  // namespace medcareer
