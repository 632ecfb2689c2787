#include "ui/quiz_screen.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/wrap.h"

using namespace medcareer;
using ui::QuestionView;
using ui::ReviewView;
using ui::Style;

namespace {

using Rows = std::vector<std::string>;

Rows rows_of(const ui::ScreenParts& parts, std::size_t width, std::size_t height) {
  return ui::split_lines(ui::fit_screen(parts, width, height, 0, Style()).text);
}

bool has_row(const Rows& rows, const std::string& text) {
  return std::any_of(rows.begin(), rows.end(),
                     [&](const std::string& r) { return r.find(text) != std::string::npos; });
}

Question scale() {
  Question q;
  q.id = "pace";
  q.prompt = "What kind of pace do you want at work?";
  q.help = "Help.";
  q.type = QuestionType::scale;
  q.anchors = {"Calm and steady", "Mostly calm", "In between", "Mostly busy", "Fast and busy"};
  q.default_number = 3;
  return q;
}

Question single(std::size_t options, const std::string& label) {
  Question q;
  q.id = "where";
  q.prompt = "Where would you like to work, and with whom, on most days of the week?";
  q.help =
      "A long help text that explains every option in some detail, so that it takes "
      "many rows on a narrow terminal and pushes everything else off the screen.";
  q.type = QuestionType::single;
  for (std::size_t i = 0; i < options; ++i) {
    q.options.push_back(
        {"o" + std::to_string(i), label + " " + std::to_string(i + 1), {}, {}, {}, {}});
  }
  return q;
}

QuestionView view_of(const Question& q) {
  QuestionView v;
  v.question = &q;
  v.section_title = "Your workday";
  v.number = 5;
  v.count = 22;
  v.chosen.assign(ui::option_count(q), false);
  return v;
}

}  // namespace

TEST_CASE("a scale names its ends and marks its default until it is answered") {
  const Question q = scale();
  QuestionView v = view_of(q);
  v.cursor = 2;
  Rows rows = rows_of(ui::render_question(v, Style(), 80), 80, 30);
  CHECK(has_row(rows, "A scale from 1 (Calm and steady) to 5 (Fast and busy)."));
  CHECK(has_row(rows, "> 3. ( ) In between (default)"));
  v.current = 1;
  v.cursor = 1;
  rows = rows_of(ui::render_question(v, Style(), 80), 80, 30);
  CHECK(has_row(rows, "> 2. (*) Mostly calm"));
  CHECK_FALSE(has_row(rows, "(default)"));
}

TEST_CASE("wrapped option labels continue under the label, not under the number") {
  const Question q =
      single(2, "A very long option label that will certainly need more than one row");
  QuestionView v = view_of(q);
  Rows rows = rows_of(ui::render_question(v, Style(), 40), 40, 30);
  auto first = std::find_if(rows.begin(), rows.end(),
                            [](const std::string& r) { return r.starts_with("> 1. ( ) A very"); });
  REQUIRE(first != rows.end());
  const std::string& next = *(first + 1);
  CHECK(next.find_first_not_of(' ') == std::string("> 1. ( ) ").size());
}

TEST_CASE("on a short terminal the count, the prompt and the option under the cursor stay") {
  const Question q = single(5, "Option");
  QuestionView v = view_of(q);
  v.cursor = 4;
  v.show_help = true;
  Rows rows = rows_of(ui::render_question(v, Style(), 30), 30, 12);
  CHECK(rows.size() == 12);
  CHECK(rows[0].starts_with("Your workday - question 5"));
  CHECK(has_row(rows, "Where would you like to work,"));
  CHECK(has_row(rows, "> 5. ( ) Option 5"));
  // A message in answer to a key shows too.
  v.message = "Pick a number from 1 to 5.";
  rows = rows_of(ui::render_question(v, Style(), 30), 30, 12);
  CHECK(has_row(rows, "Pick a number from 1 to 5."));
  CHECK(has_row(rows, "> 5. ( ) Option 5"));
}

