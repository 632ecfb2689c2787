#include <doctest/doctest.h>

#include "commands/quiz_rich.h"
#include "commands/quiz_rich_test_keys.h"
#include "questionnaire/test_questionnaire.h"
#include "testing/test_fixture.h"

using namespace medcareer;
using commands::rich::Confirm;
using commands::rich::ResultsStep;
using commands::rich::ReviewStep;
using commands::rich::Step;
using commands::test_keys::ch;
using commands::test_keys::k;
using ui::Key;
using ui::KeyKind;

namespace {

// The small questionnaire (single, yes_no, scale, multi, number), at question `id`.
struct At {
  QuizSession session;
  ui::QuestionView view;
  explicit At(const std::string& id, const Questionnaire& q = testing::small_questionnaire())
      : session(q, {}) {
    for (const auto& question : q.questions) {
      if (question.id == id) break;
      session.answer(question.type == QuestionType::number  ? AnswerValue(1.0)
                     : question.type == QuestionType::scale ? AnswerValue(2.0)
                     : question.type == QuestionType::multi
                         ? AnswerValue(std::vector<std::string>{question.options[0].id})
                         : AnswerValue(question.options[0].id));
    }
    REQUIRE(session.current());
    REQUIRE(session.current()->id == id);
    view = commands::rich::question_view(q, session);
  }
  Step press(const Key& key) { return commands::rich::on_question_key(view, key, session); }
  std::string answer_to(const std::string& id) const {
    const Answer* a = session.all_answers().find(id);
    if (!a) return "-";
    if (const auto* s = std::get_if<std::string>(&a->value)) return *s;
    if (const auto* n = std::get_if<double>(&a->value)) return std::to_string(*n);
    std::string out;
    for (const auto& s : std::get<std::vector<std::string>>(a->value)) out += s + ";";
    return out;
  }
};

}  // namespace

TEST_CASE("list questions: j/k and the arrows move and wrap, Home/End jump, Enter chooses") {
  At at("contact");
  CHECK(at.view.cursor == 0);
  CHECK(at.press(ch('j')) == Step::none);
  CHECK(at.view.cursor == 1);
  at.press(k(KeyKind::down));
  CHECK(at.view.cursor == 0);  // two options: wrapped round
  at.press(ch('k'));
  CHECK(at.view.cursor == 1);
  at.press(k(KeyKind::up));
  CHECK(at.view.cursor == 0);
  at.press(k(KeyKind::end));
  CHECK(at.view.cursor == 1);
  at.press(k(KeyKind::home));
  CHECK(at.view.cursor == 0);
  CHECK(at.view.message.empty());
  CHECK(at.press(k(KeyKind::enter)) == Step::answered);
  CHECK(at.answer_to("contact") == "none");
}

TEST_CASE("list questions: Space and a number choose; a number out of range says so") {
  At at("contact");
  CHECK(at.press(ch('3')) == Step::none);
  CHECK(at.view.message == "Pick a number from 1 to 2.");
  at.press(ch('j'));
  CHECK(at.press(k(KeyKind::space)) == Step::answered);
  CHECK(at.answer_to("contact") == "lots");
  At again("contact");
  CHECK(again.press(ch('2')) == Step::answered);
  CHECK(again.answer_to("contact") == "lots");
}

TEST_CASE("keys that do nothing on a question say so") {
  At at("contact");
  for (const Key& key : {k(KeyKind::right), ch('x'), k(KeyKind::tab), k(KeyKind::escape)}) {
    CHECK(at.press(key) == Step::none);
    CHECK_FALSE(at.view.message.empty());
  }
  at.press(k(KeyKind::right));
  CHECK(at.view.message == "Right does nothing here. Press Enter to choose and go on.");
  at.press(ch('x'));
  CHECK(at.view.message ==
        "'x' does nothing here. Use up/down and Enter, or type the number of an option.");
  at.press(ch('j'));
  CHECK(at.view.message.empty());  // a key that does something clears the message
}

