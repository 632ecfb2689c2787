// Look-ups on a loaded questionnaire.
#include "medcareer/questionnaire.h"

namespace medcareer {

std::string question_type_id(QuestionType type) {
  switch (type) {
    case QuestionType::single:
      return "single";
    case QuestionType::multi:
      return "multi";
    case QuestionType::scale:
      return "scale";
    case QuestionType::number:
      return "number";
    case QuestionType::yes_no:
      return "yes_no";
  }
  return "";
}

const Option* Question::find_option(const std::string& option_id) const {
  for (const auto& o : options) {
    if (o.id == option_id) return &o;
  }
  return nullptr;
}

std::string Question::unit_for(double value) const {
  const bool one = value == 1 && unit.size() > 1 && unit.back() == 's';
  return one ? unit.substr(0, unit.size() - 1) : unit;
}

const std::string& Questionnaire::tag_label(const std::string& tag) const {
  for (const auto& [known, label] : tag_labels) {
    if (known == tag) return label;
  }
  return tag;
}

std::vector<std::string> Question::option_ids() const {
  std::vector<std::string> ids;
  for (const auto& o : options) ids.push_back(o.id);
  return ids;
}

const Question* Questionnaire::find_question(const std::string& question_id) const {
  for (const auto& x : questions) {
    if (x.id == question_id) return &x;
  }
  return nullptr;
}

const Trait* Questionnaire::find_trait(const std::string& trait_id) const {
  for (const auto& t : traits) {
    if (t.id == trait_id) return &t;
  }
  return nullptr;
}

const Section* Questionnaire::find_section(const std::string& section_id) const {
  for (const auto& s : sections) {
    if (s.id == section_id) return &s;
  }
  return nullptr;
}

std::vector<std::string> Questionnaire::question_ids() const {
  std::vector<std::string> ids;
  for (const auto& x : questions) ids.push_back(x.id);
  return ids;
}

std::vector<std::string> Questionnaire::trait_ids() const {
  std::vector<std::string> ids;
  for (const auto& t : traits) ids.push_back(t.id);
  return ids;
}

const Migration* Questionnaire::migration_from(int old_version) const {
  for (const auto& m : migrations) {
    if (m.from == old_version) return &m;
  }
  return nullptr;
}

const Question* Questionnaire::training_question() const {
  for (const auto& x : questions) {
    if (x.measures == "training_months") return &x;
  }
  return nullptr;
}

}  // namespace medcareer
