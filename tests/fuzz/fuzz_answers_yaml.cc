// libFuzzer target: answers in YAML, as one answers file (`score FILE`, `quiz --resume`) and
// as a multi-document stream (`score` on a .yaml export). An answers file that loads must
// survive a round trip through `quiz --save`'s writer unchanged.
#include <sstream>

#include "fuzz_common.h"
#include "medcareer/answers.h"

using namespace medcareer;

namespace {

void check_round_trip(const AnswerSet& answers, const Questionnaire& questionnaire) {
  const std::string saved = answers_to_yaml(answers, questionnaire);
  auto again = load_answers("fuzz/saved.yaml", saved, questionnaire);
  if (!again) {
    fuzz::broken("saved answers do not load again: " + again.error().to_string() + "\n" + saved);
  }
  if (again.value().respondent != answers.respondent ||
      answers_to_yaml(again.value(), questionnaire) != saved) {
    fuzz::broken("saved answers read back differently:\n" + saved);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Questionnaire& questionnaire = fuzz::default_questionnaire();
  const std::string text = fuzz::text_of(data, size);

  auto answers = load_answers("fuzz/answers.yaml", text, questionnaire);
  if (answers) {
    check_round_trip(answers.value(), questionnaire);
  } else {
    fuzz::check_error(answers.error());
  }

  std::istringstream in(text);
  auto reader = open_records(in, "fuzz/stream.yaml", InputFormat::yaml, questionnaire);
  fuzz::drain(*reader, size);
  return 0;
}
