// Before the plain quiz scores, it asks about answers that contradict each other (two answers
// pulling one trait hard in opposite directions, docs/data-format.md "Scoring"): which
// matters more? The other one is set aside: a single choice or scale goes to its neutral
// answer, a multiple choice loses the options that pull that way.
#include <fmt/format.h>

#include "commands/quiz_flow.h"
#include "commands/standard_output.h"
#include "medcareer/answer_space.h"
#include "medcareer/recommend.h"
#include "medcareer/scoring_model.h"
#include "ui/terminal.h"
#include "ui/wrap.h"

namespace medcareer::commands {

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

bool ask_about_contradictions(const ScoringModel& model, QuizSession& session,
                              const ui::Style& style, const Width& width, std::istream& in,
                              std::FILE* out) {
  const Questionnaire& questionnaire = model.questionnaire();
  // One at a time: setting one answer aside may settle the next.
  for (int asked = 0; asked < 8; ++asked) {
    const ScoreResult score = model.score(session.counted_answers());
    if (score.contradictions.empty()) return true;
    const Contradiction& c = score.contradictions.front();
    const Question* first = questionnaire.find_question(c.first);
    const Question* second = questionnaire.find_question(c.second);
    const AnswerSet answers = session.counted_answers();
    const Trait* trait = questionnaire.find_trait(c.trait);
    std::string text =
        "\n" + style.heading("Which matters more?") + "\n" +
        ui::wrap("Two of your answers pull \"" + (trait ? trait->label : c.trait) +
                     "\" in opposite directions:",
                 width()) +
        ui::wrap(
            "1. " + first->prompt + " -> " + answer_words(*first, answers.find(c.first)->value),
            width(), "", "   ") +
        ui::wrap(
            "2. " + second->prompt + " -> " + answer_words(*second, answers.find(c.second)->value),
            width(), "", "   ") +
        ui::wrap(
            "Type 1 or 2 for the one that matters more (the other is set aside), or press "
            "Enter to keep both.",
            width());
    std::fputs((text + "> ").c_str(), out);
    flush(out);  // standard output keeps the reason of a failed write
    std::string line;
    // The end of the input keeps both; a signal stops the quiz, which then saves.
    if (!read_line(in, line)) return ui::pending_signal() == 0;
    if (line != "1" && line != "2") return true;
    const Question* other = line == "1" ? second : first;
    auto value = set_aside(*other, answers.find(other->id)->value, c.trait);
    if (!value || !session.jump_to(other->id)) return true;
    session.answer(*value);
    session.to_review();
  }
  return true;
}

}  // namespace medcareer::commands
