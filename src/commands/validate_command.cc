// `medcareer validate`: checks a questionnaire and the data together, and proves that every
// first job can come out on top by finding complete answers that put it there (written as
// answers files with --proofs, so that anyone can score them and see).
#include <fmt/core.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "commands/commands.h"
#include "medcareer/answer_space.h"
#include "medcareer/atomic_file.h"
#include "medcareer/catalog_lint.h"
#include "medcareer/recommend.h"
#include "medcareer/scoring.h"
#include "medcareer/scoring_model.h"
#include "ui/wrap.h"

namespace medcareer::commands {

namespace {

std::string value_text(const AnswerValue& v) {
  if (const auto* one = std::get_if<std::string>(&v)) return *one;
  if (const auto* many = std::get_if<std::vector<std::string>>(&v)) {
    std::string out = "[";
    for (std::size_t i = 0; i < many->size(); ++i) out += (i ? "," : "") + (*many)[i];
    return out + "]";
  }
  return fmt::format("{}", std::get<double>(v));
}

// The answers of a proof that say something: those that differ from the question's neutral
// answer; the proof file (--proofs) has them all.
std::string answers_line(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::string out;
  std::size_t neutral = 0;
  for (const auto& q : questionnaire.questions) {
    const Answer* a = answers.find(q.id);
    if (!a) continue;
    if (neutral_answer(q) == a->value) {
      ++neutral;
      continue;
    }
    out += (out.empty() ? "" : " ") + q.id + "=" + value_text(a->value);
  }
  if (neutral > 0) out += fmt::format(" (and {} neutral answers)", neutral);
  return out;
}

struct Options {
  std::string proofs;  // folder for one answers file per role, or empty
};

int run_validate(Context& context, const Options& options) {
  const Catalog& catalog = context.catalog();
  const Questionnaire& questionnaire = context.questionnaire();  // loads and cross-checks
  std::size_t entry = catalog.entry_roles().size();
  print(fmt::format("questionnaire {}: '{}' version {}, {} questions in {} sections, {} traits\n",
                    questionnaire.path, questionnaire.id, questionnaire.version,
                    questionnaire.questions.size(), questionnaire.sections.size(),
                    questionnaire.traits.size()));
  print(fmt::format("data: {} roles ({} first jobs), {} certifications, {} sources\n",
                    catalog.roles.size(), entry, catalog.certifications.size(),
                    catalog.sources.size()));
  print("ok  every file is well formed, every id is unique, every reference resolves\n");
  print("ok  every weight is from -3 to 3 and names a declared trait\n");
  print(fmt::format("ok  every profile gives a level for each of the {} traits\n",
                    questionnaire.traits.size()));
  print("ok  conditions refer only to earlier questions, so they cannot form a cycle\n");
  // Every problem is reported, not only the first: one run shows all there is to fix.
  std::size_t problems = 0;
  auto problem = [&](const Error& error) {
    flush(stdout);
    report(error);
    ++problems;
  };
  bool all_asked = true;
  for (const auto& q : questionnaire.questions) {
    if (!can_be_asked(questionnaire, q)) {
      all_asked = false;
      problem(Error{q.when->where,
                    "question '" + q.id + "' can never be asked: no answer to '" +
                        q.when->question + "' meets its condition",
                    ""});
    }
  }
  if (all_asked) print("ok  every question can be asked\n");
  const std::vector<Error> findings = lint_catalog(catalog, questionnaire);
  for (const auto& finding : findings) problem(finding);
  if (findings.empty()) {
    print("ok  catalog lint: every figure is sourced, lists join only like figures\n");
  }
  if (!options.proofs.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.proofs, ec);
    if (ec) {
      throw Failure{Error{{options.proofs}, "cannot create the folder: " + ec.message(), ""},
                    exit_code::usage};
    }
  }
  const ScoringModel model(questionnaire, catalog);
  if (model.full_weight() >= 2 * model.two_answers_weight()) {
    const std::string line = fmt::format(
        "thin evidence stays near 50: full evidence is a weight of {}, at least twice the {} "
        "that any two answers can carry",
        model.full_weight(), model.two_answers_weight());
    print(ui::wrap(line, context.stdout_width(), "ok  ", "      "));
  } else {
    problem(Error{{questionnaire.path},
                  fmt::format("'full_evidence' is {}, less than twice the {} that two answers can "
                              "carry, so one or two answers could show a strong match",
                              model.full_weight(), model.two_answers_weight()),
                  ""});
  }
  for (const Role* role : catalog.entry_roles()) {
    auto answers = answers_favoring(model, role->id);
    if (!answers) {
      const Profile* profile = catalog.find_profile(role->id);
      problem(Error{profile ? profile->where : role->where,
                    "no answers found that put '" + role->id + "' first",
                    "its profile may be too close to another role's, or other roles may win "
                    "every tie (ties go to the role whose id sorts first)"});
      continue;
    }
    answers->respondent = "proof for " + role->id;
    ScoreResult s = model.score(*answers);
    const std::string line =
        fmt::format("{} can come first ({:.1f}, next {} {:.1f}) with: {}", role->id,
                    round_match(s.ranking[0].match), s.ranking[1].role,
                    round_match(s.ranking[1].match), answers_line(questionnaire, *answers));
    print(ui::wrap(line, context.stdout_width(), "ok  ", "      "));
    if (!options.proofs.empty()) {
      const std::string path = options.proofs + "/" + role->id + ".yaml";
      auto written = write_file_atomically(path, answers_to_yaml(*answers, questionnaire));
      if (!written) throw Failure{written.error(), exit_code::usage};
    }
  }
  flush(stdout);
  if (problems > 0) {
    std::fprintf(stderr, "medcareer: %zu problem%s found\n", problems, problems == 1 ? "" : "s");
    return exit_code::usage;
  }
  print("valid\n");
  return exit_code::ok;
}

}  // namespace

void setup_validate(CLI::App& app, Context& context) {
  auto options = std::make_shared<Options>();
  CLI::App* validate =
      app.add_subcommand("validate", "Check the questionnaire and the data together");
  validate
      ->add_option("--proofs", options->proofs,
                   "Write the answers that put each first job on top, one answers file per "
                   "role (ROLE.yaml), into this folder")
      ->type_name("DIR");
  validate->callback([&context, options] { context.exit_code = run_validate(context, *options); });
}

}  // namespace medcareer::commands
