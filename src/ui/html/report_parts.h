// Parts that the person and the cohort report share: how much the answers told, the list
// of sources, the footer.
#pragma once

#include <string>
#include <vector>

#include "medcareer/scoring.h"
#include "ui/citations.h"

namespace medcareer::ui::html {

// How much the answers told, for a table cell: the evidence level ("strong").
std::string evidence_words(const ScoreResult& score);
// The same as a sentence for the person's report, with the share of full evidence.
std::string evidence_sentence(const ScoreResult& score);
// Two answers that contradict each other, in words, with their prompts and the trait.
std::string contradiction_text(const Questionnaire& questionnaire, const Contradiction& c);

// "Sources" with each cited source in full (publisher, title, period, the article that
// reports it), in order of first use, then which of their publishers sell what the report
// recommends (`subjects`: role and certification ids).
std::string sources_section(const Catalog& catalog, const Citations& cited,
                            const std::vector<std::string>& subjects);

// What made the report, and that it needs nothing but a browser.
std::string footer(const std::string& version);

}  // namespace medcareer::ui::html
