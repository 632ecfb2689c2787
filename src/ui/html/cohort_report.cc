#include "ui/html/cohort_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "ui/html/escape.h"
#include "ui/html/page.h"
#include "ui/html/report_parts.h"
#include "ui/html/svg.h"

namespace medcareer::ui::html {

namespace {

double share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::string count_text(std::size_t n, std::size_t whole) {
  return fmt::format("{} ({:.1f}%)", n, round_match(share(n, whole)));
}

// "A", "A and B", "A, B and C".
std::string listed(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

// Every role ruled out: which of them the person's needs rule out (the questionnaire says
// which roles each need rules out), and which their other answers do.
std::string all_ruled_out(const Questionnaire& questionnaire, const Catalog& catalog,
                          const Recommendation& rec) {
  std::vector<std::string> needs;
  std::set<std::string> by_need;
  for (const auto& n : rec.score.needs) {
    const Question* q = questionnaire.find_question(n.question);
    const Option* o = q ? q->find_option(n.option) : nullptr;
    if (!o) continue;
    needs.push_back("\"" + o->label + "\"");
    for (const auto& r : o->rules_out) by_need.insert(r.role);
  }
  std::vector<std::string> need_roles, other_roles;
  for (const auto& r : rec.score.ranking) {
    const Role* role = catalog.find_role(r.role);
    (by_need.count(r.role) ? need_roles : other_roles).push_back(role ? role->title : r.role);
  }
  if (need_roles.empty()) return "Every role is ruled out by the answers.";
  std::string out =
      "Every role is ruled out: " + std::string(needs.size() == 1 ? "the need " : "the needs ") +
      listed(needs) + " rule" + (needs.size() == 1 ? "s" : "") + " out " + listed(need_roles);
  if (!other_roles.empty()) out += ", and other answers rule out " + listed(other_roles);
  return out + ".";
}

}  // namespace

CohortReport::Flags CohortReport::flags_of(const Recommendation& rec) {
  Flags f;
  f.all_ruled_out =
      !rec.score.ranking.empty() && std::all_of(rec.score.ranking.begin(), rec.score.ranking.end(),
                                                [](const RoleScore& r) { return r.ruled_out; });
  f.contradictions = !rec.score.contradictions.empty();
  f.low_signal = rec.score.low_signal;
  return f;
}

// Why a counselor should talk to this person first, in one line: each reason that holds,
// the most pressing first; empty when none does.
std::string CohortReport::reason(const Recommendation& rec, const Flags& f) const {
  std::string out;
  if (f.all_ruled_out) out = all_ruled_out(questionnaire_, catalog_, rec);
  if (f.contradictions) {
    const auto& c = rec.score.contradictions;
    out += (out.empty() ? "" : " ") + std::string("Answers contradict each other: ") +
           contradiction_text(questionnaire_, c.front());
    if (c.size() == 2) out += " One more pair of answers does too.";
    if (c.size() > 2) out += fmt::format(" {} more pairs of answers do too.", c.size() - 1);
  }
  if (f.low_signal) {
    out += (out.empty() ? "" : " ") +
           std::string("The answers carry too little signal to name a role.");
  }
  return out;
}

namespace {

std::string left_out(std::size_t shown, std::size_t total, const std::string& what) {
  if (total <= shown) return "";
  return fmt::format(
      "<p class=\"note\">{} more {} are not listed here: this report lists the first {}. "
      "<code>medcareer score ... --format csv</code> writes every one of them.</p>\n",
      total - shown, what, shown);
}

}  // namespace

void CohortReport::add(const std::string& respondent, const Recommendation& rec) {
  const Flags f = flags_of(rec);
  if (f.all_ruled_out || f.contradictions || f.low_signal) {
    if (flags_.size() < limit_) flags_.push_back({respondent, reason(rec, f)});
    ++flags_total_;
    flag_counts_[0] += f.all_ruled_out;
    flag_counts_[1] += f.contradictions;
    flag_counts_[2] += f.low_signal;
  }
  if (rows_.size() < limit_) {
    Row row{respondent, rec.top, 0, evidence_words(rec.score), "", rec.score.warnings};
    if (const RoleScore* top = rec.top.empty() ? nullptr : rec.score.find(rec.top)) {
      row.match = top->match;
    }
    for (const auto& c : rec.certifications) {
      if (!c.later) {
        row.first_certification = c.id;
        break;
      }
    }
    rows_.push_back(std::move(row));
  }
  ++rows_total_;
}

void CohortReport::add_failed(const std::string& respondent, const Error& error) {
  if (failed_.size() < limit_) failed_.push_back({respondent, error});
  ++failed_total_;
}

std::string CohortReport::render(const CohortSummary& s, const ReportInfo& info) const {
  const Questionnaire& questionnaire = questionnaire_;
  std::string body = "<header>\n<h1>Cohort report</h1>\n<dl class=\"meta\">\n";
  body += "<dt>Date</dt><dd>" + escape(info.date) + "</dd>\n";
  body += "<dt>Questionnaire</dt><dd>" + escape(questionnaire.id) + ", version " +
          std::to_string(questionnaire.version) + "</dd>\n";
  body += "<dt>Made by</dt><dd>medcareer " + escape(info.version) + "</dd>\n</dl>\n</header>\n";
  body += "<main>\n";

  std::string counts = "<dl class=\"meta\">\n";
  counts += fmt::format("<dt>Respondents</dt><dd>{}</dd>\n", s.respondents);
  counts += fmt::format("<dt>Scored</dt><dd>{}</dd>\n", s.scored);
  counts += fmt::format("<dt>Failed</dt><dd>{}</dd>\n", s.failed);
  counts += "<dt>Too little signal</dt><dd>" + count_text(s.low_signal, s.scored) + "</dd>\n";
  counts += "<dt>No role could be named</dt><dd>" + count_text(s.no_pick, s.scored) + "</dd>\n";
  body += section("counts", "At a glance", counts + "</dl>\n");

  const auto entry = catalog_.entry_roles();
  std::vector<BarItem> tops;
  std::vector<BarItem> averages;
  std::string rows;
  for (const Role* r : entry) {
    auto it = s.top_roles.find(r->id);
    const std::size_t n = it == s.top_roles.end() ? 0 : it->second;
    tops.push_back({r->title, share(n, s.scored), count_text(n, s.scored), false});
    const double avg = s.average_match(r->id);
    averages.push_back({r->title, avg, fmt::format("{:.1f}%", round_match(avg)), false});
    rows += "<tr><td data-label=\"Role\">" + escape(r->title) +
            "</td><td class=\"num\" data-label=\"On top for\">" + count_text(n, s.scored) +
            "</td><td class=\"num\" data-label=\"Average match\">" +
            fmt::format("{:.1f}%", round_match(avg)) + "</td></tr>\n";
  }
  if (s.no_pick > 0) {
    tops.push_back({"No pick", share(s.no_pick, s.scored), count_text(s.no_pick, s.scored), true});
  }
  std::string roles = "<h3>Top role</h3>\n<figure>\n" +
                      bar_chart("Top role of each scored respondent", tops, 100) +
                      "<figcaption>How many scored respondents have each first job on top "
                      "(share of those scored).</figcaption>\n</figure>\n";
  roles += "<h3>Average match</h3>\n<figure>\n" +
           bar_chart("Average match per role, in percent", averages, 100) +
           "<figcaption>The average match of each first job over everyone scored."
           "</figcaption>\n</figure>\n";
  roles +=
      "<div class=\"scroll\"><table class=\"stack\">\n<thead><tr><th>Role</th><th class=\"num\">On "
      "top for</th>"
      "<th class=\"num\">Average match</th></tr></thead>\n<tbody>\n" +
      rows + "</tbody>\n</table></div>\n";
  body += section("roles", "Top roles and average match", roles);

  std::vector<BarItem> levels;
  for (Evidence level : {Evidence::strong, Evidence::moderate, Evidence::low}) {
    const std::size_t n = s.evidence[static_cast<std::size_t>(level)];
    levels.push_back({evidence_word(level), share(n, s.scored), count_text(n, s.scored),
                      level == Evidence::low});
  }
  body += section("evidence", "How much the answers told",
                  "<figure>\n" + bar_chart("Respondents by evidence level", levels, 100) +
                      "<figcaption>How many scored respondents each evidence level holds."
                      "</figcaption>\n</figure>\n");

  std::string talk;
  if (flags_.empty()) {
    talk = "<p>Nobody: every scored respondent has a clear enough pick.</p>\n";
  } else {
    // Counted over every respondent, listed or not.
    talk = fmt::format(
        "<p>{} of {} scored respondents: {} with every role ruled out, {} with answers that "
        "contradict each other, {} with too little signal to name a role.</p>\n<ul>\n",
        flags_total_, s.scored, flag_counts_[0], flag_counts_[1], flag_counts_[2]);
    for (const auto& f : flags_) {
      talk += "<li><strong>" + escape(f.respondent) + "</strong>: " + escape(f.reason) + "</li>\n";
    }
    talk += "</ul>\n" + left_out(flags_.size(), flags_total_, "respondents to talk to");
  }
  body += section("talk-first", "Talk to these people first", talk);

  std::string table =
      "<div class=\"scroll\"><table class=\"stack\">\n<thead><tr><th>Respondent</th><th>Top "
      "role</th>"
      "<th class=\"num\">Match</th><th>Evidence</th><th>First certification</th>"
      "<th>Warnings</th></tr></thead>\n<tbody>\n";
  for (const auto& r : rows_) {
    std::string warnings;
    for (const auto& w : r.warnings) warnings += (warnings.empty() ? "" : " ") + w;
    table += "<tr><td data-label=\"Respondent\">" + escape(r.respondent) +
             "</td><td data-label=\"Top role\">" + (r.top.empty() ? "-" : escape(r.top)) +
             "</td><td class=\"num\" data-label=\"Match\">" +
             (r.top.empty() ? "-" : fmt::format("{:.1f}%", round_match(r.match))) +
             "</td><td data-label=\"Evidence\">" + escape(r.evidence) +
             "</td><td data-label=\"First certification\">" +
             (r.first_certification.empty() ? "-" : escape(r.first_certification)) +
             "</td><td data-label=\"Warnings\">" + (warnings.empty() ? "-" : escape(warnings)) +
             "</td></tr>\n";
  }
  table += "</tbody>\n</table></div>\n" + left_out(rows_.size(), rows_total_, "scored respondents");
  body += section("respondents", "Every respondent", table);

  std::string failed;
  if (failed_.empty()) {
    failed = "<p>None: every record was scored.</p>\n";
  } else {
    failed =
        "<div class=\"scroll\"><table "
        "class=\"stack\">\n<thead><tr><th>Record</th><th>Where</th><th>What is "
        "wrong</th></tr></thead>\n<tbody>\n";
    for (const auto& f : failed_) {
      Position where = f.error.where;
      std::string place = Error{where, "", ""}.to_string();
      if (place.size() >= 2 && place.compare(place.size() - 2, 2, ": ") == 0) {
        place.resize(place.size() - 2);
      }
      failed += "<tr><td data-label=\"Record\">" + escape(f.respondent) +
                "</td><td data-label=\"Where\">" + escape(place) +
                "</td><td data-label=\"What is wrong\">" + escape(f.error.message) + "</td></tr>\n";
    }
    failed +=
        "</tbody>\n</table></div>\n" + left_out(failed_.size(), failed_total_, "failed records");
  }
  body += section("failed", "Records that could not be scored", failed);
  body += "</main>\n" + footer(info.version);
  return page("Cohort report", body);
}

}  // namespace medcareer::ui::html
