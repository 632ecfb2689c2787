#include "random_answers.h"

#include <string>
#include <vector>

namespace medcareer {

AnswerSet random_answers(const Questionnaire& q, std::mt19937& rng, std::size_t n) {
  AnswerSet set;
  set.respondent = "student" + std::to_string(n);
  for (const auto& question : q.questions) {
    if (!is_asked(question, set)) continue;
    if (question.optional && rng() % 4 == 0) continue;
    switch (question.type) {
      case QuestionType::single:
      case QuestionType::yes_no:
        set.set(question.id, question.options[rng() % question.options.size()].id);
        break;
      case QuestionType::multi: {
        std::vector<std::string> ids;
        for (const auto& o : question.options) {
          if (ids.size() < question.max_choices && rng() % 3 == 0) ids.push_back(o.id);
        }
        set.set(question.id, ids);
        break;
      }
      case QuestionType::scale:
        set.set(question.id, static_cast<double>(1 + rng() % 5));
        break;
      case QuestionType::number:
        set.set(question.id,
                question.min + static_cast<double>(
                                   rng() % static_cast<unsigned>(question.max - question.min + 1)));
        break;
    }
  }
  return set;
}

}  // namespace medcareer
