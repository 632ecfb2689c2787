#include "commands/cli_walk.h"

#include <doctest/doctest.h>

using namespace medcareer::commands;

namespace {

// A small app of the same shape as medcareer's: a global option, a command with
// subcommands, and one with a positional list and options.
struct TestApp {
  CLI::App app{"test", "medcareer"};
  std::string data_dir, format, color;
  std::vector<std::string> ids, inputs;
  bool summary = false;
  TestApp() {
    app.fallthrough();
    app.add_option("--data-dir", data_dir)->type_name("DIR");
    app.add_option("--color", color)->check(CLI::IsMember({"auto", "never"}));
    CLI::App* roles = app.add_subcommand("roles", "Roles");
    roles->add_subcommand("show", "One role")->add_option("ROLE", ids);
    CLI::App* score = app.add_subcommand("score", "Score");
    score->add_option("INPUT", inputs);
    score->add_option("-f,--format", format)->check(CLI::IsMember({"text", "json"}));
    score->add_flag("--summary", summary);
    app.add_subcommand("__hidden", "")->group("");
  }
};

}  // namespace

TEST_CASE("the walk follows commands, options and their values") {
  TestApp t;
  WalkState s = walk(t.app, {"--data-dir", "mine", "roles", "show"});
  REQUIRE(s.chain.size() == 3);
  CHECK(s.innermost().get_name() == "show");
  CHECK(s.data_dir == "mine");
  CHECK(s.pending == nullptr);

  s = walk(t.app, {"score", "a.yaml", "--summary", "-f"});
  REQUIRE(s.pending != nullptr);
  CHECK(s.pending->get_name() == "--format");
  CHECK(choices(*s.pending) == std::vector<std::string>{"text", "json"});
  CHECK(s.positionals == 1);

  s = walk(t.app, {"score", "--format=json", "--color"});  // a global after the command
  REQUIRE(s.pending != nullptr);
  CHECK(s.pending->get_name() == "--color");
}

TEST_CASE("a near miss is named with what was meant") {
  TestApp t;
  auto m = find_mistake(t.app, {"rols"});
  REQUIRE(m);
  CHECK(m->message == "unknown command 'rols'");
  CHECK(m->hint == "did you mean 'roles'?");

  m = find_mistake(t.app, {"score", "x.csv", "--sumary"});
  REQUIRE(m);
  CHECK(m->message == "unknown option '--sumary' for 'score'");
  CHECK(m->hint == "did you mean '--summary'?");

  m = find_mistake(t.app, {"score", "--summary", "--format", "jsno"});  // a flag takes no value
  REQUIRE(m);
  CHECK(m->message == "'jsno' is not a value of --format (text, json)");
  CHECK(m->hint == "did you mean 'json'?");

  m = find_mistake(t.app, {"roles", "--data-dri", "d"});
  REQUIRE(m);
  CHECK(m->hint == "did you mean '--data-dir'?");

  m = find_mistake(t.app, {"__hiden"});  // hidden commands are never suggested
  REQUIRE(m);
  CHECK(m->hint.empty());

  CHECK_FALSE(find_mistake(t.app, {"score", "a.yaml", "b.csv", "-f", "json", "--summary"}));
}
