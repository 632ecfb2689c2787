// Reading one answers document that is already parsed, shared by answers files and the
// multi-document YAML stream of `score`.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "medcareer/answers.h"

namespace medcareer {

// The answers as written, not yet checked against a questionnaire (see resolve_answers).
AnswerSet answers_from_node(const std::string& path, const YAML::Node& root);

}  // namespace medcareer
