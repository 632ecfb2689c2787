// The two halves of loading a catalog, exposed to each other and to tests.
#pragma once

#include "medcareer/catalog.h"

namespace medcareer {

// Reads every file; throws ErrorException on a shape error.
Catalog parse_catalog(const std::vector<SourceFile>& files);

// Checks references between files (ids, sources, ladder links, profiles); throws
// ErrorException at the first broken one.
void check_catalog(const Catalog& catalog);

}  // namespace medcareer
