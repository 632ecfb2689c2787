// libFuzzer target: the two ways the records of a survey export are read (see
// RecordParser::read_indexed in medcareer/record_reader.h) must agree. A record that its
// reader lays out as indices must be one that parse() reads without error, with the same
// respondent and the same advice to the last bit (src/core/testing/indexed_differential.h).
// The first byte picks the input: a CSV export read below a header of every question's
// prompt (so that mutated rows reach the answers), a CSV export as it is, JSON Lines, or a
// YAML stream of answers documents.
#include <sstream>

#include "fuzz_common.h"
#include "testing/indexed_differential.h"

using namespace medcareer;

namespace {

const std::string& prompt_header() {
  static const std::string header = [] {
    std::string out = "respondent";
    for (const auto& q : testing::default_model().questionnaire().questions) {
      out += ",\"";
      for (char c : q.prompt) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      out += '"';
    }
    return out + "\n";
  }();
  return header;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const ScoringModel& model = testing::default_model();
  const int mode = data[0] % 4;
  std::string text = fuzz::text_of(data + 1, size - 1);
  if (mode == 0) text = prompt_header() + text;
  std::istringstream in(text);
  const InputFormat format = mode == 3   ? InputFormat::yaml
                             : mode == 2 ? InputFormat::jsonl
                                         : InputFormat::csv;
  auto reader = open_records(in, "fuzz/export", format, model.questionnaire());
  // At most one record per input byte, and one for a whole-file error, or it is looping.
  const testing::IndexedTally tally = testing::check_all(model, *reader, text.size() + 1);
  if (!tally.problems.empty()) fuzz::broken(tally.problems.front());
  return 0;
}
