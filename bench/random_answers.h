// Random but plausible answer sets for the default questionnaire: every asked question
// answered, optional ones sometimes skipped, choices within their limits. The benchmark
// inputs (medcareer-gen) and the unit tests that compare a search against brute force
// draw their answers from here. Deterministic for a given generator state.
#pragma once

#include <cstddef>
#include <random>

#include "medcareer/answers.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

// Respondent "studentN".
AnswerSet random_answers(const Questionnaire& q, std::mt19937& rng, std::size_t n);

}  // namespace medcareer