TEST_CASE("yes/no questions take y and n") {
  At yes("blood_ok");
  CHECK(yes.press(ch('n')) == Step::answered);
  CHECK(yes.answer_to("blood_ok") == "no");
  At no("blood_ok");
  CHECK(no.press(ch('y')) == Step::answered);
  CHECK(no.answer_to("blood_ok") == "yes");
  At single("contact");
  CHECK(single.press(ch('y')) == Step::none);  // not a yes/no question
  CHECK_FALSE(single.view.message.empty());
}

TEST_CASE("multi questions: Space and numbers tick, the limit and an empty answer are told") {
  At at("settings");
  CHECK(at.press(k(KeyKind::enter)) == Step::none);
  CHECK(at.view.message == "Tick at least one option.");
  at.press(k(KeyKind::space));  // hospital
  at.press(ch('3'));            // home
  CHECK(at.view.chosen == std::vector<bool>{true, false, true});
  at.press(ch('2'));
  CHECK(at.view.message == "You can pick at most 2. Untick one first.");
  CHECK(at.view.chosen == std::vector<bool>{true, false, true});
  at.press(ch('1'));  // untick hospital
  CHECK(at.view.chosen == std::vector<bool>{false, false, true});
  at.press(k(KeyKind::right));
  CHECK(at.view.message == "Right does nothing here. Press Enter to go on.");
  CHECK(at.press(k(KeyKind::enter)) == Step::answered);
  CHECK(at.answer_to("settings") == "home;");
}

TEST_CASE("number questions: digits, Backspace and up/down edit; bad entries are refused") {
  At at("months");
  CHECK(at.view.typed.empty());
  CHECK(at.press(k(KeyKind::enter)) == Step::none);
  CHECK(at.view.message == "Type a number from 0 to 48 months.");
  at.press(ch('9'));
  at.press(ch('9'));
  CHECK(at.press(k(KeyKind::enter)) == Step::none);
  CHECK(at.view.message == "99 is more than 48. Type a number from 0 to 48 months.");
  at.press(k(KeyKind::backspace));
  CHECK(at.view.typed == "9");
  at.press(ch('x'));
  CHECK(at.view.message ==
        "Type digits only, then press Enter. Type a number from 0 to 48 months.");
  at.press(ch('.'));
  at.press(ch('.'));
  CHECK(at.view.message == "There is a decimal point already.");
  at.press(ch('5'));
  CHECK(at.view.typed == "9.5");
  at.press(k(KeyKind::up));
  CHECK(at.view.typed == "10.5");
  at.press(k(KeyKind::right));
  CHECK(at.view.message == "Right does nothing here. Type a number and press Enter.");
  CHECK(at.press(k(KeyKind::enter)) == Step::answered);
  CHECK(at.answer_to("months") == std::to_string(10.5));
}

TEST_CASE("number questions: a digit replaces the number shown; Backspace edits it") {
  At at("months");
  at.session.answer(6.0);  // answered before, and come back to
  REQUIRE(at.session.back());
  at.view = commands::rich::question_view(testing::small_questionnaire(), at.session);
  CHECK(at.view.typed == "6");
  CHECK(at.view.prefilled);
  at.press(ch('2'));
  at.press(ch('4'));
  CHECK(at.view.typed == "24");  // not "624"
  CHECK_FALSE(at.view.prefilled);

  at.view = commands::rich::question_view(testing::small_questionnaire(), at.session);
  at.press(k(KeyKind::backspace));
  CHECK(at.view.typed.empty());  // Backspace edits the number shown...
  at.press(ch('1'));
  at.press(ch('2'));
  CHECK(at.view.typed == "12");  // ...and what follows is added to it

  at.view = commands::rich::question_view(testing::small_questionnaire(), at.session);
  at.press(k(KeyKind::up));
  at.press(ch('0'));
  CHECK(at.view.typed == "70");  // after up/down the number is the person's own
}

TEST_CASE("b, Left and Backspace go back; not before the first question") {
  At first("contact");
  CHECK(first.press(ch('b')) == Step::none);
  CHECK(first.view.message == "This is the first question.");
  for (const Key& key : {ch('b'), k(KeyKind::left), k(KeyKind::backspace)}) {
    At at("pace");
    CHECK(at.press(key) == Step::back);
    CHECK(at.session.current()->id == "blood_ok");
  }
  At number("months");
  number.view.typed = "12";
  CHECK(number.press(k(KeyKind::backspace)) == Step::none);  // edits the number instead
  CHECK(number.view.typed == "1");
}

