// What each key does on the rich quiz's screen that asks which of two contradicting answers
// matters more (see quiz_rich.h): it moves and chooses as a question of one choice does.
#include "commands/quiz_rich.h"

namespace medcareer::commands::rich {

using ui::Key;
using ui::KeyKind;

ChoiceStep on_contradiction_key(ui::ContradictionView& v, const Key& key) {
  constexpr std::size_t rows = 3;  // the two answers, then "Keep both"
  v.message.clear();
  if (key.kind == KeyKind::up || is_char(key, 'k')) {
    v.cursor = (v.cursor + rows - 1) % rows;
  } else if (key.kind == KeyKind::down || is_char(key, 'j')) {
    v.cursor = (v.cursor + 1) % rows;
  } else if (key.kind == KeyKind::home || key.kind == KeyKind::page_up) {
    v.cursor = 0;
  } else if (key.kind == KeyKind::end || key.kind == KeyKind::page_down) {
    v.cursor = rows - 1;
  } else if (key.kind == KeyKind::character && key.ch >= '1' && key.ch <= '0' + rows) {
    v.cursor = key.ch - '1';
    return ChoiceStep::chosen;
  } else if (key.kind == KeyKind::character && key.ch >= '0' && key.ch <= '9') {
    v.message = "Pick a number from 1 to 3.";
  } else if (key.kind == KeyKind::enter || key.kind == KeyKind::space) {
    return ChoiceStep::chosen;
  } else if (key.kind == KeyKind::left || key.kind == KeyKind::backspace || is_char(key, 'b')) {
    return ChoiceStep::back;
  } else if (is_char(key, 'q')) {
    return ChoiceStep::quit;
  } else if (is_char(key, '?')) {
    v.show_help = !v.show_help;
  } else {
    v.message = does_nothing(key, "Use up/down and Enter, or type 1, 2 or 3.");
  }
  return ChoiceStep::none;
}

}  // namespace medcareer::commands::rich
