// The check that proves the two ways of reading a record the same: a record that its reader
// lays out as indices (RecordParser::read_indexed) must be one that parse() reads without
// error, and must get the same respondent and the same advice, to the last bit, as the
// AnswerSet that parse() gives. Shared by the unit tests and the fuzz target.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "medcareer/catalog.h"
#include "medcareer/questionnaire.h"
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

// How the records of one reader went, by check_all().
struct IndexedTally {
  int indexed = 0;                    // read both ways, and the ways agree
  int refused = 0;                    // good, but left to parse()
  int failed = 0;                     // parse() refuses them
  std::vector<std::string> problems;  // "ID: problem" for each record where the ways differ
  int records() const { return indexed + refused + failed; }
};

// check_indexed() on every record of `reader`, in order; past `max_records` the reader is
// looping, which is a problem of its own, and reading stops.
inline IndexedTally check_all(const ScoringModel& model, RecordReader& reader,
                              std::size_t max_records = SIZE_MAX) {
  IndexedTally tally;
  Record record;
  while (reader.split(record)) {
    if (static_cast<std::size_t>(tally.records()) >= max_records) {
      tally.problems.push_back("more than " + std::to_string(max_records) + " records");
      break;
    }
    const IndexedCheck check = check_indexed(model, record);
    if (!check.problem.empty()) tally.problems.push_back(record.id + ": " + check.problem);
    tally.indexed += check.indexed;
    tally.refused += !check.indexed && check.parsed;
    tally.failed += !check.parsed;
    record = Record{};
  }
  return tally;
}

// The default questionnaire and catalog, loaded from their YAML once, as batch scoring
// compiles them.
inline const ScoringModel& default_model() {
  static const Questionnaire questionnaire = [] {
    auto loaded = load_questionnaire(embedded_questionnaire());
    if (!loaded) throw std::logic_error(loaded.error().to_string());
    return std::move(loaded).value();
  }();
  static const Catalog catalog = [] {
    auto loaded = load_catalog(embedded_data_files());
    if (!loaded) throw std::logic_error(loaded.error().to_string());
    return std::move(loaded).value();
  }();
  static const ScoringModel model(questionnaire, catalog, ScoringModel::Preferences::dropped);
  return model;
}

}  // namespace medcareer::testing
