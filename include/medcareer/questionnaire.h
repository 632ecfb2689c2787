// The questionnaire: traits, sections, questions, options and the weights that tie each
// answer to traits. Loaded from questions/*.yaml; no weight lives in code.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "medcareer/error.h"
#include "medcareer/source_file.h"

namespace medcareer {

using TraitWeights = std::map<std::string, double>;  // trait id -> weight, -3 .. +3

struct Trait {
  std::string id;
  std::string label;
  Position where;
  bool operator==(const Trait&) const = default;
};

struct RuleOut {
  std::string role;
  std::string reason;  // read by the person
  Position where;
  std::string source{};  // the id in data/sources.yaml the reason rests on; may be empty
  bool operator==(const RuleOut&) const = default;
};

struct Option {
  std::string id;
  std::string label;
  TraitWeights traits;
  std::vector<std::string> tags;
  std::vector<RuleOut> rules_out;
  Position where;
  // Choosing it states a hard need, not a wish: its rule-outs are what the sources say no
  // role of theirs can meet, and the results say that the need narrowed the field.
  bool need = false;
  std::string warning{};  // said in the results when it is chosen; may be empty
  // The yearly pay in dollars this answer hopes for at least (the pay question), which the
  // results hold against the sourced pay of the pick (trade-offs).
  std::optional<double> hopes_pay = std::nullopt;
  bool operator==(const Option&) const = default;
};

// For number questions: the first band whose bound holds applies its weights.
struct Band {
  enum class Kind { at_most, at_least };
  Kind kind = Kind::at_most;
  double bound = 0;
  TraitWeights traits;
  Position where;
  bool holds(double value) const { return kind == Kind::at_most ? value <= bound : value >= bound; }
  bool operator==(const Band&) const = default;
};

// `when`: the question is asked only if an earlier answer satisfies this.
struct Condition {
  enum class Op { in, not_in, at_least, at_most };
  std::string question;
  Op op = Op::in;
  std::vector<std::string> options;  // for in / not_in
  double bound = 0;                  // for at_least / at_most
  Position where;
  bool operator==(const Condition&) const = default;
};

// The cost of proposing a change of an answer whose question names none.
constexpr int kDefaultChangeCost = 3;

enum class QuestionType { single, multi, scale, number, yes_no };
std::string question_type_id(QuestionType type);

struct Question {
  std::string id;
  std::string section;  // section id
  std::string prompt;
  std::string help;
  QuestionType type = QuestionType::single;
  bool optional = false;
  std::optional<std::string> default_option;  // single, yes_no
  std::optional<double> default_number;       // scale, number
  std::optional<Condition> when;
  std::vector<Option> options;       // single, multi, yes_no
  std::size_t max_choices = 0;       // multi; 0 means no limit beyond the options
  std::vector<std::string> anchors;  // scale: five labels, for 1..5
  TraitWeights scale_traits;         // scale: weights at 5; 3 is neutral
  double min = 0, max = 0;           // number
  std::string unit;                  // number
  std::vector<Band> bands;           // number
  std::string measures;              // number: "training_months" or empty
  // What proposing to change this answer costs in "what would change the pick", per step
  // (docs/data-format.md): low for what a person can do (train longer, take an exam), high
  // for reversing a core preference; 0: never proposed (a fact, such as past experience).
  int change_cost = kDefaultChangeCost;
  Position where;

  const Option* find_option(const std::string& id) const;
  std::vector<std::string> option_ids() const;
  // The unit as it reads after `value`: written in the plural ("months"), one reads
  // "1 month".
  std::string unit_for(double value) const;
  bool operator==(const Question&) const = default;
};

struct Section {
  std::string id;
  std::string title;
  Position where;
  bool operator==(const Section&) const = default;
};

// How answers written for an older version are read as this one (`migrations:`,
// docs/data-format.md "Answers of an older version"): an answer no change names is read as
// written, since option ids are stable.
struct Migration {
  struct Change {
    std::string question;  // the id it had in the old version
    std::string option;    // the old option; empty: the whole answer is renamed
    std::string rename;    // without an option: the question's id now
    // With an option: what choosing it now reads as, question id -> option ids (one for a
    // question of one answer); an answer that keeps the option names it here too.
    std::vector<std::pair<std::string, std::vector<std::string>>> becomes;
    Position where;
    bool operator==(const Change&) const = default;
  };
  int from = 0;      // answers of this version are read as the questionnaire's
  std::string note;  // one line, said to the person whose answers were read so
  // Prompts of the old version, question id -> prompt, so that a survey export headed with
  // them finds its questions (a CSV file names no version).
  std::vector<std::pair<std::string, std::string>> prompts;
  std::vector<Change> changes;
  Position where;
  bool operator==(const Migration&) const = default;
};

struct Questionnaire {
  std::string id;
  int version = 0;
  std::string title;
  std::string intro;
  // The total weight that counts as full evidence, for a questionnaire too small for the
  // rule in docs/data-format.md ("Scoring"); unset, the rule decides.
  std::optional<double> full_evidence;
  std::vector<Trait> traits;
  std::vector<Section> sections;
  std::vector<Question> questions;  // in the order they are asked
  // `tags:` what each tag means, in words for people ("a hospital" for `hospital`).
  std::vector<std::pair<std::string, std::string>> tag_labels;
  std::vector<Migration> migrations;  // at most one per older version
  std::string path;

  const Question* find_question(const std::string& id) const;
  const Trait* find_trait(const std::string& id) const;
  const Section* find_section(const std::string& id) const;
  std::vector<std::string> question_ids() const;
  std::vector<std::string> trait_ids() const;
  // The question that `measures: training_months`, if any.
  const Question* training_question() const;
  // The words for `tag` from `tags:`, or the tag itself when it has none.
  const std::string& tag_label(const std::string& tag) const;
  // How answers of `version` are read as this one; null when there is no way.
  const Migration* migration_from(int version) const;
  bool operator==(const Questionnaire&) const = default;
};

// Loads and checks one questionnaire: shape, unique ids, known traits, weights in range,
// conditions that refer to earlier questions and existing options.
Result<Questionnaire> load_questionnaire(const SourceFile& file);

}  // namespace medcareer
