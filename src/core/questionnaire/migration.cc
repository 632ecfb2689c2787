// Reading answers of an older version as the current one, by the questionnaire's table.
#include "medcareer/migration.h"

#include <algorithm>

namespace medcareer {

namespace {

const Migration::Change* change_of(const Migration& m, const std::string& question,
                                   const std::string& option) {
  for (const auto& c : m.changes) {
    if (c.question == question && c.option == option) return &c;
  }
  return nullptr;
}

// The option ids an answer gives: one, a list, or none (a number).
std::vector<std::string> ids_of(const AnswerValue& value) {
  if (const auto* one = std::get_if<std::string>(&value)) return {*one};
  if (const auto* many = std::get_if<std::vector<std::string>>(&value)) return *many;
  return {};
}

// Adds `ids` to the answer to `question` in `out`, made from `from` when there is none yet:
// a list takes each id once, a question of one answer takes the last.
void merge(std::vector<Answer>& out, const Questionnaire& q, const Answer& from,
           const std::string& question, const std::vector<std::string>& ids) {
  auto it =
      std::find_if(out.begin(), out.end(), [&](const Answer& a) { return a.question == question; });
  const Question* target = q.find_question(question);
  const bool many = target && target->type == QuestionType::multi;
  if (it == out.end()) {
    Answer a{question, std::string(), from.where, from.key_line, from.key_column, {}};
    if (many) a.value = std::vector<std::string>();
    out.push_back(std::move(a));
    it = out.end() - 1;
  }
  auto* list = std::get_if<std::vector<std::string>>(&it->value);
  if (!many || !list) {
    it->value = ids.back();
    return;
  }
  for (const auto& id : ids) {
    if (std::find(list->begin(), list->end(), id) == list->end()) list->push_back(id);
  }
}

// Where the answers' `version:` was written, else where the answers start.
Position version_where(const AnswerSet& answers) {
  if (answers.version_line == 0) return answers.where;
  return {answers.where.path, answers.version_line, answers.version_column};
}

}  // namespace

void read_version(AnswerSet& answers, const Questionnaire& questionnaire) {
  if (answers.version == 0 || answers.version == questionnaire.version) return;
  const std::string written = "these answers are for version " + std::to_string(answers.version) +
                              " of '" + questionnaire.id + "'";
  if (answers.version > questionnaire.version) {
    fail(version_where(answers),
         written + ", newer than this one (version " + std::to_string(questionnaire.version) + ")",
         "update medcareer, or score with the questionnaire of that version (--questions)");
  }
  const Migration* migration = questionnaire.migration_from(answers.version);
  if (!migration) {
    fail(version_where(answers),
         written + ", but this is version " + std::to_string(questionnaire.version) +
             ", which cannot read them",
         "answer the quiz again, or score with the questionnaire of that version (--questions)");
  }
  migrate_answers(answers, questionnaire, *migration);
}

void migrate_answers(AnswerSet& answers, const Questionnaire& questionnaire,
                     const Migration& migration) {
  std::vector<Answer> out;
  out.reserve(answers.answers.size());
  for (auto& a : answers.answers) {
    const std::string old_id = a.question;
    if (const auto* renamed = change_of(migration, old_id, "")) a.question = renamed->rename;
    const std::vector<std::string> ids = ids_of(a.value);
    const bool changed = std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
      return change_of(migration, old_id, id) != nullptr;
    });
    if (!changed) {  // as written, or merged with what an earlier answer became
      const bool there = std::any_of(out.begin(), out.end(),
                                     [&](const Answer& o) { return o.question == a.question; });
      if (there && !ids.empty()) {
        merge(out, questionnaire, a, a.question, ids);
      } else {
        out.push_back(std::move(a));
      }
      continue;
    }
    for (const auto& id : ids) {
      const Migration::Change* c = change_of(migration, old_id, id);
      if (!c) {
        merge(out, questionnaire, a, a.question, {id});
        continue;
      }
      for (const auto& [question, now] : c->becomes) merge(out, questionnaire, a, question, now);
    }
  }
  answers.answers = std::move(out);
  for (auto& id : answers.skipped) {
    if (const auto* renamed = change_of(migration, id, "")) id = renamed->rename;
  }
  answers.migrated_from = migration.from;
  answers.version = questionnaire.version;
}

std::optional<Error> migration_note(const AnswerSet& answers, const Questionnaire& questionnaire) {
  if (answers.migrated_from == 0) return std::nullopt;
  const Migration* m = questionnaire.migration_from(answers.migrated_from);
  return Error{version_where(answers),
               "these answers are for version " + std::to_string(answers.migrated_from) + " of '" +
                   questionnaire.id + "', read as version " +
                   std::to_string(questionnaire.version) + ": " + (m ? m->note : ""),
               ""};
}

}  // namespace medcareer
