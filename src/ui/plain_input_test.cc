#include "ui/plain_input.h"

#include <doctest/doctest.h>

using medcareer::AnswerSet;
using medcareer::AnswerValue;
using medcareer::Question;
using medcareer::QuestionType;
using medcareer::ui::parse_plain_input;
using medcareer::ui::PlainAction;
using Kind = PlainAction::Kind;
using Ids = std::vector<std::string>;

namespace {

Question single() {
  Question q;
  q.id = "contact";
  q.type = QuestionType::single;
  q.options = {{"none", "Not at all", {}, {}, {}, {}},
               {"little", "A little", {}, {}, {}, {}},
               {"lots", "A lot", {}, {}, {}, {}}};
  return q;
}

Question yes_no() {
  Question q;
  q.id = "blood";
  q.type = QuestionType::yes_no;
  q.options = {{"yes", "Yes, that is fine", {}, {}, {}, {}}, {"no", "No, I can't", {}, {}, {}, {}}};
  q.default_option = "yes";
  return q;
}

Question multi() {
  Question q;
  q.id = "settings";
  q.type = QuestionType::multi;
  q.optional = true;
  q.options = {{"hospital", "A hospital", {}, {}, {}, {}},
               {"office", "A doctor's office", {}, {}, {}, {}},
               {"clinic", "A clinic", {}, {}, {}, {}},
               {"home", "From home", {}, {}, {}, {}}};
  q.max_choices = 2;
  return q;
}

Question scale() {
  Question q;
  q.id = "pace";
  q.type = QuestionType::scale;
  q.anchors = {"Calm", "Mostly calm", "In between", "Mostly busy", "Busy"};
  q.default_number = 3;
  return q;
}

Question number() {
  Question q;
  q.id = "months";
  q.type = QuestionType::number;
  q.min = 0;
  q.max = 48;
  q.unit = "months";
  return q;
}

PlainAction parse(const Question& q, std::string_view line, const AnswerSet& current = {}) {
  return parse_plain_input(q, current, line);
}

bool answers(const PlainAction& a, const AnswerValue& value) {
  return a.kind == Kind::answer && a.value == value;
}

std::string reason(const Question& q, std::string_view line) {
  const PlainAction a = parse(q, line);
  CHECK(a.kind == Kind::invalid);
  return a.reason;
}

}  // namespace

TEST_CASE("commands: back, help, quit, skip, whatever the case and blanks") {
  for (const Question& q : {single(), multi(), scale(), number()}) {
    CHECK(parse(q, "b").kind == Kind::back);
    CHECK(parse(q, " Back ").kind == Kind::back);
    CHECK(parse(q, "?").kind == Kind::help);
    CHECK(parse(q, "HELP").kind == Kind::help);
    CHECK(parse(q, "q").kind == Kind::quit);
    CHECK(parse(q, "quit\n").kind == Kind::quit);
  }
  CHECK(parse(multi(), "s").kind == Kind::skip);
  CHECK(parse(multi(), "Skip").kind == Kind::skip);
  CHECK(reason(single(), "s") == "this question cannot be skipped");
  CHECK(reason(number(), "skip") == "this question cannot be skipped");
}

TEST_CASE("single: the option's number, id or label") {
  const Question q = single();
  CHECK(answers(parse(q, "1"), "none"));
  CHECK(answers(parse(q, " 3 "), "lots"));
  CHECK(answers(parse(q, "LITTLE"), "little"));
  CHECK(answers(parse(q, "a lot"), "lots"));
  CHECK(reason(q, "0") == "'0' is not one of the choices; type a number from 1 to 3");
  CHECK(reason(q, "4") == "'4' is not one of the choices; type a number from 1 to 3");
  CHECK(reason(q, "Lots!") == "'Lots!' is not one of the choices; type a number from 1 to 3");
  CHECK(reason(q, "1,2") == "'1,2' is not one of the choices; type a number from 1 to 3");
}

TEST_CASE("yes_no: y and n as well as numbers, ids and labels") {
  const Question q = yes_no();
  CHECK(answers(parse(q, "y"), "yes"));
  CHECK(answers(parse(q, "N"), "no"));
  CHECK(answers(parse(q, "Yes"), "yes"));
  CHECK(answers(parse(q, "2"), "no"));
  CHECK(answers(parse(q, "no, i can't"), "no"));
  CHECK(reason(q, "maybe") == "'maybe' is not one of the choices; type y or n");
}

TEST_CASE("yes_no with a third option, not sure: chosen by its number, and the advice says so") {
  Question q = yes_no();
  q.options.push_back({"not_sure", "I don't know yet", {}, {}, {}, {}});
  CHECK(answers(parse(q, "3"), "not_sure"));
  CHECK(answers(parse(q, "y"), "yes"));
  CHECK(answers(parse(q, "n"), "no"));
  CHECK(reason(q, "4") == "'4' is not one of the choices; type y, n or 3");
}

