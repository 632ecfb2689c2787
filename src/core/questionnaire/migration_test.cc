// Answers of an older version read by the migration table: renames, options that become
// other answers, the note, and every way a table or an answers file can be refused.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "medcareer/answers.h"
#include "medcareer/migration.h"
#include "medcareer/record_reader.h"
#include "testing/test_fixture.h"

using namespace medcareer;

namespace {

// Version 3 of a quiz: version 1 called `speed` what is now `pace` and had one question
// `hands` where there are now `hands` and a list of tasks; version 2 only reworded.
const std::string kQuiz = R"(id: quiz
version: 3
title: T
migrations:
  - from: 1
    note: the hands-on question now asks about each task
    prompts: {hands: "Would you like hands-on care?"}
    changes:
      - {question: speed, rename: pace}
      - {question: hands, option: 'yes', becomes: {hands: 'yes', tasks: [shots, blood]}}
      - {question: hands, option: maybe, becomes: {}}
  - from: 2
    note: two prompts were reworded
traits:
  - {id: t, label: T}
sections:
  - id: s
    title: S
    questions:
      - id: hands
        prompt: Would you like to care for patients with your hands?
        help: h
        type: single
        optional: true
        options:
          - {id: 'yes', label: 'Yes', traits: {t: 2}}
          - {id: 'no', label: 'No', traits: {t: -2}}
      - id: tasks
        prompt: Which tasks?
        help: h
        type: multi
        optional: true
        options:
          - {id: shots, label: Shots, traits: {t: 1}}
          - {id: blood, label: Blood, traits: {t: 1}}
          - {id: vitals, label: Vitals}
      - id: pace
        prompt: What pace?
        help: h
        type: scale
        optional: true
        anchors: [a, b, c, d, e]
        traits: {t: 1}
)";

Questionnaire quiz(const std::string& text = kQuiz) {
  auto q = load_questionnaire({"q.yaml", "q.yaml", text});
  REQUIRE_MESSAGE(q.ok(), (q.ok() ? "" : q.error().to_string()));
  return q.value();
}

std::string load_error(const std::string& from, const std::string& to) {
  std::string text = kQuiz;
  auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  auto q = load_questionnaire({"q.yaml", "q.yaml", text});
  return q.ok() ? "loaded" : q.error().to_string();
}

Result<AnswerSet> read(const Questionnaire& q, const std::string& text) {
  return load_answers("a.yaml", text, q);
}

std::vector<std::string> list(const AnswerSet& a, const std::string& id) {
  return std::get<std::vector<std::string>>(a.find(id)->value);
}

}  // namespace

TEST_CASE("an answer of version 1 is renamed, split or dropped as the table says") {
  const Questionnaire q = quiz();
  auto a = read(q, "version: 1\nanswers:\n  hands: 'yes'\n  speed: 4\n  tasks: [vitals]\n");
  REQUIRE_MESSAGE(a.ok(), (a.ok() ? "" : a.error().to_string()));
  CHECK(a.value().version == 3);
  CHECK(a.value().migrated_from == 1);
  CHECK(std::get<std::string>(a.value().find("hands")->value) == "yes");
  // Merged with what the file already ticked, each option once, in the order they came.
  CHECK(list(a.value(), "tasks") == std::vector<std::string>{"shots", "blood", "vitals"});
  CHECK(std::get<double>(a.value().find("pace")->value) == 4);
  CHECK(a.value().find("speed") == nullptr);

  auto dropped = read(q, "version: 1\nanswers:\n  hands: maybe\n");
  REQUIRE(dropped.ok());
  CHECK(dropped.value().find("hands") == nullptr);  // an option that became nothing

  auto skipped = read(q, "version: 1\nanswers: {}\nskipped: [speed]\n");
  REQUIRE(skipped.ok());
  CHECK(skipped.value().skipped == std::vector<std::string>{"pace"});
}

TEST_CASE("an answer no change names is read as written") {
  const Questionnaire q = quiz();
  auto a = read(q, "version: 2\nanswers:\n  hands: 'yes'\n");
  REQUIRE(a.ok());
  CHECK(a.value().migrated_from == 2);
  CHECK(a.value().find("tasks") == nullptr);  // version 2's table changes no answer
  auto wrong = read(q, "version: 1\nanswers:\n  hands: perhaps\n");
  REQUIRE_FALSE(wrong.ok());  // still checked against this version
  CHECK(wrong.error().to_string() == "a.yaml:3:10: 'hands' has no option 'perhaps'");
}

