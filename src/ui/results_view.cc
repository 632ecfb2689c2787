#include "ui/results_view.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "medcareer/printable.h"
#include "ui/advice_view.h"
#include "ui/citations.h"
#include "ui/figure_text.h"
#include "ui/wrap.h"

namespace medcareer::ui {

std::string match_bar(double fraction, std::size_t width) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  auto filled = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(width)));
  std::string bar;
  for (std::size_t i = 0; i < width; ++i) bar += i < filled ? "\u2588" : "\u2591";
  return bar;
}

namespace {

std::string heading(const std::string& text, const ResultsOptions& o) {
  return "\n" + o.style.heading(text) + "\n";
}

// A ruled-out role's bar: the same length, but drawn hollow (a line, not a block) and dim,
// so that a long bar below the top pick does not read as a better match.
std::string ruled_out_bar(double fraction, std::size_t width, const ResultsOptions& o) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  auto filled = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(width)));
  std::string bar;
  for (std::size_t i = 0; i < width; ++i) {
    bar += i < filled ? "\u2500" : "\u2591";
  }
  return o.style.dim(bar);
}

std::string ranking_lines(const Catalog& catalog, const Recommendation& rec,
                          const ResultsOptions& o) {
  std::size_t id_width = 0;
  for (const auto& r : rec.score.ranking) id_width = std::max(id_width, r.role.size());
  // Up to 30 cells; on a terminal too narrow for 8, what is left of "  ID  " and " 99.9%"
  // (at least 3), so that the line never wraps.
  const std::size_t bar_width =
      o.width >= id_width + 20
          ? std::min<std::size_t>(30, o.width - id_width - 12)
          : std::max<std::size_t>(3, o.width - std::min(o.width, id_width + 13));
  // "  ID  BAR  99.9%", then "  ruled out" where the width leaves room for it (the reason
  // below says it too).
  const bool room_for_mark = 2 + id_width + 2 + bar_width + 7 + 11 <= o.width;
  std::string out;
  for (const auto& r : rec.score.ranking) {
    std::string id = r.role + std::string(id_width - r.role.size(), ' ');
    if (o.style.plain()) {
      // Said, not drawn: "  coder           94.3% match", for a screen reader.
      out += "  " + id + "  " + fmt::format("{:.1f}% match", round_match(r.match)) +
             (r.ruled_out ? ", ruled out" : "") + "\n";
      for (const auto& reason : r.reasons) {
        out += wrap(reason, o.width, "    ruled out: ", std::string(15, ' '));
      }
      continue;
    }
    const double fraction = r.match / 100;
    std::string line =
        "  " + (r.role == rec.top ? o.style.bold(id) : id) + "  " +
        (r.ruled_out ? ruled_out_bar(fraction, bar_width, o) : match_bar(fraction, bar_width)) +
        fmt::format(" {:5.1f}%", round_match(r.match));
    if (r.ruled_out && room_for_mark) line += "  " + o.style.warn("ruled out");
    out += line + "\n";
    for (const auto& reason : r.reasons) {
      out += wrap(reason, o.width, "    ruled out: ", std::string(15, ' '));
    }
  }
  (void)catalog;
  return out;
}

std::string signed_points(double points) {
  return fmt::format("{:+.1f}", round_match(points));
}

// "pay:" and one bullet per figure, each with its publisher and year or period.
std::string figure_list(const Catalog& catalog, const std::string& label,
                        const std::vector<Figure>& figures, const ResultsOptions& o) {
  if (figures.empty()) return "";
  std::string out = "  " + label + ":\n";
  for (const auto& f : figures) out += wrap(figure_line(catalog, f), o.width, "    - ", "      ");
  return out;
}

// One edit of a change in words: 'answered "PROMPT" with "ANSWER"', or for a question where
// several options may be picked, the one option the edit ticks or unticks.
std::string edit_words(const Question& q, const Change::Edit& e) {
  const auto* from = std::get_if<std::vector<std::string>>(&e.from);
  const auto* to = std::get_if<std::vector<std::string>>(&e.to);
  if (q.type == QuestionType::multi && to) {
    static const std::vector<std::string> none;
    const auto& before = from ? *from : none;
    for (const auto& id : *to) {
      if (std::find(before.begin(), before.end(), id) == before.end()) {
        return std::string(before.empty() ? "picked \"" : "also picked \"") +
               answer_words(q, std::vector<std::string>{id}) + "\" for \"" + q.prompt + "\"";
      }
    }
    for (const auto& id : before) {
      if (std::find(to->begin(), to->end(), id) == to->end()) {
        return "did not pick \"" + answer_words(q, std::vector<std::string>{id}) + "\" for \"" +
               q.prompt + "\"";
      }
    }
  }
  return "answered \"" + q.prompt + "\" with \"" + answer_words(q, e.to) + "\"";
}

}  // namespace

std::string evidence_line(const ScoreResult& s) {
  return "Evidence: " + evidence_word(s.evidence_level) + " (" +
         std::to_string(std::lround(100 * s.evidence)) + "% of full; " + std::to_string(s.leaning) +
         " of " + std::to_string(s.answered) + " answers lean one way or the other)";
}

std::string change_sentence(const Questionnaire& questionnaire, const Catalog& catalog,
                            const Recommendation& rec) {
  if (!rec.change) return no_change_text(catalog, rec);
  const Role* next = catalog.find_role(rec.change->new_top);
  std::string text = "If you ";
  bool first = true;
  for (const auto& e : rec.change->edits) {
    text += (first ? "" : ", and ") + edit_words(*questionnaire.find_question(e.question), e);
    first = false;
  }
  return text + ", " + (next ? next->title : rec.change->new_top) + " would come first (" +
         fmt::format("{:.1f}%", round_match(rec.change->new_match)) + ").";
}

