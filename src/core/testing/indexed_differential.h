// The check that proves the two ways of reading a record the same: a record that its reader
// lays out as indices (RecordParser::read_indexed) must be one that parse() reads without
// error, and must get the same respondent and the same advice, to the last bit, as the
// AnswerSet that parse() gives. Shared by the unit test and the fuzz target.
#pragma once

#include <string>
#include <string_view>

#include "medcareer/recommend.h"
#include "medcareer/record_reader.h"

namespace medcareer::testing {

struct IndexedCheck {
  bool indexed = false;  // the reader indexed the record
  bool parsed = false;   // parse() read it without error
  std::string problem;   // empty when the two ways agree
};

// `record` as split() left it, pending; it is not changed.
inline IndexedCheck check_indexed(const ScoringModel& model, const Record& record) {
  IndexedCheck check;
  IndexedAnswers answers;
  std::string_view respondent;
  check.indexed =
      record.pending.parser && record.pending.parser->read_indexed(record, answers, respondent);
  Record general = record;
  read_answers(general);
  check.parsed = general.answers.ok();
  if (!check.indexed) return check;
  if (!check.parsed) {
    check.problem = "indexed a record that parse() refuses: " + general.answers.error().to_string();
    return check;
  }
  const AnswerSet& set = general.answers.value();
  if (set.respondent != respondent) {
    check.problem =
        "respondent '" + std::string(respondent) + "', parse() gives '" + set.respondent + "'";
  } else if (!(recommend(model, answers) == recommend(model, set, Advice::ranking))) {
    check.problem = "the advice differs from that of the AnswerSet parse() gives";
  }
  return check;
}

}  // namespace medcareer::testing