TEST_CASE("s skips an optional question only; ? opens and closes the help") {
  At required("contact");
  CHECK(required.press(ch('s')) == Step::none);
  CHECK(required.view.message == "This question cannot be skipped; every role is scored on it.");
  testing::Tiny tiny;
  At optional("q2", tiny.questionnaire);
  CHECK(optional.press(ch('s')) == Step::skipped);
  CHECK(optional.session.counted_answers().skipped == std::vector<std::string>{"q2"});
  CHECK_FALSE(required.view.show_help);
  required.press(ch('?'));
  CHECK(required.view.show_help);
  required.press(ch('?'));
  CHECK_FALSE(required.view.show_help);
}

TEST_CASE("the review: numbers pick an answer, other keys say what they do") {
  commands::rich::ReviewState state;
  for (int i = 0; i < 12; ++i) state.view.lines.push_back({"Q", "A"});
  CHECK(commands::rich::on_review_key(state, ch('1')) == ReviewStep::none);
  CHECK(state.view.cursor == 0);
  commands::rich::on_review_key(state, ch('2'));
  CHECK(state.view.cursor == 11);  // "1" then "2": answer 12
  CHECK(state.view.message == "Answer 12: press Enter to change it.");
  commands::rich::on_review_key(state, ch('3'));
  CHECK(state.view.cursor == 2);  // 123 is too many: the 3 starts again
  commands::rich::on_review_key(state, ch('0'));
  CHECK(state.view.message == "There is no answer 0; type a number from 1 to 12.");
  commands::rich::on_review_key(state, ch('x'));
  CHECK(state.view.message ==
        "'x' does nothing here. Use up/down and Enter, or r for the results.");
  commands::rich::on_review_key(state, ch('?'));
  CHECK(state.view.message.starts_with("Every answer you gave is listed."));
  CHECK(commands::rich::on_review_key(state, k(KeyKind::enter)) == ReviewStep::change);
  CHECK(commands::rich::on_review_key(state, ch('q')) == ReviewStep::quit);
  CHECK(commands::rich::on_review_key(state, ch('r')) == ReviewStep::results);
  commands::rich::on_review_key(state, k(KeyKind::end));
  CHECK(state.view.cursor == 12);
  CHECK(commands::rich::on_review_key(state, k(KeyKind::enter)) == ReviewStep::results);
}

TEST_CASE("save and stop? takes y or n, and says so for any other key") {
  std::string message;
  CHECK(commands::rich::on_confirm_key(ch('x'), message) == Confirm::again);
  CHECK(message == "Press y to save your answers and stop, or n to go on.");
  CHECK(commands::rich::on_confirm_key(ch('y'), message) == Confirm::yes);
  CHECK(message.empty());
  CHECK(commands::rich::on_confirm_key(ch('n'), message) == Confirm::no);
  CHECK(commands::rich::on_confirm_key(k(KeyKind::escape), message) == Confirm::no);
}

TEST_CASE("the results scroll by line and page, and say where they end") {
  std::size_t scroll = 0;
  std::string message;
  auto press = [&](const Key& key) {
    return commands::rich::on_results_key(scroll, 10, 35, message, key);
  };
  press(k(KeyKind::down));
  CHECK(scroll == 1);
  press(k(KeyKind::space));
  CHECK(scroll == 11);
  press(k(KeyKind::page_down));
  CHECK(scroll == 21);
  press(k(KeyKind::end));
  CHECK(scroll == 25);
  press(ch('j'));
  CHECK(scroll == 25);
  CHECK(message == "This is the end of the results. Press q or Enter to go on.");
  press(k(KeyKind::page_up));
  CHECK(scroll == 15);
  press(k(KeyKind::home));
  CHECK(scroll == 0);
  press(ch('k'));
  CHECK(message == "This is the top of the results.");
  press(ch('x'));
  CHECK(message.starts_with("'x' does nothing here."));
  CHECK(press(ch('q')) == ResultsStep::done);
  CHECK(press(k(KeyKind::enter)) == ResultsStep::done);
}
