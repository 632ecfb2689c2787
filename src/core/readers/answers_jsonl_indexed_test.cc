// The JSON Lines reader's indexed path (read_indexed) against its general one (parse() and
// resolve_answers), on thousands of records of the default questionnaire: option ids,
// numbers and numbers as text, true and false, a single choice as a one-item list, a multi
// choice as text, nulls, and now and then a broken answer or an extra key.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "testing/indexed_differential.h"

using namespace medcareer;

namespace {

std::string json_text(const std::string& text) {
  return "\"" + text + "\"";  // ids and numbers need no escapes
}

// One answer to `q` as JSON; unless `clean`, sometimes one that resolve_answers refuses.
std::string answer_json(const Question& q, std::mt19937& rng, bool clean) {
  const auto pick = clean ? 4 + rng() % 16 : rng() % 20;
  if (pick == 0) return json_text("no_such_option");
  if (pick == 1) return "[1, 2]";
  if (pick == 2) return "99";
  if (pick == 3) return "{}";
  if (pick == 4) return "null";
  if (q.type == QuestionType::scale) {
    const std::string point = std::to_string(1 + rng() % 5);
    return rng() % 4 == 0 ? json_text(point) : point;
  }
  if (q.type == QuestionType::number) {
    const int v = static_cast<int>(q.min) + static_cast<int>(rng() % 12);
    return rng() % 4 == 0 ? json_text(" " + std::to_string(v)) : std::to_string(v);
  }
  auto id = [&] { return json_text(q.options[rng() % q.options.size()].id); };
  if (q.type == QuestionType::yes_no && rng() % 5 == 0) return rng() % 2 ? "true" : "false";
  if (q.type != QuestionType::multi) return rng() % 6 == 0 ? "[" + id() + "]" : id();
  if (rng() % 6 == 0) return id();  // one choice as text
  std::string out = "[";
  const std::size_t n = rng() % (q.max_choices + 1);
  std::vector<std::string> taken;
  for (std::size_t i = 0; i < n; ++i) {
    std::string one = id();
    if (clean && std::find(taken.begin(), taken.end(), one) != taken.end()) continue;
    out += (taken.empty() ? "" : ",") + one;
    taken.push_back(one);
  }
  return out + "]";
}

}  // namespace

TEST_CASE("a JSON Lines record read as indices gets the advice of the record read as answers") {
  const ScoringModel& model = testing::default_model();
  const Questionnaire& q = model.questionnaire();

  std::mt19937 rng(1202);
  std::ostringstream jsonl;
  constexpr int kRecords = 3000;
  for (int n = 0; n < kRecords; ++n) {
    jsonl << '{';
    const auto head = rng() % 12;
    if (head == 0) jsonl << "\"version\":" << q.version << ',';
    if (head == 1) jsonl << "\"questionnaire\":null,";
    if (head == 2) jsonl << "\"respondent\":" << n << ',';
    if (head > 2) jsonl << "\"respondent\":\"student" << n << "\",";
    jsonl << "\"answers\":{";
    const std::size_t wild = rng() % 3 == 0 ? rng() % q.questions.size() : q.questions.size();
    bool first = true;
    for (std::size_t k = 0; k < q.questions.size(); ++k) {
      if (rng() % 10 == 0) continue;  // left out
      jsonl << (first ? "" : ",") << json_text(q.questions[k].id) << ':'
            << answer_json(q.questions[k], rng, k != wild);
      first = false;
    }
    jsonl << "}}\n";
  }

  std::istringstream in(jsonl.str());
  auto reader = open_records(in, "answers.jsonl", InputFormat::jsonl, q);
  const testing::IndexedTally tally = testing::check_all(model, *reader);
  CHECK(tally.problems == std::vector<std::string>{});
  CHECK(tally.records() == kRecords);
  // Both ways are exercised: most records are indexed; those with a version are left to
  // parse(), and those with a broken answer fail as they did before.
  CHECK(tally.indexed > kRecords / 2);
  CHECK(tally.refused > kRecords / 50);
  CHECK(tally.failed > kRecords / 50);
  MESSAGE("indexed ", tally.indexed, ", good but parsed ", tally.refused, ", failed ",
          tally.failed);
}
