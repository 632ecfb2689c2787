#include "readers/answer_index.h"

#include <algorithm>

#include "medcareer/answers.h"

namespace medcareer {

std::size_t question_index(const Questionnaire& questionnaire, std::string_view id,
                           std::size_t next) {
  const auto& questions = questionnaire.questions;
  if (next < questions.size() && questions[next].id == id) return next;
  std::size_t at = 0;
  while (at < questions.size() && questions[at].id != id) ++at;
  return at;
}

int option_index(const Question& q, std::string_view id) {
  if (q.type == QuestionType::yes_no) {
    if (id == "true") id = "yes";
    if (id == "false") id = "no";
  }
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    if (q.options[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

bool index_number(const Question& q, std::size_t at, double value, IndexedAnswers& out) {
  if (q.type != QuestionType::scale && q.type != QuestionType::number) return false;
  if (!valid_number(q, value)) return false;
  out.set_number(at, value);
  return true;
}

bool index_text(const Question& q, std::size_t at, std::string_view text, IndexedAnswers& out) {
  if (q.type == QuestionType::scale || q.type == QuestionType::number) {
    double v = 0;
    return read_number(text, v) && index_number(q, at, v, out);  // anchor words are parse()'s
  }
  start_list(at, out);  // one choice, of a single or a multi question alike
  return add_item(q, at, text, out) && end_list(q, at, out);
}

void start_list(std::size_t at, IndexedAnswers& out) {
  out.start_options(at);
}

bool add_item(const Question& q, std::size_t at, std::string_view id, IndexedAnswers& out) {
  if (q.type == QuestionType::scale || q.type == QuestionType::number) return false;
  const int i = option_index(q, id);
  if (i < 0) return false;
  const IndexedAnswers::Slot& slot = out.slots[at];
  const std::uint16_t* chosen = out.chosen(slot);
  if (std::find(chosen, chosen + slot.count, i) != chosen + slot.count) return false;  // twice
  out.add_option(at, static_cast<std::uint16_t>(i));
  return true;
}

bool end_list(const Question& q, std::size_t at, const IndexedAnswers& out) {
  const std::uint32_t count = out.slots[at].count;
  if (q.type == QuestionType::multi) return count <= q.max_choices;
  return count == 1;  // a single choice given as a list of one
}

}  // namespace medcareer
