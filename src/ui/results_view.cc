#include "ui/results_view.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ui/catalog_view.h"
#include "ui/figure_text.h"
#include "ui/wrap.h"

namespace medcareer::ui {

std::string match_bar(double fraction, std::size_t width, bool ascii) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  auto filled = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(width)));
  std::string bar;
  for (std::size_t i = 0; i < width; ++i) {
    bar += i < filled ? (ascii ? "#" : "\u2588") : (ascii ? "." : "\u2591");
  }
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
    bar += i < filled ? (o.ascii ? "-" : "\u2500") : (o.ascii ? "." : "\u2591");
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
    const double fraction = r.match / 100;
    std::string line = "  " + (r.role == rec.top ? o.style.bold(id) : id) + "  " +
                       (r.ruled_out ? ruled_out_bar(fraction, bar_width, o)
                                    : match_bar(fraction, bar_width, o.ascii)) +
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

}  // namespace

std::string render_results(const Questionnaire& questionnaire, const Catalog& catalog,
                           const std::string& respondent, const Recommendation& rec,
                           const ResultsOptions& o) {
  std::string out =
      o.style.bold("Results" + (respondent.empty() ? "" : " for " + respondent)) + "\n";
  out += heading("How well each first job fits you", o) + ranking_lines(catalog, rec, o);
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
  out += heading("Your path", o);
  int n = 0;
  for (const auto& step : rec.path) {
    std::string label = std::to_string(++n) + ". " + step.stage + ": ";
    out += wrap(label + step.text, o.width, "  ", std::string(label.size() + 2, ' '));
  }
  for (bool later : {false, true}) {
    std::string lines;
    int count = 0;
    for (const auto& pick_c : rec.certifications) {
      if (pick_c.later != later) continue;
      const Certification* c = catalog.find_certification(pick_c.id);
      std::string line = std::to_string(++count) + ". " + c->id + ", " + c->name;
      std::string pay = format_span(c->pay, Unit::usd_per_year);
      if (!pay.empty()) line += "; " + pay + " on average";
      if (c->preparation_time) line += "; preparation " + format_amount(*c->preparation_time);
      std::string why;
      for (const auto& w : pick_c.why) why += (why.empty() ? "" : "; ") + w;
      if (!why.empty()) line += " (" + why + ")";
      lines += wrap(line, o.width, "  ", "     ");
    }
    if (!lines.empty()) {
      out += heading(later ? "Certifications for later" : "Certifications for you", o) + lines;
    }
  }
  out += heading("Pay and outlook", o);
  std::string facts = "pay: " + pay_span(top);
  if (training_span(top) != "-") facts += "; training: " + training_span(top);
  out += wrap(facts, o.width, "  ", "    ");
  if (!top.growth.empty()) {
    out += wrap("projected job growth: " + compact_span(top.growth, Unit::percent) +
                    " (see 'medcareer roles show " + top.id + "' for each source)",
                o.width, "  ", "    ");
  }
  if (o.explain && (!rec.raised.empty() || !rec.lowered.empty())) {
    out += heading("Why", o);
    // The points right-aligned in one column, and every line of the text under its start.
    std::size_t points_width = 0;
    for (const auto* list : {&rec.raised, &rec.lowered}) {
      for (const auto& d : *list)
        points_width = std::max(points_width, signed_points(d.points).size());
    }
    for (const auto* list : {&rec.raised, &rec.lowered}) {
      for (const auto& d : *list) {
        const Question* q = questionnaire.find_question(d.question);
        const std::string points = signed_points(d.points);
        const std::string lead =
            "  " + std::string(points_width - points.size(), ' ') + points + "  ";
        out += wrap(q->prompt + " You said: " + d.answer, o.width, lead,
                    std::string(lead.size(), ' '));
      }
    }
  }
  if (o.explain) {
    out += heading("What would change the pick", o);
    if (!rec.change) {
      out += wrap("No change of one or two answers would put another role first.", o.width, "  ",
                  "  ");
    } else {
      const Role* next = catalog.find_role(rec.change->new_top);
      std::string text = "If you answered ";
      bool first = true;
      for (const auto& e : rec.change->edits) {
        const Question* q = questionnaire.find_question(e.question);
        text += (first ? "" : ", and ") + std::string("\"") + q->prompt + "\" with \"" +
                answer_words(*q, e.to) + "\"";
        first = false;
      }
      text += ", " + (next ? next->title : rec.change->new_top) + " would come first (" +
              fmt::format("{:.1f}%", round_match(rec.change->new_match)) + ").";
      out += wrap(text, o.width, "  ", "  ");
    }
  }
  return out;
}

}  // namespace medcareer::ui