TEST_CASE("multi: numbers and ids separated by commas and/or blanks, each at most once") {
  const Question q = multi();
  const Ids hospital_clinic{"hospital", "clinic"};
  CHECK(answers(parse(q, "1,3"), hospital_clinic));
  CHECK(answers(parse(q, "1 3"), hospital_clinic));
  CHECK(answers(parse(q, "1, 3"), hospital_clinic));
  CHECK(answers(parse(q, "3,1"), hospital_clinic));  // kept in the options' order
  CHECK(answers(parse(q, "clinic Hospital"), hospital_clinic));
  CHECK(reason(q, "1,1") == "'1' chooses option 1 a second time; choose each option once");
  CHECK(reason(q, "1, hospital") ==
        "'hospital' chooses option 1 a second time; choose each option once");
  CHECK(answers(parse(q, "4"), Ids{"home"}));
  CHECK(answers(parse(q, "a doctor's office"), Ids{"office"}));
  CHECK(reason(q, "1,2,3") == "you can choose at most 2; you chose 3");
  CHECK(reason(q, "1, Five") ==
        "'Five' is not one of the choices; type up to 2 numbers from 1 to 4, like 1,3");
  CHECK(reason(q, ", ,") == "type up to 2 numbers from 1 to 4, like 1,3");
}

TEST_CASE("multi advice depends on the limit") {
  Question q = multi();
  q.max_choices = 4;
  CHECK(medcareer::ui::answer_advice(q) == "type one or more numbers from 1 to 4, like 1,3");
  q.max_choices = 1;
  CHECK(medcareer::ui::answer_advice(q) == "type a number from 1 to 4");
  q.options.resize(2);
  q.max_choices = 2;
  CHECK(medcareer::ui::answer_advice(q) == "type one or more numbers from 1 to 2, like 1,2");
}

TEST_CASE("scale: a whole number from 1 to 5") {
  const Question q = scale();
  CHECK(answers(parse(q, "1"), 1.0));
  CHECK(answers(parse(q, "5"), 5.0));
  CHECK(reason(q, "6") == "'6' is not on the scale; type a number from 1 to 5");
  CHECK(reason(q, "2.5") == "'2.5' is not on the scale; type a number from 1 to 5");
  CHECK(reason(q, "busy") == "'busy' is not on the scale; type a number from 1 to 5");
}

TEST_CASE("number: within min and max, the reason naming the range and unit") {
  const Question q = number();
  CHECK(answers(parse(q, "0"), 0.0));
  CHECK(answers(parse(q, "12"), 12.0));
  CHECK(answers(parse(q, "1.5"), 1.5));
  CHECK(answers(parse(q, "48"), 48.0));
  CHECK(reason(q, "49") == "49 is more than 48; type a number of months from 0 to 48");
  CHECK(reason(q, "-1") == "-1 is less than 0; type a number of months from 0 to 48");
  CHECK(reason(q, "six") == "'six' is not a number; type a number of months from 0 to 48");
  CHECK(reason(q, "6 months") ==
        "'6 months' is not a number; type a number of months from 0 to 48");
  Question unitless = q;
  unitless.unit.clear();
  CHECK(reason(unitless, "x") == "'x' is not a number; type a number from 0 to 48");
}

TEST_CASE("an empty line takes the current answer, else the default, else is refused") {
  PlainAction a = parse(yes_no(), "");
  CHECK(a.kind == Kind::use_default);
  CHECK(a.value == AnswerValue("yes"));
  a = parse(scale(), "  ");
  CHECK(a.kind == Kind::use_default);
  CHECK(a.value == AnswerValue(3.0));

  AnswerSet current;
  current.set("blood", "no");
  current.set("settings", Ids{"home"});
  CHECK(parse(yes_no(), "", current).value == AnswerValue("no"));
  CHECK(parse(multi(), "", current).value == AnswerValue(Ids{"home"}));
  current.set("contact", "gone");  // not an option (any more): as if unanswered
  CHECK(reason(single(), "") == "type a number from 1 to 3");
  CHECK(parse(single(), "", current).reason == "type a number from 1 to 3");

  CHECK(reason(number(), "") == "type a number of months from 0 to 48");
  CHECK(reason(multi(), "") == "type up to 2 numbers from 1 to 4, like 1,3, or s to skip");
}

TEST_CASE("whole_number takes digits only: '3abc' is not 3") {
  using medcareer::ui::whole_number;
  CHECK(whole_number("3") == std::optional<std::size_t>(3));
  CHECK(whole_number(" 12 ") == std::optional<std::size_t>(12));
  CHECK_FALSE(whole_number("3abc").has_value());
  CHECK_FALSE(whole_number("-1").has_value());
  CHECK_FALSE(whole_number("3.5").has_value());
  CHECK_FALSE(whole_number("").has_value());
}
