// The CSV reader's indexed path (read_indexed) against its general one (parse() and
// resolve_answers), on thousands of rows of the default questionnaire whose cells are drawn
// from what exports hold: labels, ids, retyped labels, anchors, numbers in and out of range,
// choices joined by ';' or ', ', repeated choices, and junk.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "testing/indexed_differential.h"

using namespace medcareer;

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string retyped(std::string text, std::mt19937& rng) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z' && rng() % 3 == 0) c = static_cast<char>(c - 'a' + 'A');
  }
  return (rng() % 2 ? "  " : "") + text + (rng() % 2 ? " " : "");
}

// One cell for `q`: what a form tool or a person writes; unless `clean`, sometimes what a
// broken export does (an unknown answer, a number out of range, too many choices).
std::string cell_for(const Question& q, std::mt19937& rng, bool clean) {
  const auto pick = clean ? 6 + rng() % 14 : rng() % 20;
  if (pick == 0) return "";
  if (pick == 1) return "no such answer";
  if (clean && rng() % 10 == 0) return "";
  if (q.type == QuestionType::scale) {
    if (pick < 4 && !q.anchors.empty()) return retyped(q.anchors[rng() % q.anchors.size()], rng);
    if (pick == 4) return std::to_string(rng() % 8);  // 0, 6 and 7 are out of range
    if (pick == 5) return "2.5";
    return std::to_string(1 + rng() % 5);
  }
  if (q.type == QuestionType::number) {
    if (pick == 2) return " " + std::to_string(q.min) + " ";
    if (pick == 3) return std::to_string(q.max + 1);
    if (pick == 4) return "1e400";
    const double v = q.min + static_cast<double>(rng() % 30);
    return std::to_string(static_cast<int>(clean ? std::min(v, q.max) : v));
  }
  auto option = [&] {
    const Option& o = q.options[rng() % q.options.size()];
    const auto how = rng() % 6;
    return how == 0 ? o.id : how == 1 ? retyped(o.label, rng) : o.label;
  };
  if (q.type != QuestionType::multi) {
    if (q.type == QuestionType::yes_no && rng() % 8 == 0) return rng() % 2 ? "TRUE" : "false";
    return option();
  }
  const std::string separator = rng() % 3 == 0 ? ", " : ";";
  std::string out;
  const std::size_t n = clean ? 1 + rng() % q.max_choices : rng() % (q.max_choices + 2);
  std::vector<std::size_t> taken;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t k = rng() % q.options.size();
    // A clean cell names each option once; a broken one may name one twice.
    if (clean && std::find(taken.begin(), taken.end(), k) != taken.end()) continue;
    taken.push_back(k);
    const Option& o = q.options[k];
    const auto how = rng() % 6;
    out += (out.empty() ? "" : separator) + (how == 0   ? o.id
                                             : how == 1 ? retyped(o.label, rng)
                                                        : o.label);
  }
  if (rng() % 8 == 0) out += separator;  // a trailing separator
  return out;
}

}  // namespace

TEST_CASE("a CSV row read as indices gets the advice of the row read as answers, to the bit") {
  const ScoringModel& model = testing::default_model();
  const Questionnaire& q = model.questionnaire();

  std::mt19937 rng(20261202);
  std::ostringstream csv;
  csv << "Timestamp,Email";
  for (const auto& question : q.questions) {
    csv << ',' << (rng() % 2 ? question.id : quoted(question.prompt));
  }
  csv << '\n';
  constexpr int kRows = 3000;
  for (int row = 0; row < kRows; ++row) {
    csv << "2026/09/01," << (row % 7 ? "student" + std::to_string(row) + "@example.org" : "");
    // A third of the rows have one cell that a broken export could hold.
    const std::size_t wild = rng() % 3 == 0 ? rng() % q.questions.size() : q.questions.size();
    for (std::size_t k = 0; k < q.questions.size(); ++k) {
      csv << ',' << quoted(cell_for(q.questions[k], rng, k != wild));
    }
    csv << '\n';
  }

  std::istringstream in(csv.str());
  CsvOptions options;
  options.id_column = "Email";
  auto reader = open_records(in, "export.csv", InputFormat::csv, q, options);
  const testing::IndexedTally tally = testing::check_all(model, *reader);
  CHECK(tally.problems == std::vector<std::string>{});
  CHECK(tally.records() == kRows);
  // Both ways are exercised: most rows are indexed, and the rows whose broken cell is one
  // that parse() refuses fail, as they did before.
  CHECK(tally.indexed > kRows / 2);
  CHECK(tally.failed > kRows / 50);
  MESSAGE("indexed ", tally.indexed, ", good but parsed ", tally.refused, ", failed ",
          tally.failed);
}

TEST_CASE("the indexed path takes a row of labels, ids and retyped labels, and leaves the rest") {
  const ScoringModel& model = testing::default_model();
  const Questionnaire& q = model.questionnaire();
  const Question& contact = q.questions.front();  // a single choice
  REQUIRE(contact.type == QuestionType::single);
  auto row = [&](const std::string& cell) {
    std::istringstream in(contact.id + ",respondent\n" + quoted(cell) + ",ana\n");
    auto reader = open_records(in, "x.csv", InputFormat::csv, q);
    Record record;
    REQUIRE(reader->split(record));
    return testing::check_indexed(model, record);
  };
  for (const std::string& cell :
       {contact.options[0].label, contact.options[1].id, "  " + contact.options[0].label + " "}) {
    const auto check = row(cell);
    CHECK(check.indexed);
    CHECK(check.problem == "");
  }
  const auto unknown = row("something else");
  CHECK_FALSE(unknown.indexed);
  CHECK_FALSE(unknown.parsed);  // parse() reports it
}
