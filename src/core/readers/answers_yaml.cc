// Answers files in YAML: read by `score` and `quiz --resume`, written by `quiz --save`.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

#include "medcareer/answers.h"
#include "readers/answers_yaml.h"
#include "readers/yaml_reader.h"

namespace medcareer {

AnswerSet answers_from_node(const std::string& path, const YAML::Node& root) {
  yaml::MapReader top(path, root, "an answers file",
                      {"questionnaire", "version", "respondent", "answers", "skipped"});
  AnswerSet set;
  set.where = top.position();
  set.questionnaire = top.string_or("questionnaire", "");
  if (top.has("questionnaire")) {
    const Position p = yaml::position_of(path, top.required("questionnaire"));
    set.questionnaire_line = p.line, set.questionnaire_column = p.column;
  }
  if (top.has("version")) {
    set.version = static_cast<int>(top.integer("version", 1, 1000000));
    const Position p = yaml::position_of(path, top.required("version"));
    set.version_line = p.line, set.version_column = p.column;
  }
  set.respondent = top.string_or("respondent", "");
  if (top.has("skipped")) {
    YAML::Node skipped = top.optional("skipped");
    set.skipped_where = yaml::position_of(path, skipped);
    if (!skipped.IsNull()) set.skipped = yaml::as_strings(path, skipped, "'skipped'");
  }
  YAML::Node answers = top.required("answers");
  if (answers.IsNull()) return set;  // `answers:` with nothing yet
  yaml::MapReader map(path, answers, "'answers'");
  for (const auto& pair : answers) {
    Answer a;
    a.question = pair.first.Scalar();
    a.where = yaml::position_of(path, pair.second);
    const Position key = yaml::position_of(path, pair.first);
    a.key_line = key.line, a.key_column = key.column;
    if (pair.second.IsNull() && a.where.line != key.line) {
      // `training_months:` with nothing after it: yaml-cpp marks the empty value where the
      // next key starts, so it is pointed at just after its own key's colon instead.
      a.where = {path, key.line, key.column + static_cast<int>(a.question.size()) + 1};
      fail(a.where, "the answer to '" + a.question + "' must be text, not nothing");
    }
    if (pair.second.IsSequence()) {
      a.value = yaml::as_strings(path, pair.second, "the answer to '" + a.question + "'");
      for (const auto& item : pair.second) {
        const Position p = yaml::position_of(path, item);
        a.item_where.emplace_back(p.line, p.column);
      }
    } else {
      a.value = yaml::as_string(path, pair.second, "the answer to '" + a.question + "'");
    }
    set.answers.push_back(std::move(a));
  }
  return set;
}

Result<AnswerSet> load_answers(const std::string& path, const std::string& text,
                               const Questionnaire& questionnaire) {
  return catch_errors([&] {
    AnswerSet set = answers_from_node(path, yaml::parse(path, text));
    resolve_answers(set, questionnaire);
    return set;
  });
}

std::string answers_to_yaml(const AnswerSet& answers, const Questionnaire& questionnaire) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "questionnaire" << YAML::Value << questionnaire.id;
  out << YAML::Key << "version" << YAML::Value << questionnaire.version;
  if (!answers.respondent.empty()) {
    out << YAML::Key << "respondent" << YAML::Value << answers.respondent;
  }
  out << YAML::Key << "answers" << YAML::Value << YAML::BeginMap;
  for (const auto& q : questionnaire.questions) {
    const Answer* a = answers.find(q.id);
    if (!a) continue;
    out << YAML::Key << q.id << YAML::Value;
    if (const auto* one = std::get_if<std::string>(&a->value)) {
      out << *one;
    } else if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
      out << YAML::Flow << *many;
    } else {
      double v = std::get<double>(a->value);
      if (v == std::floor(v)) {
        out << static_cast<long long>(v);
      } else {
        out << v;
      }
    }
  }
  out << YAML::EndMap;
  std::vector<std::string> skipped;
  for (const auto& q : questionnaire.questions) {
    if (std::find(answers.skipped.begin(), answers.skipped.end(), q.id) != answers.skipped.end())
      skipped.push_back(q.id);
  }
  if (!skipped.empty()) out << YAML::Key << "skipped" << YAML::Value << YAML::Flow << skipped;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace medcareer