TEST_CASE("the review keeps its title on a narrow terminal, wherever the cursor is") {
  ReviewView v;
  for (int i = 0; i < 22; ++i) {
    v.lines.push_back({"How do you feel about a question that is rather long to read?",
                       "An answer " + std::to_string(i + 1)});
  }
  for (std::size_t cursor : {std::size_t{0}, std::size_t{11}, std::size_t{22}}) {
    v.cursor = cursor;
    Rows rows = rows_of(ui::render_review(v, Style(), 40), 40, 30);
    CAPTURE(cursor);
    CHECK(rows.size() == 30);
    CHECK(rows[0] == "Your answers");
    CHECK(has_row(rows, cursor == 22 ? "> See my results"
                                     : "> " + std::string(cursor < 9 ? " " : "") +
                                           std::to_string(cursor + 1) + ". How"));
  }
  // Continuation lines start under the prompt, past the right-aligned number.
  v.cursor = 0;
  Rows rows = rows_of(ui::render_review(v, Style(), 40), 40, 30);
  auto first = std::find_if(rows.begin(), rows.end(),
                            [](const std::string& r) { return r.starts_with(">  1. How"); });
  REQUIRE(first != rows.end());
  CHECK((first + 1)->find_first_not_of(' ') == std::string(">  1. ").size());
}

TEST_CASE("the welcome keeps its title and the way to start on a small terminal") {
  Questionnaire questionnaire;
  questionnaire.title = "Healthcare support career quiz";
  for (int i = 0; i < 100; ++i) questionnaire.intro += "word ";
  Rows rows = rows_of(ui::render_welcome(questionnaire, 22, "", Style(), 40), 40, 15);
  CHECK(rows.size() == 15);
  CHECK(rows[0] == "Healthcare support career quiz");
  CHECK(rows.back().starts_with("Press Enter to start."));
  CHECK(has_row(rows, "more lines below; down scrolls)"));
}

namespace {

ui::ContradictionView contradiction() {
  ui::ContradictionView v;
  v.trait = "Hands-on care";
  v.first = {"Would you like to do hands-on care?", "Yes, that is what I want to do"};
  v.second = {"Are you OK around blood and needles?", "No, I can't handle that"};
  return v;
}

}  // namespace

TEST_CASE("which matters more: both answers as in the review, keep both, the keys") {
  ui::ContradictionView v = contradiction();
  v.cursor = 1;
  CHECK(ui::fit_screen(ui::render_contradiction(v, Style(), 50), 50, 30, 0, Style()).text ==
        "Which matters more?\n"
        "Two of your answers pull \"Hands-on care\" in\n"
        "opposite directions. Pick the one that matters\n"
        "more to you; the other is set aside before your\n"
        "results are worked out.\n"
        "\n"
        "  1. Would you like to do hands-on care? -> Yes,\n"
        "     that is what I want to do\n"
        "> 2. Are you OK around blood and needles? -> No, I\n"
        "     can't handle that\n"
        "  3. Keep both answers as they are\n"
        "\n"
        "up/down or j/k move, Enter or a number chooses,\n"
        "left or b goes back, ? help, q quits");
}

TEST_CASE("which matters more: help, a message and the question to stop") {
  ui::ContradictionView v = contradiction();
  v.cursor = 2;
  v.show_help = true;
  v.confirm_quit = true;
  v.message = "Pick a number from 1 to 3.";
  CHECK(ui::fit_screen(ui::render_contradiction(v, Style(), 50), 50, 30, 0, Style()).text ==
        "Which matters more?\n"
        "Two of your answers pull \"Hands-on care\" in\n"
        "opposite directions. Pick the one that matters\n"
        "more to you; the other is set aside before your\n"
        "results are worked out.\n"
        "\n"
        "  1. Would you like to do hands-on care? -> Yes,\n"
        "     that is what I want to do\n"
        "  2. Are you OK around blood and needles? -> No, I\n"
        "     can't handle that\n"
        "> 3. Keep both answers as they are\n"
        "\n"
        "  The answer you do not pick is set aside: a\n"
        "  choice of one goes to its neutral answer (such\n"
        "  as \"I don't mind\" or the middle of a scale), and\n"
        "  a choice of several loses the options that pull\n"
        "  this way. Both kept, they partly cancel out. To\n"
        "  change an answer yourself instead, go back to\n"
        "  your answers.\n"
        "\n"
        "Pick a number from 1 to 3.\n"
        "\n"
        "Save your answers and stop? y saves and stops, n\n"
        "goes on.\n"
        "\n"
        "up/down or j/k move, Enter or a number chooses,\n"
        "left or b goes back, ? help, q quits");
}

TEST_CASE("which matters more: on a short terminal the title, the choice and the keys stay") {
  ui::ContradictionView v = contradiction();
  v.cursor = 2;
  v.show_help = true;
  Rows rows = rows_of(ui::render_contradiction(v, Style(), 30), 30, 12);
  CHECK(rows.size() == 12);
  CHECK(rows[0] == "Which matters more?");
  CHECK(has_row(rows, "> 3. Keep both answers as"));
  // The footer keeps its first row of keys, cut between hints, never inside one.
  CHECK(rows.back() == "up/down or j/k move,");
}
