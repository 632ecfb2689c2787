// Reading a questionnaire's `migrations:` table (docs/data-format.md, "Answers of an older
// version"), after its questions, which the table is checked against.
#pragma once

#include <string>
#include <vector>

#include "medcareer/questionnaire.h"
#include "readers/yaml_reader.h"

namespace medcareer {

std::vector<Migration> read_migrations(const std::string& path, const YAML::Node& node,
                                       const Questionnaire& questionnaire);

}  // namespace medcareer
