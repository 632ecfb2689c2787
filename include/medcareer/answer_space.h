// The answers one could give: the moves of `validate`'s proof that each role can come out on
// top, the neutral answer of a question, and which questions can be asked at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medcareer/answers.h"
#include "medcareer/catalog.h"
#include "medcareer/scoring_model.h"

namespace medcareer {

// For a multi question: the current choice with one option added or removed. For a number
// question: its ends and the bounds of its bands. Never includes the current answer.
std::vector<AnswerValue> alternative_answers(const Question& question, const Answer* current);

// The answer that says nothing either way: the question's default, else the option that
// moves no trait, rules nothing out and carries no tag (else one with tags only), the middle
// of a scale, nothing ticked on a multi question, or a number's default or minimum. Nothing
// when a single-choice question has no such option.
std::optional<AnswerValue> neutral_answer(const Question& question);

// Whether some answers make `question` asked: its condition's question can be asked and some
// answer to it meets the condition.
bool can_be_asked(const Questionnaire& questionnaire, const Question& question);

// A proof that `role` can be the pick: answers to every question that is asked (and none to
// the others) under which recommend() names `role` and the answers carry enough signal.
// Found by hill climbing on the role's lead over the best other role, from several starts:
// each question's best answer in turn, the neutral answers, and a few fixed pseudo-random
// answer sets (docs/data-format.md, "validate"). Nothing if every climb fails; deterministic.
std::optional<AnswerSet> answers_favoring(const ScoringModel& model, const std::string& role);
std::optional<AnswerSet> answers_favoring(const Questionnaire& questionnaire,
                                          const Catalog& catalog, const std::string& role);

}  // namespace medcareer
