// `medcareer score INPUT...`: scores answers files and prints or writes the results.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>

#include "commands/commands.h"
#include "commands/score_output.h"
#include "medcareer/atomic_file.h"
#include "medcareer/source_file.h"

namespace medcareer::commands {

namespace {

struct ScoreOptions {
  std::vector<std::string> inputs;
  OutputOptions output;
  std::string output_file;
  bool strict = false;
};

Result<SourceFile> read_input(const std::string& path) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return SourceFile{"<stdin>", "<stdin>", std::move(text)};
  }
  return read_source_file(path, path);
}

int run_score(Context& context, ScoreOptions& options) {
  const Questionnaire& questionnaire = context.questionnaire();
  const Catalog& catalog = context.catalog();
  std::vector<Scored> results;
  std::size_t failed = 0;
  for (const auto& input : options.inputs) {
    auto file = read_input(input);
    Result<AnswerSet> answers =
        file ? load_answers(file.value().path, file.value().text, questionnaire)
             : Result<AnswerSet>(file.error());
    if (!answers) {
      report(answers.error());
      ++failed;
      if (options.strict) return exit_code::bad_input;
      continue;
    }
    const AnswerSet& set = answers.value();
    std::string respondent = set.respondent.empty() ? input : set.respondent;
    results.push_back({respondent, recommend(questionnaire, catalog, set, options.output.explain)});
  }
  options.output.width = context.stdout_width();
  if (options.output_file.empty()) options.output.style = context.stdout_style();
  std::string text =
      results.empty() ? "" : format_results(questionnaire, catalog, results, options.output);
  if (options.output_file.empty()) {
    std::fputs(text.c_str(), stdout);
  } else if (auto written = write_file_atomically(options.output_file, text); !written) {
    throw Failure{written.error(), exit_code::bad_input};
  }
  std::fflush(stdout);  // results before the summary line when both go to a terminal
  if (options.inputs.size() > 1 || failed > 0) {
    std::fprintf(stderr, "medcareer: %zu scored, %zu failed\n", results.size(), failed);
  }
  return failed > 0 ? exit_code::bad_input : exit_code::ok;
}

}  // namespace

void setup_score(CLI::App& app, Context& context) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* score = app.add_subcommand("score", "Score answers files and recommend a path");
  score->add_option("INPUT", options->inputs, "Answers files (YAML); - reads standard input")
      ->required();
  add_format_option(*score, options->output.format, {"table", "json", "jsonl", "csv"});
  score->add_option("--output", options->output_file, "Write the results to FILE (atomically)")
      ->type_name("FILE");
  score->add_flag("--explain", options->output.explain,
                  "Say which answers raised and lowered the top role, and what would change it");
  score->add_flag("--strict", options->strict, "Stop at the first invalid input");
  score->callback([&context, options] { context.exit_code = run_score(context, *options); });
}

}  // namespace medcareer::commands
