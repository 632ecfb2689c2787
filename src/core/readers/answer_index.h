// Laying out answers written by id (JSON Lines, YAML answers files) as indices
// (medcareer/indexed_answers.h), for the readers' indexed path. Each function accepts only
// what resolve_answers() accepts as it is, and returns false for anything else, which the
// reader then leaves to parse() to read or report.
#pragma once

#include <cstddef>
#include <string_view>

#include "medcareer/indexed_answers.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

// The index of the question `id` in the questionnaire, trying `next` first since answers
// mostly come in questionnaire order; the number of questions when it has none.
std::size_t question_index(const Questionnaire& questionnaire, std::string_view id,
                           std::size_t next);

// The index of the option `id` names (`true` and `false` name yes and no of a yes/no
// question, as spreadsheet checkboxes write them), or -1.
int option_index(const Question& question, std::string_view id);

// An answer given as one piece of text: an option's id, or a number ("4", " 2.5").
bool index_text(const Question& question, std::size_t at, std::string_view text,
                IndexedAnswers& out);
// An answer given as a number.
bool index_number(const Question& question, std::size_t at, double value, IndexedAnswers& out);

// An answer given as a list of option ids: start_list(), then add_item() for each, then
// end_list(). A single choice may be a list of one.
void start_list(std::size_t at, IndexedAnswers& out);
bool add_item(const Question& question, std::size_t at, std::string_view id, IndexedAnswers& out);
bool end_list(const Question& question, std::size_t at, const IndexedAnswers& out);

}  // namespace medcareer
