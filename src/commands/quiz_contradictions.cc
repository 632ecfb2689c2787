// Before the plain quiz scores, it asks about answers that contradict each other: which
// matters more? (The decision is ContradictionChoices'; this only puts it in numbered lines.)
#include "commands/quiz_flow.h"
#include "commands/standard_output.h"
#include "medcareer/contradiction_choice.h"
#include "ui/terminal.h"
#include "ui/wrap.h"

namespace medcareer::commands {

bool ask_about_contradictions(const ScoringModel& model, QuizSession& session,
                              const ui::Style& style, const Width& width, std::istream& in,
                              std::FILE* out) {
  ContradictionChoices choices(model, session);
  while (auto c = choices.next()) {
    std::string text =
        "\n" + style.heading("Which matters more?") + "\n" +
        ui::wrap("Two of your answers pull \"" + c->trait + "\" in opposite directions:", width()) +
        ui::wrap("1. " + c->first->prompt + " -> " + c->first_answer, width(), "", "   ") +
        ui::wrap("2. " + c->second->prompt + " -> " + c->second_answer, width(), "", "   ") +
        ui::wrap(
            "Type 1 or 2 for the one that matters more (the other is set aside), or press "
            "Enter to keep both.",
            width());
    std::fputs((text + "> ").c_str(), out);
    flush(out);  // standard output keeps the reason of a failed write
    std::string line;
    // The end of the input keeps both; a signal stops the quiz, which then saves.
    if (!read_line(in, line)) return ui::pending_signal() == 0;
    choices.choose(line == "1"   ? MattersMore::first
                   : line == "2" ? MattersMore::second
                                 : MattersMore::both);
  }
  return true;
}

}  // namespace medcareer::commands
