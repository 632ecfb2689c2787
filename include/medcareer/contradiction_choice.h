// Before the quiz scores, it asks about answers that contradict each other (two answers
// pulling one trait hard in opposite directions, docs/data-format.md "Scoring"): which
// matters more? The answer that matters less is set aside: a single choice or scale goes to
// its neutral answer, a multiple choice loses the options that pull that way. Both quiz
// modes ask through this, one pair at a time, and only render the question their own way
// (the plain quiz as numbered lines, the rich one as a screen).
#pragma once

#include <optional>
#include <string>

#include "medcareer/quiz_session.h"
#include "medcareer/scoring_model.h"

namespace medcareer {

// One pair to ask about, in words.
struct ContradictionQuestion {
  std::string trait;  // the trait's label
  const Question* first = nullptr;
  const Question* second = nullptr;  // after `first` in the questionnaire
  std::string first_answer, second_answer;
};

enum class MattersMore { first, second, both };

class ContradictionChoices {
 public:
  // The most pairs asked about in one go: setting one answer aside may settle the next, and a
  // person who keeps being asked would rather see the results.
  static constexpr int kMostAsked = 8;

  // Both must outlive this.
  ContradictionChoices(const ScoringModel& model, QuizSession& session)
      : model_(model), session_(session) {}

  // The pair to ask about now, from the answers as they are now: none when no answers
  // contradict, once the person chose to keep both, or after kMostAsked pairs.
  std::optional<ContradictionQuestion> next();

  // The answer to the pair next() gave: the other answer is set aside (the session is then at
  // its review), or both are kept and nothing more is asked.
  void choose(MattersMore which);

 private:
  const ScoringModel& model_;
  QuizSession& session_;
  std::optional<Contradiction> current_;
  int asked_ = 0;
  bool done_ = false;
};

}  // namespace medcareer
