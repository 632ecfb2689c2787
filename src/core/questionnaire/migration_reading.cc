// Reads a questionnaire's `migrations:` table and checks it against the questionnaire it
// leads to: every question and option an old answer becomes must exist now, so a typo in
// the table is a mistake in the data rather than an old answer refused later.
#include "questionnaire/migration_reading.h"

#include <algorithm>

#include "medcareer/suggest.h"

namespace medcareer {

namespace {

using yaml::MapReader;

const Question& current_question(const Questionnaire& q, const std::string& id,
                                 const Position& at) {
  const Question* found = q.find_question(id);
  if (!found) {
    fail(at, "'" + id + "' is not a question of version " + std::to_string(q.version),
         did_you_mean(id, q.question_ids()));
  }
  return *found;
}

// `becomes: {question: option}` or `{question: [options]}`, checked against `q`.
void read_becomes(const std::string& path, const YAML::Node& node, const Questionnaire& q,
                  Migration::Change& change) {
  MapReader map(path, node, "'becomes'");
  for (const auto& pair : node) {
    const Position at = yaml::position_of(path, pair.first);
    const Question& target = current_question(q, pair.first.Scalar(), at);
    const bool many = target.type == QuestionType::multi;
    std::vector<std::string> ids =
        pair.second.IsSequence()
            ? yaml::as_strings(path, pair.second, "the options of '" + target.id + "'")
            : std::vector<std::string>{yaml::as_string(path, pair.second, "an option")};
    if (target.type == QuestionType::scale || target.type == QuestionType::number) {
      fail(at, "'" + target.id + "' is answered with a number, so no option can become it");
    }
    if (!many && ids.size() != 1) fail(at, "'" + target.id + "' takes one option");
    if (many && (ids.empty() || ids.size() > target.max_choices)) {
      fail(at, "'" + target.id + "' takes 1 to " + std::to_string(target.max_choices) + " options");
    }
    for (const auto& id : ids) {
      if (!target.find_option(id)) {
        fail(yaml::position_of(path, pair.second), "'" + target.id + "' has no option '" + id + "'",
             did_you_mean(id, target.option_ids()));
      }
    }
    change.becomes.emplace_back(target.id, std::move(ids));
  }
}

Migration::Change read_change(const std::string& path, const YAML::Node& node,
                              const Questionnaire& q) {
  MapReader map(path, node, "a change", {"question", "option", "rename", "becomes"});
  Migration::Change c;
  c.where = map.position();
  c.question = map.string("question");
  c.option = map.string_or("option", "");
  if (c.option.empty()) {
    if (!map.has("rename") || map.has("becomes")) {
      fail(c.where, "a change without 'option' renames the question: give 'rename' only");
    }
    c.rename =
        current_question(q, map.string("rename"), yaml::position_of(path, map.required("rename")))
            .id;
  } else {
    if (!map.has("becomes") || map.has("rename")) {
      fail(c.where, "a change of an option says what it 'becomes' (and renames nothing)");
    }
    read_becomes(path, map.required("becomes"), q, c);
  }
  return c;
}

Migration read_one(const std::string& path, const YAML::Node& node, const Questionnaire& q) {
  MapReader map(path, node, "a migration", {"from", "note", "prompts", "changes"});
  Migration m;
  m.where = map.position();
  m.from = static_cast<int>(map.integer("from", 1, q.version - 1));
  m.note = map.string("note");
  // Said as one line after the position: a folded `>-` block reads as one.
  if (m.note.empty() || m.note.find('\n') != std::string::npos) {
    fail(yaml::position_of(path, map.required("note")), "'note' must be one line of text",
         "write it as a folded block (note: >-)");
  }
  if (map.has("prompts")) {
    const YAML::Node prompts = map.required("prompts");
    MapReader p(path, prompts, "'prompts'");
    for (const auto& pair : prompts) {
      const Question& target =
          current_question(q, pair.first.Scalar(), yaml::position_of(path, pair.first));
      m.prompts.emplace_back(target.id, p.string(target.id));
    }
  }
  if (map.has("changes")) {
    for (const auto& item : map.list("changes")) m.changes.push_back(read_change(path, item, q));
  }
  return m;
}

}  // namespace

std::vector<Migration> read_migrations(const std::string& path, const YAML::Node& node,
                                       const Questionnaire& q) {
  if (!node.IsSequence()) {
    fail(yaml::position_of(path, node),
         "'migrations' must be a list, not " + yaml::kind_name(node));
  }
  std::vector<Migration> out;
  if (node.size() > 0 && q.version <= 1) {
    fail(yaml::position_of(path, node), "version 1 has no older version to migrate from");
  }
  for (const auto& item : node) {
    Migration m = read_one(path, item, q);
    if (std::any_of(out.begin(), out.end(), [&](const Migration& x) { return x.from == m.from; })) {
      fail(m.where, "a second migration from version " + std::to_string(m.from));
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace medcareer
