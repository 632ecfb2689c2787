// Reads a questionnaire YAML file into a Questionnaire and checks it on its own; the checks
// against the catalog (roles, profiles) are in questionnaire_check.cc.
#include <set>

#include "medcareer/questionnaire.h"
#include "medcareer/suggest.h"
#include "questionnaire/migration_reading.h"
#include "readers/yaml_reader.h"

namespace medcareer {

using yaml::MapReader;

namespace {

// Bounds on a questionnaire that keep `validate` (whose search for answers that put each
// role on top costs about the cube of the questions) within seconds: 200 questions took
// 4.4 s on a shared 2-core machine, 500 took 42 s. The real questionnaire has 23.
constexpr std::size_t kMaxQuestions = 200;
constexpr std::size_t kMaxOptions = 50;  // per question

constexpr double kMaxWeight = 3;

// yes, no and, for a person who cannot tell, not_sure after them.
bool yes_no_options(const Question& x) {
  if (x.options.size() < 2 || x.options.size() > 3) return false;
  if (!x.find_option("yes") || !x.find_option("no")) return false;
  return x.options.size() == 2 || x.options[2].id == "not_sure";
}

struct Loader {
  const std::string& path;
  Questionnaire q;
  std::set<std::string> trait_ids;

  TraitWeights weights(const YAML::Node& node, const std::string& what) {
    MapReader map(path, node, what);
    TraitWeights out;
    for (const auto& pair : node) {
      const std::string& trait = pair.first.Scalar();
      if (!trait_ids.count(trait)) {
        fail(yaml::position_of(path, pair.first), "unknown trait '" + trait + "'",
             did_you_mean(trait, q.trait_ids()));
      }
      double w = yaml::as_number(path, pair.second, "the weight of '" + trait + "'");
      if (w < -kMaxWeight || w > kMaxWeight) {
        fail(yaml::position_of(path, pair.second),
             "the weight of '" + trait + "' must be from -3 to 3, not " + pair.second.Scalar());
      }
      out[trait] = w;
    }
    return out;
  }

  std::vector<RuleOut> rules_out(const YAML::Node& node) {
    if (!node.IsSequence()) {
      fail(yaml::position_of(path, node),
           "'rules_out' must be a list, not " + yaml::kind_name(node));
    }
    std::vector<RuleOut> out;
    for (const auto& item : node) {
      MapReader map(path, item, "a rule-out", {"role", "reason", "source"});
      RuleOut r{map.string("role"), map.string("reason"), map.position()};
      if (map.has("source")) r.source = map.string("source");
      out.push_back(std::move(r));
    }
    return out;
  }

  // An id is written in answers files and CSV headers: it must not be empty, nor hold
  // spaces, line breaks or other control characters that no one could type or see.
  std::string id_of(MapReader& map) {
    std::string id = map.string("id");
    const Position at = yaml::position_of(path, map.required("id"));
    if (id.empty()) fail(at, "'id' is empty");
    for (char c : id) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte <= 0x20 || byte == 0x7F) {
        fail(at, "'id' holds a space or a control character (byte " + std::to_string(byte) + ")",
             "ids are written in answers files: use letters, digits, '-' and '_'");
      }
    }
    return id;
  }

