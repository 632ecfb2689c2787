// Every other answer one could give to a question: the moves of the "what would change"
// search and of `validate`'s proof that each role can come out on top.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/answers.h"
#include "medcareer/catalog.h"

namespace medcareer {

// For a multi question: the current choice with one option added or removed. For a number
// question: its ends and the bounds of its bands. Never includes the current answer.
std::vector<AnswerValue> alternative_answers(const Question& question, const Answer* current);

// Answers under which `role` comes first, found by coordinate ascent (question by question,
// the answer that most widens the role's lead), or nothing if the search fails.
std::optional<AnswerSet> answers_favoring(const Questionnaire& questionnaire,
                                          const Catalog& catalog, const std::string& role);

}  // namespace medcareer
