// Reading one answers document that is already parsed, shared by answers files and the
// multi-document YAML stream of `score`.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "medcareer/answers.h"
#include "medcareer/indexed_answers.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

// The answers as written, not yet checked against a questionnaire (see resolve_answers).
AnswerSet answers_from_node(const std::string& path, const YAML::Node& root);

// The answers of one document of the usual shape laid out as indices, without a node tree
// (answers_yaml_indexed.cc says which documents): true when every answer is one
// resolve_answers() accepts as it is, and then the same answers as parsing and resolving
// them gives. False leaves the document to the full reader.
bool index_yaml_answers(std::string_view text, const Questionnaire& questionnaire,
                        IndexedAnswers& out, std::string_view& respondent);

}  // namespace medcareer
