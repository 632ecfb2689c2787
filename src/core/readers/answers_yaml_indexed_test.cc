// The YAML indexed path (index_yaml_answers) against yaml-cpp and resolve_answers, on
// thousands of answers documents: those `quiz --save` writes for random answer sets, then
// rewritten the ways people and tools write YAML (block lists, quotes, comments, other
// indents, keys left out or repeated) and now and then broken.
#include <doctest/doctest.h>

#include <random>
#include <sstream>

#include "random_answers.h"
#include "testing/indexed_differential.h"

using namespace medcareer;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// `key: [a, b]` as a block list below the key, items indented by `by` more.
void to_block(std::vector<std::string>& lines, std::size_t i, std::size_t by) {
  const std::string line = lines[i];
  const std::size_t open = line.find(": [");
  if (open == std::string::npos) return;
  const std::size_t indent = line.find_first_not_of(' ');
  const std::string items = line.substr(open + 3, line.size() - open - 4);
  if (items.empty()) return;
  std::vector<std::string> block{line.substr(0, open + 1)};
  std::istringstream in(items);
  for (std::string item; std::getline(in, item, ',');) {
    block.push_back(std::string(indent + by, ' ') + "- " + item.substr(item.front() == ' '));
  }
  lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
  lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i), block.begin(), block.end());
}

std::string rewritten(const std::string& saved, std::mt19937& rng) {
  std::vector<std::string> lines = lines_of(saved);
  const std::size_t by = rng() % 3 == 0 ? 4 : 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string& line = lines[i];
    if (by == 4 && line.starts_with("  ")) line = "  " + line;
    const auto how = rng() % 12;
    const std::size_t colon = line.find(": ");
    if (how == 0 && colon != std::string::npos && line[colon + 2] != '[') {
      const char quote = rng() % 2 ? '\'' : '"';
      line = line.substr(0, colon + 2) + quote + line.substr(colon + 2) + quote;
    } else if (how == 1) {
      line += "  # a comment";
    } else if (how == 2) {
      line += "   ";
    } else if (how == 3) {
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i), "# a comment line");
      ++i;
    } else if (how == 4) {
      to_block(lines, i, rng() % 2 ? 2 : 4);
    }
  }
  const auto whole = rng() % 16;
  if (whole == 0 && !lines.empty()) lines.erase(lines.begin());  // no questionnaire
  if (whole == 1) lines.insert(lines.begin(), "---");
  if (whole == 2) lines.emplace_back("skipped: []");
  return [&] {
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
  }();
}

// A broken or unusual document: one byte changed, a line doubled or dropped, or a value
// that is not an answer.
std::string broken(std::string text, std::mt19937& rng) {
  const char bytes[] = ":-[]{}#&*!|>'\"%@` ,\t\r~x9";
  const auto how = rng() % 4;
  std::vector<std::string> lines = lines_of(text);
  if (how == 0 && !text.empty()) {
    text[rng() % text.size()] = bytes[rng() % (sizeof bytes - 1)];
    return text;
  }
  const std::size_t i = rng() % lines.size();
  if (how == 1) lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i), lines[i]);
  if (how == 2) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
  if (how == 3) {
    const std::size_t colon = lines[i].find(": ");
    if (colon != std::string::npos) lines[i] = lines[i].substr(0, colon + 2) + "99";
  }
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("a YAML answers document read as indices gets the advice yaml-cpp's reading gets") {
  const ScoringModel& model = testing::default_model();
  const Questionnaire& q = model.questionnaire();

  std::mt19937 rng(2026);
  int indexed = 0, refused = 0, failed = 0;
  constexpr int kDocuments = 2000;
  for (int n = 0; n < kDocuments; ++n) {
    std::string text =
        rewritten(answers_to_yaml(random_answers(q, rng, static_cast<std::size_t>(n)), q), rng);
    if (rng() % 4 == 0) text = broken(text, rng);
    std::istringstream in(text);
    auto reader = open_records(in, "answers.yaml", InputFormat::yaml, q);
    const testing::IndexedTally tally = testing::check_all(model, *reader);
    INFO(text);
    CHECK(tally.problems == std::vector<std::string>{});
    indexed += tally.indexed;
    refused += tally.refused;
    failed += tally.failed;
  }
  // Both ways are exercised: most documents are indexed, some good ones are left to
  // yaml-cpp (a `---`, a `skipped` list), and broken ones fail as they did.
  CHECK(indexed > kDocuments / 2);
  CHECK(refused > kDocuments / 50);
  CHECK(failed > kDocuments / 50);
  MESSAGE("indexed ", indexed, ", good but parsed ", refused, ", failed ", failed);
}
