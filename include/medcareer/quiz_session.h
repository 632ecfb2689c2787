// Where a person is in the quiz: which question is shown, how many there are given the
// answers so far (conditional questions come and go, so the count is recomputed), going
// back, skipping, jumping from the review. No terminal here: both quiz modes drive it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "medcareer/answers.h"

namespace medcareer {

class QuizSession {
 public:
  // Starts at the first question that is asked and neither answered nor skipped (the
  // skips come from `answers.skipped`), so a resumed quiz continues where it stopped; or
  // at the review when there is none.
  QuizSession(const Questionnaire& questionnaire, AnswerSet answers);

  // The question shown now; nullptr at the review.
  const Question* current() const;
  bool at_review() const { return current() == nullptr; }

  // "question N of M": N counts from 1 among the questions asked under the current answers.
  std::size_t number() const;
  std::size_t count() const;

  // Records the answer to the current question and moves to the next asked question.
  void answer(AnswerValue value);
  // Leaves the current question unanswered and moves on (only for optional questions).
  void skip();
  // Back to the previous asked question, its answer kept; false at the first question.
  bool back();
  // From the review (or anywhere), to the question `id` if it is asked.
  bool jump_to(const std::string& id);
  // To the review screen.
  void to_review();
  // To the first asked question that has no answer and was not skipped, else to the
  // review: after an answer changed from the review, a follow-up it revealed is asked
  // before returning there.
  void to_first_unanswered();

  // The answers to the questions that are asked, and in `skipped` the asked questions that
  // were skipped: what is scored and what is saved. Answers to questions whose condition
  // no longer holds are kept aside in all_answers() (and come back if the condition holds
  // again), but neither counted nor saved.
  AnswerSet counted_answers() const;
  const AnswerSet& all_answers() const { return answers_; }
  std::vector<const Question*> asked() const;

 private:
  void advance_from(std::size_t index);

  const Questionnaire& questionnaire_;
  AnswerSet answers_;
  std::optional<std::size_t> index_;  // into questionnaire_.questions; empty at review
  std::set<std::string> skipped_;     // left unanswered on purpose in this sitting
};

}  // namespace medcareer
