// The parts of a role file that make its path (docs/data-format.md, "Growth"): the later
// jobs it grows into, whether a certification is needed to start, and how one can train
// for it while working.
#pragma once

#include "medcareer/catalog.h"
#include "readers/yaml_reader.h"

namespace medcareer {

// Reads `grows_into`, `start_without_certification` and `train_while_working`; throws
// ErrorException on a shape error.
void read_growth(yaml::MapReader& map, Role& role);

// Every step names a known role other than its own, known tags and declared sources;
// throws ErrorException at the first that does not.
void check_growth(const Catalog& catalog);

}  // namespace medcareer
