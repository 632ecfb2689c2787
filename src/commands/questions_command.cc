// `medcareer questions`: the questionnaire for reading (text), for scripts (json), and as
// the header row a survey form's export must have (csv-header).
#include <fmt/core.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "commands/result_writer.h"
#include "ui/wrap.h"

namespace medcareer::commands {

namespace {

using json = nlohmann::ordered_json;
using ui::wrap;

json weights_json(const TraitWeights& w) {
  json j = json::object();
  for (const auto& [trait, weight] : w) j[trait] = weight;
  return j;
}

json question_json(const Question& q) {
  json j{{"id", q.id},
         {"section", q.section},
         {"prompt", q.prompt},
         {"help", q.help},
         {"type", question_type_id(q.type)},
         {"optional", q.optional}};
  if (q.default_option) j["default"] = *q.default_option;
  if (q.default_number) j["default"] = *q.default_number;
  if (q.when) {
    const Condition& c = *q.when;
    json when{{"question", c.question}};
    switch (c.op) {
      case Condition::Op::in:
        when["in"] = c.options;
        break;
      case Condition::Op::not_in:
        when["not_in"] = c.options;
        break;
      case Condition::Op::at_least:
        when["at_least"] = c.bound;
        break;
      case Condition::Op::at_most:
        when["at_most"] = c.bound;
        break;
    }
    j["when"] = when;
  }
  if (!q.options.empty()) {
    json options = json::array();
    for (const auto& o : q.options) {
      json opt{{"id", o.id}, {"label", o.label}, {"traits", weights_json(o.traits)}};
      if (!o.tags.empty()) opt["tags"] = o.tags;
      if (!o.rules_out.empty()) {
        json rules = json::array();
        for (const auto& r : o.rules_out) rules.push_back({{"role", r.role}, {"reason", r.reason}});
        opt["rules_out"] = rules;
      }
      options.push_back(opt);
    }
    j["options"] = options;
    if (q.type == QuestionType::multi) j["max"] = q.max_choices;
  }
  if (q.type == QuestionType::scale) {
    j["anchors"] = q.anchors;
    j["traits"] = weights_json(q.scale_traits);
  }
  if (q.type == QuestionType::number) {
    j["min"] = q.min;
    j["max"] = q.max;
    j["unit"] = q.unit;
  }
  return j;
}

std::string text(const Questionnaire& questionnaire, std::size_t width) {
  std::string out = questionnaire.title + " (" + questionnaire.id + ", version " +
                    std::to_string(questionnaire.version) + ")\n";
  std::string section;
  int n = 0;
  for (const auto& q : questionnaire.questions) {
    if (q.section != section) {
      section = q.section;
      out += "\n" + questionnaire.find_section(section)->title + "\n";
    }
    std::string label = std::to_string(++n) + ". ";
    out += wrap(label + q.prompt + " [" + q.id + "]", width, "", std::string(label.size(), ' '));
    std::string indent(label.size(), ' ');
    std::string kind = question_type_id(q.type);
    if (q.type == QuestionType::multi) kind += ", up to " + std::to_string(q.max_choices);
    if (q.type == QuestionType::number) {
      kind += fmt::format(", {} to {} {}", q.min, q.max, q.unit);
    }
    if (q.optional) kind += ", may be skipped";
    if (q.default_option) kind += ", default: " + *q.default_option;
    if (q.default_number) kind += fmt::format(", default: {}", *q.default_number);
    if (q.when) kind += ", asked only after certain answers to '" + q.when->question + "'";
    out += wrap("(" + kind + ")", width, indent, indent);
    if (!q.help.empty()) out += wrap("Help: " + q.help, width, indent, indent);
    for (const auto& o : q.options)
      out += wrap(o.id + ": " + o.label, width, indent + "- ", indent + "  ");
    for (std::size_t i = 0; i < q.anchors.size(); ++i) {
      out += wrap(std::to_string(i + 1) + ": " + q.anchors[i], width, indent + "- ", indent + "  ");
    }
  }
  return out;
}

}  // namespace

void setup_questions(CLI::App& app, Context& context) {
  auto format = std::make_shared<std::string>();
  CLI::App* questions = app.add_subcommand("questions", "Print the questionnaire");
  add_format_option(*questions, *format, {"text", "json", "csv-header"});
  questions->callback([&context, format] {
    const Questionnaire& q = context.questionnaire();
    if (*format == "json") {
      json j{{"id", q.id}, {"version", q.version}, {"title", q.title}, {"intro", q.intro}};
      json traits = json::array();
      for (const auto& t : q.traits) traits.push_back({{"id", t.id}, {"label", t.label}});
      j["traits"] = traits;
      json sections = json::array();
      for (const auto& s : q.sections) sections.push_back({{"id", s.id}, {"title", s.title}});
      j["sections"] = sections;
      json list = json::array();
      for (const auto& x : q.questions) list.push_back(question_json(x));
      j["questions"] = list;
      return print_json(j.dump(2));
    }
    if (*format == "csv-header") {
      std::string line = "respondent";
      for (const auto& x : q.questions) line += "," + csv_field(x.id);
      return print(line + "\n");
    }
    print(text(q, context.stdout_width()));
  });
}

}  // namespace medcareer::commands
