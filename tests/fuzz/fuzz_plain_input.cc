// libFuzzer target: one line typed in the plain (accessible) quiz, as a reply to every
// question of the built-in questionnaire, with no answers yet and with the default answers
// already given. Whatever it accepts as an answer must pass the same checks as an answers
// file, or a saved quiz could not be read again.
#include <string_view>

#include "fuzz_common.h"
#include "medcareer/answers.h"
#include "ui/plain_input.h"

using namespace medcareer;

namespace {

void check_accepted(const Question& question, const AnswerValue& value,
                    const Questionnaire& questionnaire) {
  AnswerSet set;
  set.set(question.id, value);
  try {
    resolve_answers(set, questionnaire);
  } catch (const ErrorException& e) {
    fuzz::broken("plain input accepted an answer to '" + question.id +
                 "' that answers files refuse: " + e.error().to_string());
  }
}

// Every question answered with its first option, or the middle of its range.
AnswerSet some_answers(const Questionnaire& questionnaire) {
  AnswerSet set;
  for (const auto& q : questionnaire.questions) {
    if (q.type == QuestionType::scale) {
      set.set(q.id, 3.0);
    } else if (q.type == QuestionType::number) {
      set.set(q.id, (q.min + q.max) / 2);
    } else if (q.type == QuestionType::multi) {
      set.set(q.id, std::vector<std::string>{q.options.front().id});
    } else {
      set.set(q.id, q.options.front().id);
    }
  }
  return set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Questionnaire& questionnaire = fuzz::default_questionnaire();
  static const AnswerSet answered = some_answers(questionnaire);
  const AnswerSet none;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  for (const auto& question : questionnaire.questions) {
    for (const AnswerSet* current : {&none, &answered}) {
      const ui::PlainAction action = ui::parse_plain_input(question, *current, line);
      using Kind = ui::PlainAction::Kind;
      if (action.kind == Kind::answer || action.kind == Kind::use_default) {
        check_accepted(question, action.value, questionnaire);
      } else if (action.kind == Kind::invalid && action.reason.empty()) {
        fuzz::broken("an invalid reply to '" + question.id + "' without a reason");
      }
    }
  }
  return 0;
}
