// Which of two contradicting answers matters more (see medcareer/contradiction_choice.h).
#include "medcareer/contradiction_choice.h"

#include "medcareer/answer_space.h"
#include "medcareer/recommend.h"

namespace medcareer {

namespace {

// `question`'s answer without what pulls `trait` the way it does now.
std::optional<AnswerValue> set_aside(const Question& q, const AnswerValue& value,
                                     const std::string& trait) {
  if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    std::vector<std::string> kept;
    for (const auto& id : *many) {
      const Option* o = q.find_option(id);
      if (!o || !o->traits.count(trait)) kept.push_back(id);
    }
    return kept;
  }
  return neutral_answer(q);
}

}  // namespace

std::optional<ContradictionQuestion> ContradictionChoices::next() {
  current_.reset();
  if (done_ || asked_ >= kMostAsked) return std::nullopt;
  const AnswerSet answers = session_.counted_answers();
  const ScoreResult score = model_.score(answers);
  if (score.contradictions.empty()) return std::nullopt;
  current_ = score.contradictions.front();
  const Questionnaire& questionnaire = model_.questionnaire();
  ContradictionQuestion out;
  const Trait* trait = questionnaire.find_trait(current_->trait);
  out.trait = trait ? trait->label : current_->trait;
  out.first = questionnaire.find_question(current_->first);
  out.second = questionnaire.find_question(current_->second);
  out.first_answer = answer_words(*out.first, answers.find(out.first->id)->value);
  out.second_answer = answer_words(*out.second, answers.find(out.second->id)->value);
  return out;
}

void ContradictionChoices::choose(MattersMore which) {
  if (!current_ || which == MattersMore::both) {
    done_ = true;
    return;
  }
  ++asked_;
  const Contradiction c = *current_;
  current_.reset();
  const std::string& other = which == MattersMore::first ? c.second : c.first;
  const Question* q = model_.questionnaire().find_question(other);
  const AnswerSet answers = session_.counted_answers();
  const Answer* given = answers.find(other);
  auto value = q && given ? set_aside(*q, given->value, c.trait) : std::nullopt;
  // An answer that cannot be set aside (no neutral option) ends the asking, as keeping both.
  if (!value || !session_.jump_to(other)) {
    done_ = true;
    return;
  }
  session_.answer(*value);
  session_.to_review();
}

}  // namespace medcareer
