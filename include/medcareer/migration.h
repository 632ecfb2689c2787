// Answers written for an older version of the questionnaire, read as the current one by its
// `migrations:` table (docs/data-format.md, "Answers of an older version"), so that an old
// answers file is scored, with a note, rather than refused.
#pragma once

#include <optional>

#include "medcareer/answers.h"

namespace medcareer {

// Checks the version the answers were written for (0: the questionnaire's) and reads an
// older one as the questionnaire's by its table; throws ErrorException, at the `version:`
// value, for a newer version or an older one the table cannot read. Called by
// resolve_answers(), so every format reads versions alike.
void read_version(AnswerSet& answers, const Questionnaire& questionnaire);

// Rewrites answers of `migration.from` in the ids of `questionnaire`, before they are
// checked: each change renames a question, or turns an option into what it now reads as
// (merged into a list answer, replacing a single one); an answer no change names stays as
// written. Sets `answers.version` to the questionnaire's and `migrated_from` to the old one.
void migrate_answers(AnswerSet& answers, const Questionnaire& questionnaire,
                     const Migration& migration);

// The note to give the person whose answers were migrated, positioned at their `version:`
// (the answer set's start when that is unknown); nullopt for answers of the current version.
// A value, for the top level to report as a warning.
std::optional<Error> migration_note(const AnswerSet& answers, const Questionnaire& questionnaire);

}  // namespace medcareer