  // A text that is shown (a prompt, a label): not empty or blank.
  std::string text_of(MapReader& map, const std::string& key) {
    std::string text = map.string(key);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      fail(yaml::position_of(path, map.required(key)), "'" + key + "' is empty");
    }
    return text;
  }

  Option option(const YAML::Node& node) {
    MapReader map(path, node, "an option",
                  {"id", "label", "traits", "tags", "rules_out", "need", "warning", "hopes_pay"});
    Option o;
    o.where = map.position();
    o.id = id_of(map);
    o.label = text_of(map, "label");
    if (map.has("traits")) o.traits = weights(map.required("traits"), "'traits'");
    o.tags = map.strings_or_empty("tags");
    if (map.has("rules_out")) o.rules_out = rules_out(map.required("rules_out"));
    o.need = map.boolean_or("need", false);
    if (map.has("warning")) o.warning = map.string("warning");
    if (map.has("hopes_pay"))
      o.hopes_pay = static_cast<double>(map.integer("hopes_pay", 0, 10'000'000));
    return o;
  }

  Band band(const YAML::Node& node) {
    MapReader map(path, node, "a band", {"at_most", "at_least", "traits"});
    Band b;
    b.where = map.position();
    if (map.has("at_most") == map.has("at_least")) {
      fail(map.position(), "a band needs exactly one of 'at_most' and 'at_least'");
    }
    b.kind = map.has("at_most") ? Band::Kind::at_most : Band::Kind::at_least;
    b.bound = map.number(map.has("at_most") ? "at_most" : "at_least");
    if (map.has("traits")) b.traits = weights(map.required("traits"), "'traits'");
    return b;
  }

  Condition condition(const YAML::Node& node, const Question& asking) {
    MapReader map(path, node, "'when'", {"question", "in", "not_in", "at_least", "at_most"});
    Condition c;
    c.where = map.position();
    c.question = map.string("question");
    const Question* target = q.find_question(c.question);
    if (!target) {
      fail(yaml::position_of(path, map.required("question")),
           "'when' refers to '" + c.question + "', which is not an earlier question",
           did_you_mean(c.question, q.question_ids()));
    }
    int ops = 0;
    for (const char* key : {"in", "not_in", "at_least", "at_most"}) ops += map.has(key) ? 1 : 0;
    if (ops != 1) fail(map.position(), "'when' needs exactly one of in, not_in, at_least, at_most");
    const bool numeric =
        target->type == QuestionType::number || target->type == QuestionType::scale;
    if (map.has("in") || map.has("not_in")) {
      const std::string key = map.has("in") ? "in" : "not_in";
      c.op = key == "in" ? Condition::Op::in : Condition::Op::not_in;
      if (numeric)
        fail(map.position(),
             "'" + key + "' needs a question with options; '" + c.question + "' takes a number");
      YAML::Node list = map.required(key);
      c.options = yaml::as_strings(path, list, "'" + key + "'");
      for (std::size_t i = 0; i < c.options.size(); ++i) {
        if (!target->find_option(c.options[i])) {
          fail(yaml::position_of(path, list[i]),
               "'" + c.question + "' has no option '" + c.options[i] + "'",
               did_you_mean(c.options[i], target->option_ids()));
        }
      }
    } else {
      const std::string key = map.has("at_least") ? "at_least" : "at_most";
      c.op = key == "at_least" ? Condition::Op::at_least : Condition::Op::at_most;
      if (!numeric) fail(map.position(), "'" + key + "' needs a question that takes a number");
      c.bound = map.number(key);
    }
    (void)asking;
    return c;
  }

  void options_of(Question& question, MapReader& map) {
    YAML::Node list = map.required("options");
    if (!list.IsSequence() || list.size() == 0) {
      fail(yaml::position_of(path, list), "'options' must be a list of at least one option");
    }
    if (list.size() > kMaxOptions) {
      fail(yaml::position_of(path, list[kMaxOptions]),
           "more than " + std::to_string(kMaxOptions) + " options (the limit)");
    }
    std::set<std::string> seen, labels;
    for (const auto& item : list) {
      Option o = option(item);
      if (!seen.insert(o.id).second) fail(o.where, "duplicate option id '" + o.id + "'");
      // Survey exports give the label: two the same could not be told apart.
      std::string label;
      for (char c : o.label) label += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      if (!labels.insert(label).second) {
        fail(o.where, "two options of '" + question.id + "' have the label '" + o.label + "'",
             "a survey export names the option by its label, so each must differ");
      }
      question.options.push_back(std::move(o));
    }
  }

  Question question(const YAML::Node& node, const std::string& section) {
    MapReader map(path, node, "a question",
                  {"id", "prompt", "help", "type", "optional", "when", "default", "options", "max",
                   "anchors", "traits", "min", "unit", "bands", "measures", "change_cost"});
    Question x;
    x.where = map.position();
    x.section = section;
    x.id = id_of(map);
    x.prompt = text_of(map, "prompt");
    x.help = map.string("help");
    static const std::vector<std::pair<std::string, QuestionType>> types{
        {"single", QuestionType::single},
        {"multi", QuestionType::multi},
        {"scale", QuestionType::scale},
        {"number", QuestionType::number},
        {"yes_no", QuestionType::yes_no}};
    YAML::Node type_node = map.required("type");
    std::string type = yaml::as_string(path, type_node, "'type'");
    bool known = false;
    for (const auto& [name, value] : types) {
      if (name == type) x.type = value, known = true;
    }
    if (!known) {
      fail(yaml::position_of(path, type_node),
           "unknown question type '" + type + "'; use single, multi, scale, number or yes_no",
           did_you_mean(type, {"single", "multi", "scale", "number", "yes_no"}));
    }
    x.optional = map.boolean_or("optional", false);
    x.change_cost = static_cast<int>(map.has("change_cost") ? map.integer("change_cost", 0, 9)
                                                            : kDefaultChangeCost);
    if (map.has("when")) x.when = condition(map.required("when"), x);
    std::vector<std::string> allowed{"id",       "prompt", "help",    "type",
                                     "optional", "when",   "default", "change_cost"};
    switch (x.type) {
      case QuestionType::single:
      case QuestionType::yes_no:
      case QuestionType::multi:
        options_of(x, map);
        allowed.emplace_back("options");
        if (x.type == QuestionType::multi) {
          allowed.emplace_back("max");
          x.max_choices = map.has("max") ? static_cast<std::size_t>(map.integer(
                                               "max", 1, static_cast<long long>(x.options.size())))
                                         : x.options.size();
        }
        if (x.type == QuestionType::yes_no && !yes_no_options(x)) {
          fail(x.where,
               "a yes_no question must have the options 'yes' and 'no', and may add 'not_sure' "
               "as the third");
        }
        if (map.has("default")) {
          if (x.type == QuestionType::multi) fail(x.where, "a multi question takes no default");
          YAML::Node d = map.required("default");
          std::string id = yaml::as_string(path, d, "'default'");
          if (!x.find_option(id)) {
            fail(yaml::position_of(path, d), "default '" + id + "' is not an option",
                 did_you_mean(id, x.option_ids()));
          }
          x.default_option = id;
        }
        break;
      case QuestionType::scale: {
        allowed.insert(allowed.end(), {"anchors", "traits"});
        YAML::Node anchors = map.required("anchors");
        x.anchors = yaml::as_strings(path, anchors, "'anchors'");
        if (x.anchors.size() != 5)
          fail(yaml::position_of(path, anchors), "a scale needs exactly 5 anchors");
        x.scale_traits = weights(map.required("traits"), "'traits'");
        if (map.has("default"))
          x.default_number = static_cast<double>(map.integer("default", 1, 5));
        break;
      }
      case QuestionType::number: {
        allowed.insert(allowed.end(), {"min", "max", "unit", "bands", "measures"});
        x.min = map.number("min");
        x.max = map.number("max");
        if (x.min > x.max) fail(x.where, "'min' is above 'max'");
        x.unit = map.string("unit");
        if (map.has("bands")) {
          YAML::Node bands = map.required("bands");
          if (!bands.IsSequence()) fail(yaml::position_of(path, bands), "'bands' must be a list");
          for (const auto& b : bands) x.bands.push_back(band(b));
        }
        x.measures = map.string_or("measures", "");
        if (!x.measures.empty() && x.measures != "training_months") {
          fail(yaml::position_of(path, map.required("measures")),
               "'measures' can only be 'training_months', not '" + x.measures + "'");
        }
        if (map.has("default")) {
          YAML::Node d = map.required("default");
          double v = yaml::as_number(path, d, "'default'");
          if (v < x.min || v > x.max)
            fail(yaml::position_of(path, d), "default is outside min..max");
          x.default_number = v;
        }
        break;
      }
    }
    map.only(allowed, "a " + type + " question");
    return x;
  }

  void load(const YAML::Node& root) {
    MapReader top(path, root, "a questionnaire",
                  {"id", "version", "title", "intro", "full_evidence", "migrations", "tags",
                   "traits", "sections"});
    q.id = top.string("id");
    q.version = static_cast<int>(top.integer("version", 1, 1000000));
    q.title = top.string("title");
    q.intro = top.string_or("intro", "");
    if (top.has("full_evidence")) {
      q.full_evidence = top.number("full_evidence");
      if (!(*q.full_evidence > 0)) {
        fail(yaml::position_of(path, root["full_evidence"]), "'full_evidence' must be above 0");
      }
    }
    if (top.has("tags")) {
      YAML::Node tags = top.required("tags");
      MapReader labels(path, tags, "'tags'");
      for (const auto& pair : tags) {
        const std::string& tag = pair.first.Scalar();
        q.tag_labels.emplace_back(tag, labels.string(tag));
      }
    }
    YAML::Node traits = top.required("traits");
    if (!traits.IsSequence()) fail(yaml::position_of(path, traits), "'traits' must be a list");
    for (const auto& item : traits) {
      MapReader map(path, item, "a trait", {"id", "label"});
      Trait t{map.string("id"), map.string("label"), map.position()};
      if (!trait_ids.insert(t.id).second) fail(t.where, "duplicate trait id '" + t.id + "'");
      q.traits.push_back(std::move(t));
    }
    YAML::Node sections = top.required("sections");
    if (!sections.IsSequence() || sections.size() == 0) {
      fail(yaml::position_of(path, sections), "'sections' must be a list of at least one section");
    }
    std::set<std::string> section_ids, question_ids;
    for (const auto& item : sections) {
      MapReader map(path, item, "a section", {"id", "title", "questions"});
      Section s{map.string("id"), map.string("title"), map.position()};
      if (!section_ids.insert(s.id).second) fail(s.where, "duplicate section id '" + s.id + "'");
      YAML::Node questions = map.required("questions");
      if (!questions.IsSequence())
        fail(yaml::position_of(path, questions), "'questions' must be a list");
      q.sections.push_back(s);
      for (const auto& qn : questions) {
        Question x = question(qn, s.id);
        if (!question_ids.insert(x.id).second)
          fail(x.where, "duplicate question id '" + x.id + "'");
        if (q.questions.size() == kMaxQuestions) {
          fail(x.where, "more than " + std::to_string(kMaxQuestions) + " questions (the limit)",
               "`validate` searches answers for every role, which takes about the cube of the "
               "number of questions");
        }
        q.questions.push_back(std::move(x));
      }
    }
    if (q.questions.empty()) fail(top.position(), "the questionnaire has no questions");
    if (top.has("migrations")) q.migrations = read_migrations(path, top.required("migrations"), q);
  }
};

}  // namespace

Result<Questionnaire> load_questionnaire(const SourceFile& file) {
  return catch_errors([&] {
    Loader loader{file.path, {}, {}};
    loader.q.path = file.path;
    loader.load(yaml::parse(file.path, file.text));
    return std::move(loader.q);
  });
}

}  // namespace medcareer
