// `medcareer validate`: checks a questionnaire and the data together, and proves that every
// first job can come out on top by finding answers that put it there.
#include <fmt/core.h>

#include <memory>

#include "commands/commands.h"
#include "medcareer/answer_space.h"
#include "medcareer/recommend.h"
#include "medcareer/scoring.h"

namespace medcareer::commands {

namespace {

// A question is reachable if the question its condition looks at is reachable and some
// answer to that question satisfies the condition.
bool reachable(const Questionnaire& questionnaire, const Question& q) {
  if (!q.when) return true;
  const Condition& c = *q.when;
  const Question* target = questionnaire.find_question(c.question);
  if (!target || !reachable(questionnaire, *target)) return false;
  for (const auto& value : alternative_answers(*target, nullptr)) {
    AnswerSet trial;
    trial.set(target->id, value);
    if (is_asked(q, trial)) return true;
  }
  return false;
}

std::string answers_line(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::string out;
  for (const auto& q : questionnaire.questions) {
    const Answer* a = answers.find(q.id);
    if (!a) continue;
    std::string value;
    if (const auto* one = std::get_if<std::string>(&a->value)) value = *one;
    if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
      value = "[";
      for (std::size_t i = 0; i < many->size(); ++i) value += (i ? "," : "") + (*many)[i];
      value += "]";
    }
    if (const auto* n = std::get_if<double>(&a->value)) value = fmt::format("{}", *n);
    out += (out.empty() ? "" : " ") + q.id + "=" + value;
  }
  return out;
}

int run_validate(Context& context) {
  const Catalog& catalog = context.catalog();
  const Questionnaire& questionnaire = context.questionnaire();  // loads and cross-checks
  std::size_t entry = catalog.entry_roles().size();
  fmt::print("questionnaire {}: '{}' version {}, {} questions in {} sections, {} traits\n",
             questionnaire.path, questionnaire.id, questionnaire.version,
             questionnaire.questions.size(), questionnaire.sections.size(),
             questionnaire.traits.size());
  fmt::print("data: {} roles ({} first jobs), {} certifications, {} sources\n",
             catalog.roles.size(), entry, catalog.certifications.size(), catalog.sources.size());
  fmt::print("ok  every file is well formed, every id is unique, every reference resolves\n");
  fmt::print("ok  every weight is from -3 to 3 and names a declared trait\n");
  fmt::print("ok  every profile gives a level for each of the {} traits\n",
             questionnaire.traits.size());
  fmt::print("ok  conditions refer only to earlier questions, so they cannot form a cycle\n");
  for (const auto& q : questionnaire.questions) {
    if (!reachable(questionnaire, q)) {
      throw Failure{Error{q.where,
                          "question '" + q.id + "' can never be asked: no answer to '" +
                              q.when->question + "' meets its condition",
                          ""},
                    exit_code::usage};
    }
  }
  fmt::print("ok  every question can be asked\n");
  for (const Role* role : catalog.entry_roles()) {
    auto answers = answers_favoring(questionnaire, catalog, role->id);
    if (!answers) {
      throw Failure{Error{catalog.find_profile(role->id)->where,
                          "no answers found that put '" + role->id + "' first",
                          "its profile may be too close to another role's"},
                    exit_code::usage};
    }
    ScoreResult s = score_answers(questionnaire, catalog, *answers);
    fmt::print("ok  {} can come first ({:.1f}, next {} {:.1f}) with: {}\n", role->id,
               round_match(s.ranking[0].match), s.ranking[1].role, round_match(s.ranking[1].match),
               answers_line(questionnaire, *answers));
  }
  fmt::print("valid\n");
  return exit_code::ok;
}

}  // namespace

void setup_validate(CLI::App& app, Context& context) {
  CLI::App* validate =
      app.add_subcommand("validate", "Check the questionnaire and the data together");
  validate->callback([&context] { context.exit_code = run_validate(context); });
}

}  // namespace medcareer::commands
