#include <doctest/doctest.h>

#include "commands/quiz_rich.h"
#include "commands/quiz_rich_test_keys.h"

using namespace medcareer;
using commands::rich::ChoiceStep;
using commands::rich::on_contradiction_key;
using commands::test_keys::ch;
using commands::test_keys::k;
using ui::Key;
using ui::KeyKind;

TEST_CASE("which matters more: the cursor moves over both answers and 'keep both', and wraps") {
  ui::ContradictionView v;
  CHECK(on_contradiction_key(v, k(KeyKind::down)) == ChoiceStep::none);
  CHECK(v.cursor == 1);
  CHECK(on_contradiction_key(v, ch('j')) == ChoiceStep::none);
  CHECK(v.cursor == 2);
  CHECK(on_contradiction_key(v, ch('j')) == ChoiceStep::none);
  CHECK(v.cursor == 0);
  CHECK(on_contradiction_key(v, ch('k')) == ChoiceStep::none);
  CHECK(v.cursor == 2);
  CHECK(on_contradiction_key(v, k(KeyKind::home)) == ChoiceStep::none);
  CHECK(v.cursor == 0);
  CHECK(on_contradiction_key(v, k(KeyKind::end)) == ChoiceStep::none);
  CHECK(v.cursor == 2);
  CHECK(on_contradiction_key(v, k(KeyKind::up)) == ChoiceStep::none);
  CHECK(v.cursor == 1);
  CHECK(on_contradiction_key(v, k(KeyKind::enter)) == ChoiceStep::chosen);
  CHECK(v.cursor == 1);
}

TEST_CASE("which matters more: a number chooses at once; others say what to type") {
  ui::ContradictionView v;
  CHECK(on_contradiction_key(v, ch('3')) == ChoiceStep::chosen);
  CHECK(v.cursor == 2);
  CHECK(on_contradiction_key(v, ch('1')) == ChoiceStep::chosen);
  CHECK(v.cursor == 0);
  CHECK(on_contradiction_key(v, ch('4')) == ChoiceStep::none);
  CHECK(v.message == "Pick a number from 1 to 3.");
  CHECK(v.cursor == 0);
}

TEST_CASE("which matters more: back, help, quit, and keys that do nothing") {
  ui::ContradictionView v;
  CHECK(on_contradiction_key(v, k(KeyKind::left)) == ChoiceStep::back);
  CHECK(on_contradiction_key(v, ch('b')) == ChoiceStep::back);
  CHECK(on_contradiction_key(v, k(KeyKind::backspace)) == ChoiceStep::back);
  CHECK(on_contradiction_key(v, ch('q')) == ChoiceStep::quit);
  CHECK(on_contradiction_key(v, ch('?')) == ChoiceStep::none);
  CHECK(v.show_help);
  CHECK(on_contradiction_key(v, ch('?')) == ChoiceStep::none);
  CHECK_FALSE(v.show_help);
  // Esc does nothing here, as on the question and review screens (it says no to "save and
  // stop?", which on_confirm_key answers).
  CHECK(on_contradiction_key(v, k(KeyKind::escape)) == ChoiceStep::none);
  CHECK(v.message == "Esc does nothing here. Use up/down and Enter, or type 1, 2 or 3.");
  CHECK(on_contradiction_key(v, ch('x')) == ChoiceStep::none);
  CHECK(v.message == "'x' does nothing here. Use up/down and Enter, or type 1, 2 or 3.");
  // The next key clears the message.
  CHECK(on_contradiction_key(v, k(KeyKind::down)) == ChoiceStep::none);
  CHECK(v.message.empty());
}
