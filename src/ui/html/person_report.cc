#include "ui/html/person_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "ui/advice_words.h"
#include "ui/citations.h"
#include "ui/figure_text.h"
#include "ui/html/advice_sections.h"
#include "ui/html/escape.h"
#include "ui/html/page.h"
#include "ui/html/report_parts.h"
#include "ui/html/svg.h"
#include "ui/results_view.h"

namespace medcareer::ui::html {

namespace {

std::string percent(double match) {
  return fmt::format("{:.1f}%", round_match(match));
}

std::string role_title(const Catalog& catalog, const std::string& id) {
  const Role* role = catalog.find_role(id);
  return role ? role->title : id;
}

std::string header(const Questionnaire& questionnaire, const ReportInfo& info) {
  const std::string who = info.respondent.empty() ? "you" : info.respondent;
  std::string out =
      "<header>\n<h1>Career report for " + escape(who) + "</h1>\n<dl class=\"meta\">\n";
  out += "<dt>Respondent</dt><dd>" +
         (info.respondent.empty() ? std::string("(not named)") : escape(info.respondent)) +
         "</dd>\n";
  out += "<dt>Date</dt><dd>" + escape(info.date) + "</dd>\n";
  out += "<dt>Questionnaire</dt><dd>" + escape(questionnaire.id) + ", version " +
         std::to_string(questionnaire.version) + "</dd>\n";
  out += "<dt>Made by</dt><dd>medcareer " + escape(info.version) + "</dd>\n</dl>\n</header>\n";
  return out;
}

// Every role's match as a bar, with how much the answers told and why a role is ruled out.
std::string fit(const Catalog& catalog, const Recommendation& rec) {
  std::vector<BarItem> bars;
  std::string rows;
  for (const auto& r : rec.score.ranking) {
    const std::string title = role_title(catalog, r.role);
    // "(ruled out)" goes with the name, above the bar: after it, beside the longest bars,
    // there is room for the number alone.
    bars.push_back(
        {title + (r.ruled_out ? " (ruled out)" : ""), r.match, percent(r.match), r.ruled_out});
    std::string note = r.ruled_out ? "Ruled out: " : "";
    for (std::size_t i = 0; i < r.reasons.size(); ++i) note += (i ? "; " : "") + r.reasons[i];
    rows += "<tr><td data-label=\"Role\">" + escape(title) +
            "</td><td class=\"num\" data-label=\"Match\">" + percent(r.match) +
            "</td><td data-label=\"Note\">" + (note.empty() ? "-" : escape(note)) + "</td></tr>\n";
  }
  std::string out = "<p>" + escape(evidence_sentence(rec.score)) + "</p>\n";
  out += "<figure>\n" + bar_chart("How well each first job fits you, in percent", bars, 100);
  out +=
      "<figcaption>Each bar is one first job's match from 0 to 100%. Grey bars are ruled "
      "out by an answer.</figcaption>\n</figure>\n";
  out +=
      "<div class=\"scroll\"><table class=\"stack\">\n<thead><tr><th>Role</th><th "
      "class=\"num\">Match</th>"
      "<th>Note</th></tr></thead>\n<tbody>\n" +
      rows + "</tbody>\n</table></div>\n";
  return section("fit", "How well each first job fits you", out);
}

std::string pick(const Catalog& catalog, const Recommendation& rec) {
  if (rec.top.empty()) {
    return section("pick", "Our suggestion",
                   "<p class=\"pick\">No first job can be named from these answers: every role is "
                   "ruled out, or the answers carry too little signal. The warnings below say "
                   "why.</p>\n");
  }
  std::string out = "<p class=\"pick\">Recommended: <strong>" +
                    escape(role_title(catalog, rec.top)) + "</strong> (" + escape(rec.top) + ")";
  if (!rec.runner_up.empty()) {
    out += "<br>Runner-up: " + escape(role_title(catalog, rec.runner_up)) + " (" +
           escape(rec.runner_up) + ")";
  }
  out += "</p>\n";
  // Two matches this close are not a clear pick, and the report says so as the results do.
  if (std::string close = close_call_text(catalog, rec); !close.empty())
    out += "<p class=\"warn\">" + escape(close) + "</p>\n";
  return section("pick", "Our suggestion", out);
}

std::string certifications(const Catalog& catalog, const Recommendation& rec, Citations& cited) {
  std::string out;
  for (bool later : {false, true}) {
    std::string items;
    for (const auto& p : rec.certifications) {
      if (p.later != later) continue;
      const Certification* c = catalog.find_certification(p.id);
      if (!c) continue;
      if (!c->source.empty()) cited.behind(c->source);
      items += "<li><strong>" + escape(c->id) + "</strong>, " + escape(c->name);
      std::string facts = escape(p.relation);
      // Each figure with its citation, as the results say them.
      for (const auto& f : c->pay) {
        if (!in_span(f, Unit::usd_per_year)) continue;
        cited.use(f);
        facts += "; holders average " + escape(format_amount(f)) + " (" +
                 escape(citation(catalog, f)) + ")";
      }
      if (c->preparation_time) {
        cited.use(*c->preparation_time);
        facts += "; preparation " + escape(format_amount(*c->preparation_time)) + " (" +
                 escape(citation(catalog, *c->preparation_time)) + ")";
      }
      items += " <span class=\"tag\">" + facts + "</span>";
      if (!p.why.empty()) {
        std::string why;
        for (const auto& w : p.why) why += (why.empty() ? "" : "; ") + w;
        items += "<br><span class=\"cert-why\">Why: " + escape(why) + "</span>";
      }
      items += "</li>\n";
    }
    if (items.empty()) continue;
    out += std::string("<h3>") + (later ? "For later" : "For you now") + "</h3>\n<ol>\n" + items +
           "</ol>\n";
  }
  if (out.empty()) return "";
  return section("certifications", "Certifications, ranked for you", out);
}

std::string figure_items(const Catalog& catalog, const std::string& label,
                         const std::vector<Figure>& figures, Citations& cited) {
  if (figures.empty()) return "";
  cited.use(figures);
  std::string out = "<h3>" + escape(label) + "</h3>\n<ul>\n";
  for (const auto& f : figures) out += "<li>" + escape(format_figure(catalog, f)) + "</li>\n";
  return out + "</ul>\n";
}

std::string pay_and_outlook(const Catalog& catalog, const Recommendation& rec, Citations& cited) {
  if (rec.top.empty()) return "";
  const Role* top = catalog.find_role(rec.top);
  if (!top) return "";
  // Each figure with its own source: where the sources disagree, each is shown.
  // One statement each: the sources are listed in order of first use, and the operands of
  // one `+` chain may be evaluated in any order (g++ and clang differ).
  std::string out = figure_items(catalog, "Pay", pay_only(top->pay), cited);
  out += figure_items(catalog, "Compared with other jobs (a difference, not pay)",
                      differences(top->pay), cited);
  out += figure_items(catalog, "Job growth", top->growth, cited);
  out += figure_items(catalog, "Outlook", top->outlook, cited);
  if (out.empty()) out = "<p>The sources give no pay or outlook figures for this job.</p>\n";
  return section("pay", "Pay and outlook for " + top->title, out);
}

// The answers that raised and lowered the pick, as a diverging bar chart keyed by number.
std::string why(const Questionnaire& questionnaire, const Recommendation& rec) {
  if (rec.top.empty() || (rec.raised.empty() && rec.lowered.empty())) return "";
  std::vector<DivergingItem> bars;
  std::string list = "<ol>\n";
  int n = 0;
  for (const auto* drivers : {&rec.raised, &rec.lowered}) {
    for (const auto& d : *drivers) {
      const Question* q = questionnaire.find_question(d.question);
      bars.push_back({std::to_string(++n), round_match(d.points)});
      list += "<li><strong>" + fmt::format("{:+.1f}", round_match(d.points)) + "</strong> " +
              escape(q ? q->prompt : d.question) + " You said: " + escape(d.answer) + "</li>\n";
    }
  }
  list += "</ol>\n";
  return section(
      "why", "Why",
      "<figure>\n" +
          diverging_chart("Match points each answer added to or took from the pick", bars) +
          "<figcaption>Bars to the right raised the pick, bars to the left lowered it; "
          "the numbers are the answers listed below.</figcaption>\n</figure>\n" +
          list);
}

std::string change(const Questionnaire& questionnaire, const Catalog& catalog,
                   const Recommendation& rec) {
  if (rec.top.empty() || rec.runner_up.empty()) return "";
  return section("change", "What would change the pick",
                 "<p>" + escape(change_sentence(questionnaire, catalog, rec)) + "</p>\n");
}

std::string warnings(const Recommendation& rec) {
  if (rec.score.warnings.empty()) {
    return section("warnings", "Please note", "<p>There are no warnings.</p>\n");
  }
  std::string out = "<ul class=\"warn\">\n";
  for (const auto& w : rec.score.warnings) out += "<li>" + escape(w) + "</li>\n";
  return section("warnings", "Please note", out + "</ul>\n");
}

// Answers that pull one trait hard both ways: worth a second look, or a talk.
std::string contradictions(const Questionnaire& questionnaire, const Recommendation& rec) {
  if (rec.score.contradictions.empty()) return "";
  std::string out = "<ul>\n";
  for (const auto& c : rec.score.contradictions) {
    out += "<li>" + escape(contradiction_text(questionnaire, c)) + "</li>\n";
  }
  return section("contradictions", "Answers that pull against each other", out + "</ul>\n");
}

std::string answers_appendix(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::string rows;
  for (const auto& q : questionnaire.questions) {
    std::string given;
    if (const Answer* a = answers.find(q.id)) {
      given = answer_words(q, a->value);
    } else if (std::find(answers.skipped.begin(), answers.skipped.end(), q.id) !=
               answers.skipped.end()) {
      given = "(skipped)";
    } else if (is_asked(q, answers)) {
      given = "(no answer)";
    } else {
      continue;  // not asked, given the other answers
    }
    rows += "<tr><td data-label=\"Question\">" + escape(q.prompt) +
            "</td><td data-label=\"Your answer\">" + escape(given) + "</td></tr>\n";
  }
  return section("answers", "Appendix: your answers",
                 "<div class=\"scroll\"><table "
                 "class=\"stack\">\n<thead><tr><th>Question</th><th>Your answer</th></tr>"
                 "</thead>\n<tbody>\n" +
                     rows + "</tbody>\n</table></div>\n");
}

}  // namespace

std::string person_report(const Questionnaire& questionnaire, const Catalog& catalog,
                          const AnswerSet& answers, const Recommendation& rec,
                          const ReportInfo& info) {
  Citations cited(catalog);
  std::string body = header(questionnaire, info) + "<main>\n";
  body += fit(catalog, rec);
  body += pick(catalog, rec);
  body += path_section(questionnaire, catalog, rec, cited);
  body += certifications(catalog, rec, cited);
  body += trade_offs_section(catalog, rec, cited);
  body += pay_and_outlook(catalog, rec, cited);
  body += why(questionnaire, rec);
  body += change(questionnaire, catalog, rec);
  body += warnings(rec);
  body += contradictions(questionnaire, rec);
  body += answers_appendix(questionnaire, answers);
  std::vector<std::string> subjects;
  if (!rec.top.empty()) subjects.push_back(rec.top);
  for (const auto& c : rec.certifications) subjects.push_back(c.id);
  body += sources_section(catalog, cited, subjects);
  body += "</main>\n" + footer(info.version);
  const std::string who = info.respondent.empty() ? "" : " for " + info.respondent;
  return page("Career report" + who, body);
}

}  // namespace medcareer::ui::html
