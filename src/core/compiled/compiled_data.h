// The questionnaire and the catalog in their compiled form (base/serial.h with the field
// lists of data_fields.h): written by medcareer-compile-data at build time, read at start-up.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "medcareer/catalog.h"
#include "medcareer/error.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

std::string serialize_catalog(const Catalog& catalog);
std::string serialize_questionnaire(const Questionnaire& questionnaire);

// `renames`: a path as the blob has it -> the path it reads as (the same files found in
// another folder); paths not named read as they are.
Result<Catalog> deserialize_catalog(std::string_view blob,
                                    const std::map<std::string, std::string>& renames);
Result<Questionnaire> deserialize_questionnaire(std::string_view blob,
                                                const std::map<std::string, std::string>& renames);

}  // namespace medcareer
