#include "ui/html/report_parts.h"

#include "ui/html/escape.h"
#include "ui/html/page.h"
#include "ui/results_view.h"

namespace medcareer::ui::html {

std::string evidence_words(const ScoreResult& score) {
  return evidence_word(score.evidence_level);
}

std::string evidence_sentence(const ScoreResult& score) {
  std::string out = evidence_line(score) + ". ";
  if (score.low_signal) {
    return out +
           "Your answers carry too little signal to be sure of a pick: the matches stay "
           "near the middle.";
  }
  return out + "The weaker the evidence, the closer every match is drawn to 50%.";
}

std::string contradiction_text(const Questionnaire& questionnaire, const Contradiction& c) {
  const Trait* trait = questionnaire.find_trait(c.trait);
  const Question* first = questionnaire.find_question(c.first);
  const Question* second = questionnaire.find_question(c.second);
  return "\"" + (first ? first->prompt : c.first) + "\" and \"" +
         (second ? second->prompt : c.second) + "\" pull hard in opposite directions on " +
         (trait ? trait->label : c.trait) + ".";
}

std::string sources_section(const Catalog& catalog, const Citations& cited,
                            const std::vector<std::string>& subjects) {
  if (cited.ids().empty()) {
    return section("sources", "Sources",
                   "<p>No figure is shown, so there is no source to cite.</p>\n");
  }
  std::string out = "<ol class=\"sources\">\n";
  for (const auto& id : cited.ids()) {
    const Source* s = catalog.find_source(id);
    if (!s) continue;
    out += "<li>" + escape(cited.line(*s));
    const std::string labels = cited.cited_for(id);
    if (!labels.empty()) out += "<br><span class=\"note\">For: " + escape(labels) + "</span>";
    out += "</li>\n";
  }
  out += "</ol>\n";
  // Who sells what the report recommends: the job and its certifications.
  const auto disclosures = cited.disclosure_lines(subjects);
  if (!disclosures.empty()) {
    out += "<h3>About the sources</h3>\n<ul>\n";
    for (const auto& d : disclosures) out += "<li>" + escape(d) + "</li>\n";
    out += "</ul>\n";
  }
  return section("sources", "Sources", out);
}

std::string footer(const std::string& version) {
  return "<footer>\n<p>Made by medcareer " + escape(version) +
         ". This file needs nothing but a browser: it fetches nothing and runs no script. "
         "Every figure names its source; the full citations are under Sources.</p>\n"
         "</footer>\n";
}

}  // namespace medcareer::ui::html
