// The default questionnaire and catalog as medcareer-compile-data loaded and checked them
// when medcareer was built, so that a start with the default data parses no YAML. They are
// used whenever the files in use are byte for byte the embedded ones, wherever they were
// found (the .deb installs the same files in /usr/share/medcareer); a user's own data is
// loaded from its YAML as always.
#pragma once

#include <optional>
#include <vector>

#include "medcareer/catalog.h"
#include "medcareer/questionnaire.h"
#include "medcareer/source_file.h"

namespace medcareer {

// The catalog that load_catalog(files) gives, or nothing when `files` are not the embedded
// data files (same names, same bytes, same order). Positions name the paths of `files`.
std::optional<Catalog> compiled_catalog(const std::vector<SourceFile>& files);

// The questionnaire that load_questionnaire(file) gives, or nothing when `file` does not
// hold the bytes of the embedded questionnaire. Positions name `file.path`.
std::optional<Questionnaire> compiled_questionnaire(const SourceFile& file);

// The compiled form when there is one, load_catalog() or load_questionnaire() otherwise;
// `compiled`, when given, says which it was.
Result<Catalog> load_catalog_or_compiled(const std::vector<SourceFile>& files,
                                         bool* compiled = nullptr);
Result<Questionnaire> load_questionnaire_or_compiled(const SourceFile& file,
                                                     bool* compiled = nullptr);

}  // namespace medcareer
