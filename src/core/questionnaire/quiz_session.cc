#include "medcareer/quiz_session.h"

namespace medcareer {

QuizSession::QuizSession(const Questionnaire& questionnaire, AnswerSet answers)
    : questionnaire_(questionnaire), answers_(std::move(answers)) {
  // The session keeps the skips itself (they change as the person goes); the answer set
  // holds only answers, so that no stale list can be saved by mistake.
  skipped_.insert(answers_.skipped.begin(), answers_.skipped.end());
  answers_.skipped.clear();
  to_first_unanswered();
}

const Question* QuizSession::current() const {
  return index_ ? &questionnaire_.questions[*index_] : nullptr;
}

std::vector<const Question*> QuizSession::asked() const {
  std::vector<const Question*> out;
  for (const auto& q : questionnaire_.questions) {
    if (is_asked(q, answers_)) out.push_back(&q);
  }
  return out;
}

std::size_t QuizSession::count() const {
  return asked().size();
}

std::size_t QuizSession::number() const {
  if (!index_) return count();
  std::size_t n = 0;
  for (std::size_t i = 0; i <= *index_; ++i) {
    if (is_asked(questionnaire_.questions[i], answers_)) ++n;
  }
  return n;
}

void QuizSession::advance_from(std::size_t index) {
  const auto& qs = questionnaire_.questions;
  for (std::size_t i = index + 1; i < qs.size(); ++i) {
    if (is_asked(qs[i], answers_)) {
      index_ = i;
      return;
    }
  }
  index_.reset();
}

void QuizSession::answer(AnswerValue value) {
  if (!index_) return;
  skipped_.erase(questionnaire_.questions[*index_].id);
  answers_.set(questionnaire_.questions[*index_].id, std::move(value));
  advance_from(*index_);
}

void QuizSession::skip() {
  if (!index_) return;
  answers_.erase(questionnaire_.questions[*index_].id);
  skipped_.insert(questionnaire_.questions[*index_].id);
  advance_from(*index_);
}

bool QuizSession::back() {
  const auto& qs = questionnaire_.questions;
  std::size_t from = index_ ? *index_ : qs.size();
  for (std::size_t i = from; i-- > 0;) {
    if (is_asked(qs[i], answers_)) {
      index_ = i;
      return true;
    }
  }
  return false;
}

bool QuizSession::jump_to(const std::string& id) {
  const auto& qs = questionnaire_.questions;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (qs[i].id == id && is_asked(qs[i], answers_)) {
      index_ = i;
      return true;
    }
  }
  return false;
}

void QuizSession::to_review() {
  index_.reset();
}

void QuizSession::to_first_unanswered() {
  const auto& qs = questionnaire_.questions;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (is_asked(qs[i], answers_) && !answers_.find(qs[i].id) && !skipped_.count(qs[i].id)) {
      index_ = i;
      return;
    }
  }
  index_.reset();
}

AnswerSet QuizSession::counted_answers() const {
  AnswerSet out;
  out.questionnaire = questionnaire_.id;
  out.version = questionnaire_.version;
  out.respondent = answers_.respondent;
  for (const auto& q : questionnaire_.questions) {
    const Answer* a = answers_.find(q.id);
    if (!is_asked(q, answers_)) continue;
    if (a) {
      out.answers.push_back(*a);
    } else if (skipped_.count(q.id)) {
      out.skipped.push_back(q.id);
    }
  }
  return out;
}

}  // namespace medcareer
