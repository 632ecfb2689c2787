#include <doctest/doctest.h>

#include "ui/plain_input.h"

using medcareer::AnswerSet;
using medcareer::Question;
using medcareer::QuestionType;
using medcareer::ui::render_plain_prompt;
using medcareer::ui::Style;

namespace {

Question patient_contact() {
  Question q;
  q.id = "patient_contact";
  q.prompt = "How much do you want to be with patients, face to face?";
  q.type = QuestionType::single;
  q.options = {{"none", "Not at all. I'd rather work behind the scenes.", {}, {}, {}, {}},
               {"little", "A little, like a short chat now and then", {}, {}, {}, {}},
               {"either", "I don't mind either way", {}, {}, {}, {}}};
  q.default_option = "either";
  return q;
}

Question work_settings() {
  Question q;
  q.id = "work_settings";
  q.prompt = "Where would you like to work?";
  q.type = QuestionType::multi;
  q.optional = true;
  q.options = {{"hospital", "A hospital", {}, {}, {}, {}},
               {"office", "A small doctor's office", {}, {}, {}, {}},
               {"clinic", "A clinic or urgent care center", {}, {}, {}, {}},
               {"home", "From home", {}, {}, {}, {}}};
  q.max_choices = 3;
  return q;
}

Question pace() {
  Question q;
  q.id = "pace";
  q.prompt = "What kind of pace do you want at work?";
  q.type = QuestionType::scale;
  q.anchors = {"Calm and steady", "Mostly calm", "In between", "Mostly busy",
               "Fast and busy, lots going on"};
  q.default_number = 3;
  return q;
}

Question training_months() {
  Question q;
  q.id = "training_months";
  q.prompt = "How many months can you spend on training before you start working?";
  q.type = QuestionType::number;
  q.min = 0;
  q.max = 48;
  q.unit = "months";
  q.default_number = 6;
  return q;
}

}  // namespace

TEST_CASE("a single question lists its options and marks the default") {
  CHECK(render_plain_prompt(patient_contact(), {}, Style(), 60) ==
        "How much do you want to be with patients, face to face?\n"
        "  1. Not at all. I'd rather work behind the scenes.\n"
        "  2. A little, like a short chat now and then\n"
        "  3. I don't mind either way (default)\n"
        "Type a number from 1 to 3, or press Enter for the default\n"
        "(3).\n"
        "Or type: b back, ? help, q quit.\n");
}

TEST_CASE("a multi question marks the current choices and offers skip") {
  AnswerSet current;
  current.set("work_settings", std::vector<std::string>{"office", "home"});
  CHECK(render_plain_prompt(work_settings(), current, Style(), 80) ==
        "Where would you like to work?\n"
        "  1. A hospital\n"
        "  2. A small doctor's office (chosen)\n"
        "  3. A clinic or urgent care center\n"
        "  4. From home (chosen)\n"
        "Type up to 3 numbers from 1 to 4, like 1,3, or press Enter to keep your answer\n"
        "(2,4).\n"
        "Or type: b back, ? help, s skip, q quit.\n");
  CHECK(render_plain_prompt(work_settings(), {}, Style(), 80) ==
        "Where would you like to work?\n"
        "  1. A hospital\n"
        "  2. A small doctor's office\n"
        "  3. A clinic or urgent care center\n"
        "  4. From home\n"
        "Type up to 3 numbers from 1 to 4, like 1,3.\n"
        "Or type: b back, ? help, s skip, q quit.\n");
}

TEST_CASE("a scale question numbers its anchors and marks the current answer") {
  AnswerSet current;
  current.set("pace", 4.0);
  CHECK(render_plain_prompt(pace(), current, Style(), 80) ==
        "What kind of pace do you want at work?\n"
        "  1. Calm and steady\n"
        "  2. Mostly calm\n"
        "  3. In between\n"
        "  4. Mostly busy (your answer)\n"
        "  5. Fast and busy, lots going on\n"
        "Type a number from 1 to 5, or press Enter to keep your answer (4).\n"
        "Or type: b back, ? help, q quit.\n");
}

TEST_CASE("a number question names its range, unit and default") {
  CHECK(render_plain_prompt(training_months(), {}, Style(), 80) ==
        "How many months can you spend on training before you start working?\n"
        "Type a number of months from 0 to 48, or press Enter for the default (6 months).\n"
        "Or type: b back, ? help, q quit.\n");
}

TEST_CASE("long labels wrap under their text, and colour marks the prompt and the hint") {
  CHECK(render_plain_prompt(patient_contact(), {}, Style(true), 30) ==
        "\x1b[1mHow much do you want to be\n"
        "with patients, face to face?\x1b[0m\n"
        "  1. Not at all. I'd rather\n"
        "     work behind the scenes.\n"
        "  2. A little, like a short\n"
        "     chat now and then\n"
        "  3. I don't mind either way\n"
        "     \x1b[1m(default)\x1b[0m\n"
        "\x1b[2mType a number from 1 to 3, or\n"
        "press Enter for the default\n"
        "(3).\n"
        "Or type: b back, ? help, q\n"
        "quit.\x1b[0m\n");
}

TEST_CASE("a number answer of one reads in the singular") {
  AnswerSet current;
  current.set("training_months", 1.0);
  CHECK(render_plain_prompt(training_months(), current, Style(), 200).find(
            "press Enter to keep your answer (1 month).") != std::string::npos);
}

TEST_CASE("a yes/no question names the answer Enter takes, not its number") {
  Question q;
  q.id = "blood_ok";
  q.prompt = "Are you OK around blood?";
  q.type = QuestionType::yes_no;
  q.options = {{"yes", "Yes, that doesn't bother me", {}, {}, {}, {}},
               {"no", "No, I can't handle that", {}, {}, {}, {}}};
  q.default_option = "yes";
  CHECK(render_plain_prompt(q, {}, Style(), 80) ==
        "Are you OK around blood?\n"
        "  1. Yes, that doesn't bother me (default)\n"
        "  2. No, I can't handle that\n"
        "Type y or n, or press Enter for Yes.\n"
        "Or type: b back, ? help, q quit.\n");
  AnswerSet current;
  current.set("blood_ok", std::string("no"));
  CHECK(render_plain_prompt(q, current, Style(), 80).find(
            "Type y or n, or press Enter to keep No.") != std::string::npos);
}
