// A respondent's answers: question id -> option id, list of option ids, or number. The
// same shape is read from answers files, JSON Lines records and CSV rows, and written by
// `quiz --save`.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "medcareer/error.h"
#include "medcareer/questionnaire.h"

namespace medcareer {

using AnswerValue = std::variant<std::string, std::vector<std::string>, double>;

struct Answer {
  std::string question;
  AnswerValue value;
  Position where;  // of the value; an empty path with a line: the answer set's path
  // Where the question id was written, and each item of a list (line, column), in the file
  // of `where`; left 0 or empty by readers that do not know, and `where` is used instead.
  int key_line = 0, key_column = 0;
  std::vector<std::pair<int, int>> item_where;
};

struct AnswerSet {
  std::string questionnaire;  // id; empty means the default
  int version = 0;            // 0 means the default's
  // The older version the answers were written for, when resolve_answers() read them as
  // the questionnaire's (medcareer/migration.h); 0 when they were written for it.
  int migrated_from = 0;
  std::string respondent;
  std::vector<Answer> answers;  // in the order given
  // Questions the person chose to skip, so that `quiz --resume` does not ask them again.
  // Scoring treats them as unanswered.
  std::vector<std::string> skipped;
  Position skipped_where;  // where the list is, for errors
  Position where;
  // Where the questionnaire id and the version were written (line, column) in the file of
  // `where`; 0 when not given or not known.
  int questionnaire_line = 0, questionnaire_column = 0;
  int version_line = 0, version_column = 0;

  const Answer* find(const std::string& question) const;
  void set(const std::string& question, AnswerValue value);  // replaces or appends
  void erase(const std::string& question);
};

// Checks answers against the questionnaire and puts them in canonical form: numbers as
// numbers (files may give them as text), `true`/`false` as yes/no, a single choice given as
// a one-item list as that item. Checks known questions and options, numbers within range,
// at most `max` choices, the questionnaire's id and version; that every skipped question
// exists and is listed once and not also answered. Throws ErrorException at the first
// problem, positioned where it was written: an unknown question at its id, an unknown
// option of a list at that item, a wrong version or questionnaire at its value.
void resolve_answers(AnswerSet& answers, const Questionnaire& questionnaire);

// A number written as text ("4", " 2.5 "): spaces and tabs around it are dropped; false
// unless it is all a finite number.
bool read_number(std::string_view text, double& value);
// Whether `value` answers a scale (a whole number from 1 to 5) or number question (within
// its min and max), as resolve_answers() checks it.
bool valid_number(const Question& question, double value);

// Whether `question` is asked given the answers so far (its `when` holds).
bool is_asked(const Question& question, const AnswerSet& answers);

// Parses and checks one answers file (a single YAML document).
Result<AnswerSet> load_answers(const std::string& path, const std::string& text,
                               const Questionnaire& questionnaire);

// The answers file for `answers`, in questionnaire order, as `quiz --save` writes it;
// `skipped` is written (in questionnaire order) only when there are any.
std::string answers_to_yaml(const AnswerSet& answers, const Questionnaire& questionnaire);

}  // namespace medcareer