std::string render_results(const Questionnaire& questionnaire, const Catalog& catalog,
                           const std::string& respondent, const Recommendation& rec,
                           const ResultsOptions& o) {
  std::string out =
      o.style.bold("Results" + (respondent.empty() ? "" : " for " + printable(respondent))) + "\n";
  out += heading("How well each first job fits you", o) + ranking_lines(catalog, rec, o);
  out += wrap(evidence_line(rec.score), o.width, "  ", "  ");
  if (!rec.score.warnings.empty()) {
    out += heading("Please note", o);
    for (const auto& w : rec.score.warnings) out += wrap(w, o.width, "  ! ", "    ");
  }
  if (rec.top.empty()) return out;
  const Role& top = *catalog.find_role(rec.top);
  std::string pick = "Recommended: " + top.title + " (" + top.id + ")";
  if (!rec.runner_up.empty()) {
    const Role* runner = catalog.find_role(rec.runner_up);
    pick += "; runner-up: " + (runner ? runner->title : rec.runner_up);
  }
  out += "\n" + wrap(o.style.bold(pick), o.width);
  if (rec.close_call) out += wrap(close_call_text(catalog, rec), o.width);
  out += heading("Your path", o);
  int n = 0;
  for (const auto& step : rec.path) {
    std::string label = std::to_string(++n) + ". " + stage_label(step) + ": ";
    const std::string indent(label.size() + 2, ' ');
    out += wrap(label + step.text, o.width, "  ", indent);
    if (step.lengths) out += wrap(length_text(catalog, *step.lengths), o.width, indent, indent);
  }
  out += growth_section(questionnaire, catalog, rec, o);
  for (bool later : {false, true}) {
    std::string lines;
    int count = 0;
    for (const auto& pick_c : rec.certifications) {
      if (pick_c.later != later) continue;
      const Certification* c = catalog.find_certification(pick_c.id);
      std::string line = std::to_string(++count) + ". " + c->id + ", " + c->name;
      for (const auto& f : c->pay) {
        if (in_span(f, Unit::usd_per_year))
          line += "; holders average " + format_amount(f) + " (" + citation(catalog, f) + ")";
      }
      if (c->preparation_time) {
        line += "; preparation " + format_amount(*c->preparation_time) + " (" +
                citation(catalog, *c->preparation_time) + ")";
      }
      std::string why;
      for (const auto& w : pick_c.why) why += (why.empty() ? "" : "; ") + w;
      if (!why.empty()) line += " (" + why + ")";
      lines += wrap(line, o.width, "  ", "     ");
    }
    if (!lines.empty()) {
      out += heading(later ? "Certifications for later" : "Certifications for you", o) + lines;
    }
  }
  out += trade_off_section(catalog, rec, o);
  // Each figure with its own source: the sources disagree, and a merged range would hide who
  // said what.
  out += heading("Pay and outlook", o);
  std::string facts = figure_list(catalog, "pay", pay_only(top.pay), o) +
                      figure_list(catalog, "compared with other jobs (a difference, not pay)",
                                  differences(top.pay), o) +
                      figure_list(catalog, "job growth", top.growth, o) +
                      figure_list(catalog, "outlook", top.outlook, o);
  out += facts.empty()
             ? wrap("The sources give no pay or outlook figures for this job.", o.width, "  ", "  ")
             : facts;
  // Who sells what these results recommend: the job and its certifications.
  Citations cited(catalog);
  for (const auto* list : {&top.training, &top.pay, &top.growth, &top.outlook}) cited.use(*list);
  std::vector<std::string> subjects{top.id};
  for (const auto& pick_c : rec.certifications) {
    subjects.push_back(pick_c.id);
    if (const Certification* c = catalog.find_certification(pick_c.id)) cited.behind(c->source);
  }
  out += cited.disclosures(subjects, o.width, o.style);
  // An answer that moved the match by less than this many points (of 100) is left out of
  // "Why": it changed nothing a person would notice, and would only hide the ones that did.
  constexpr double kSmallestDriver = 1.0;
  auto worth_saying = [](const Driver& d) { return std::fabs(d.points) >= kSmallestDriver; };
  const bool any_raised = std::any_of(rec.raised.begin(), rec.raised.end(), worth_saying);
  const bool any_lowered = std::any_of(rec.lowered.begin(), rec.lowered.end(), worth_saying);
  if (o.explain && (any_raised || any_lowered)) {
    out += heading("Why", o);
    // The points right-aligned in one column, and every line of the text under its start.
    std::size_t points_width = 0;
    for (const auto* list : {&rec.raised, &rec.lowered}) {
      for (const auto& d : *list)
        points_width = std::max(points_width, signed_points(d.points).size());
    }
    for (const auto* list : {&rec.raised, &rec.lowered}) {
      if (!(list == &rec.raised ? any_raised : any_lowered)) continue;
      out += "  " +
             o.style.bold(list == &rec.raised ? "These answers raised the match:"
                                              : "These answers lowered the match:") +
             "\n";
      for (const auto& d : *list) {
        if (!worth_saying(d)) continue;
        const Question* q = questionnaire.find_question(d.question);
        const std::string points = signed_points(d.points);
        const std::string lead =
            "    " + std::string(points_width - points.size(), ' ') + points + "  ";
        out += wrap(q->prompt + " You said: " + d.answer, o.width, lead,
                    std::string(lead.size(), ' '));
      }
    }
  }
  if (o.explain) {
    out += heading("What would change the pick", o);
    out += wrap(change_sentence(questionnaire, catalog, rec), o.width, "  ", "  ");
  }
  return out;
}

}  // namespace medcareer::ui
