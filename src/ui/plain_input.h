// The accessible (plain) quiz: one question shown as a numbered list, one line typed in
// reply. Also what runs when input is piped. Nothing here reads or prints: the quiz loop
// prints the prompt, reads a line and acts on what parse_plain_input() makes of it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "medcareer/answers.h"
#include "medcareer/questionnaire.h"
#include "ui/style.h"

namespace medcareer::ui {

struct PlainAction {
  enum class Kind { answer, back, help, skip, use_default, quit, invalid };
  Kind kind = Kind::invalid;
  // answer: what was typed, in canonical form (an option id; option ids in the options'
  // order for multi; a number for scale and number). use_default: the marked answer.
  AnswerValue value;
  std::string reason;  // invalid: what is wrong and what to type instead, for the person
};

// A whole number written with digits only (blanks around it allowed): "3" but not "3abc",
// "-1" or "3.5"; nothing for anything else.
std::optional<std::size_t> whole_number(std::string_view text);

// The answer the prompt marks and an empty line takes: the current answer to `question`
// in `current` if it has a valid one, else the question's default, else nothing.
std::optional<AnswerValue> marked_answer(const Question& question, const AnswerSet& current);

// What a valid reply looks like, as advice ending every invalid reason, e.g.
// "type a number from 1 to 5" or "type up to 3 numbers from 1 to 6, like 1,3".
std::string answer_advice(const Question& question);

// Makes sense of one typed line. Leading and trailing blanks and letter case do not
// matter. `b`/`back`, `?`/`help`, `s`/`skip`, `q`/`quit` are commands before they are
// answers, so an option can always be picked by number even if its id is one of them.
//   single, yes_no: the option's number, id or label (and `y`/`n` for yes_no);
//   multi: the whole line as one option, or numbers and ids separated by commas and/or
//          blanks, each at most once (a repeated choice is refused, as in an answers
//          file), at most `max_choices`;
//   scale: a whole number from 1 to 5;  number: a number from min to max.
// An empty line takes the marked answer (see marked_answer()) if there is one.
PlainAction parse_plain_input(const Question& question, const AnswerSet& current,
                              std::string_view line);

// The question as plain text for `width` columns: the prompt, the numbered options (scale
// anchors) with the marked answer shown in words, "(your answer)", "(chosen)" for multi
// or "(default)", so it reads the same without colour; then what to type (and that Enter
// alone takes the marked answer) and a line of commands: `b` back, `?` help, `s` skip
// when the question is optional, `q` quit. Every line ends with '\n'; the quiz loop
// prints its own input cue after it.
std::string render_plain_prompt(const Question& question, const AnswerSet& current,
                                const Style& style, std::size_t width);

}  // namespace medcareer::ui