TEST_CASE("the note names both versions and points at the file's version") {
  const Questionnaire q = quiz();
  auto a = read(q, "questionnaire: quiz\nversion: 1\nanswers: {hands: 'no'}\n");
  REQUIRE(a.ok());
  auto note = migration_note(a.value(), q);
  REQUIRE(note.has_value());
  CHECK(note->to_string() ==
        "a.yaml:2:10: these answers are for version 1 of 'quiz', read as version 3: the "
        "hands-on question now asks about each task");
  auto current = read(q, "version: 3\nanswers: {hands: 'no'}\n");
  REQUIRE(current.ok());
  CHECK_FALSE(migration_note(current.value(), q).has_value());
  CHECK_FALSE(migration_note(read(q, "answers: {}\n").value(), q).has_value());
}

TEST_CASE("a newer version, or an older one with no way to read it, is refused at the value") {
  const Questionnaire q = quiz();
  auto newer = read(q, "version: 4\nanswers: {}\n");
  REQUIRE_FALSE(newer.ok());
  CHECK(newer.error().to_string() ==
        "a.yaml:1:10: these answers are for version 4 of 'quiz', newer than this one (version "
        "3)");
  CHECK(newer.error().hint ==
        "update medcareer, or score with the questionnaire of that version (--questions)");
  const Questionnaire without =
      quiz(kQuiz.substr(0, kQuiz.find("  - from: 2")) + kQuiz.substr(kQuiz.find("traits:")));
  auto older = read(without, "version: 2\nanswers: {}\n");
  REQUIRE_FALSE(older.ok());
  CHECK(older.error().to_string() ==
        "a.yaml:1:10: these answers are for version 2 of 'quiz', but this is version 3, which "
        "cannot read them");
}

TEST_CASE("a migration table is checked against the questionnaire it leads to") {
  CHECK(load_error("- from: 2", "- from: 3") == "q.yaml:12:11: 'from' must be from 1 to 2, not 3");
  CHECK(load_error("- from: 2", "- from: 1") == "q.yaml:12:5: a second migration from version 1");
  CHECK(load_error("rename: pace}", "rename: speed}") ==
        "q.yaml:9:35: 'speed' is not a question of version 3");
  CHECK(load_error("tasks: [shots, blood]", "tasks: [shots, blod]") ==
        "q.yaml:10:73: 'tasks' has no option 'blod'");
  CHECK(load_error("tasks: [shots, blood]}", "tasks: [shots, blood], pace: a}") ==
        "q.yaml:10:89: 'pace' is answered with a number, so no option can become it");
  CHECK(load_error("becomes: {hands: 'yes', tasks", "becomes: {hands: ['yes', 'no'], tasks") ==
        "q.yaml:10:52: 'hands' takes one option");
  CHECK(load_error("{question: speed, rename: pace}", "{question: speed}") ==
        "q.yaml:9:9: a change without 'option' renames the question: give 'rename' only");
  CHECK(load_error("option: maybe, becomes: {}", "option: maybe") ==
        "q.yaml:11:9: a change of an option says what it 'becomes' (and renames nothing)");
  CHECK(load_error("note: two prompts were reworded", "note: \"two\\nlines\"") ==
        "q.yaml:13:11: 'note' must be one line of text");
  CHECK(load_error("prompts: {hands:", "prompts: {hand:") ==
        "q.yaml:7:15: 'hand' is not a question of version 3");
  CHECK(load_error("version: 3", "version: 1").find("version 1 has no older version") !=
        std::string::npos);
}

TEST_CASE("a CSV export headed with an old prompt finds its question") {
  const Questionnaire q = quiz();
  std::istringstream in("Would you like hands-on care?,pace\nYes,2\n");
  auto reader = open_records(in, "old.csv", InputFormat::csv, q);
  Record r;
  REQUIRE(reader->next(r));
  REQUIRE_MESSAGE(r.answers.ok(), (r.answers.ok() ? "" : r.answers.error().to_string()));
  REQUIRE(r.answers.value().find("hands") != nullptr);
  CHECK(std::get<std::string>(r.answers.value().find("hands")->value) == "yes");
}

TEST_CASE("the default questionnaire reads its version-1 answers") {
  medcareer::testing::RealData d;
  REQUIRE(d.questionnaire.version == 2);
  auto a = load_answers("old.yaml", "version: 1\nanswers:\n  hands_on: love_it\n", d.questionnaire);
  REQUIRE(a.ok());
  CHECK(list(a.value(), "care_tasks") ==
        std::vector<std::string>{"vitals", "injections", "procedures"});
  auto fine = load_answers("old.yaml", "version: 1\nanswers:\n  hands_on: fine\n", d.questionnaire);
  REQUIRE(fine.ok());
  CHECK(fine.value().find("care_tasks") == nullptr);
}
