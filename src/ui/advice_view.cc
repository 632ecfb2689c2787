#include "ui/advice_view.h"

#include <fmt/format.h>

#include <cctype>

#include "ui/figure_text.h"
#include "ui/wrap.h"

namespace medcareer::ui {

namespace {

std::string title_of(const Catalog& catalog, const std::string& id) {
  const Role* r = catalog.find_role(id);
  return r ? r->title : id;
}

std::string sourced(const Catalog& catalog, const SourcedText& t) {
  return t.text + " (" + citation(catalog, t) + ")";
}

std::string figures_text(const Catalog& catalog, const std::vector<const Figure*>& figures) {
  std::string out;
  for (const Figure* f : figures) out += (out.empty() ? "" : "; ") + figure_line(catalog, *f);
  return out;
}

std::string certification_name(const Catalog& catalog, const std::string& id) {
  const Certification* c = catalog.find_certification(id);
  return c ? c->name + " (" + c->id + ")" : id;
}

std::string dollars(double amount) {
  return "$" + format_number(amount) + " a year";
}

}  // namespace

std::string figure_line(const Catalog& catalog, const Figure& f) {
  if (f.unit == Unit::months && f.highest() == 0) return f.what + " (" + citation(catalog, f) + ")";
  return format_figure(catalog, f);
}

std::string length_text(const Catalog& catalog, const std::vector<Figure>& lengths) {
  if (lengths.empty()) return "How long: the sources give no length of training for this job.";
  std::string out = "How long: ";
  for (std::size_t i = 0; i < lengths.size(); ++i) {
    out += (i ? "; " : "") + figure_line(catalog, lengths[i]);
  }
  return out + ".";
}

std::string close_call_text(const Catalog& catalog, const Recommendation& rec) {
  if (!rec.close_call) return "";
  const RoleScore* top = rec.score.find(rec.top);
  const RoleScore* next = rec.score.find(rec.runner_up);
  if (!top || !next) return "";
  return fmt::format(
      "A close call: {} ({:.1f}%) and {} ({:.1f}%) are within {} points of each other, so "
      "read about both before you choose.",
      title_of(catalog, rec.top), round_match(top->match), title_of(catalog, rec.runner_up),
      round_match(next->match), kCloseCallPoints);
}

std::string growth_section(const Questionnaire& questionnaire, const Catalog& catalog,
                           const Recommendation& rec, const ResultsOptions& o) {
  const Growth& g = rec.growth;
  if (g.branches.empty()) return "";
  std::string out = "\n" + o.style.heading("Where it can lead") + "\n";
  const Trait* goal = g.goal.empty() ? nullptr : questionnaire.find_trait(g.goal);
  const std::string pick = title_of(catalog, rec.top);
  // "Growing into ..." reads on after "your goal of".
  std::string aim = goal ? goal->label : "";
  if (!aim.empty()) aim[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(aim[0])));
  std::string lead;
  if (!goal) {
    lead = "You named no goal for later, so these are the usual next steps from " + pick + ":";
  } else if (g.served) {
    lead = "From " + pick + " toward your goal of " + aim + ":";
  } else {
    lead = "None of the sources names a step from " + pick + " toward your goal of " + aim +
           ". The steps they do name:";
  }
  out += wrap(lead, o.width, "  ", "  ");
  for (const auto& b : g.branches) {
    const Role* next = catalog.find_role(b.step->role);
    out += wrap("- " + title_of(catalog, b.step->role), o.width, "  ", "    ");
    out += wrap("Why: " + sourced(catalog, b.step->why), o.width, "    ", "      ");
    out += wrap("What it takes: " +
                    (b.step->takes ? sourced(catalog, *b.step->takes) : "the sources do not say."),
                o.width, "    ", "      ");
    if (!next) continue;
    std::string certs;
    for (const auto* list : {&next->certifications.required, &next->certifications.recommended}) {
      for (const auto& id : *list)
        certs += (certs.empty() ? "" : "; ") + certification_name(catalog, id);
    }
    if (!certs.empty()) out += wrap("Certification: " + certs, o.width, "    ", "      ");
    std::vector<const Figure*> pay;
    for (const auto& f : next->pay) pay.push_back(&f);
    if (!pay.empty()) out += wrap("Pay: " + figures_text(catalog, pay), o.width, "    ", "      ");
  }
  return out;
}

std::string trade_off_section(const Catalog& catalog, const Recommendation& rec,
                              const ResultsOptions& o) {
  if (rec.trade_offs.empty()) return "";
  std::string out = "\n" + o.style.heading("Trade-offs") + "\n";
  const std::string pick = title_of(catalog, rec.top);
  bool pay_said = false;
  for (const auto& t : rec.trade_offs) {
    const std::string role = title_of(catalog, t.role);
    std::string text;
    if (t.kind == TradeOff::Kind::pay) {
      if (!pay_said) {
        out += wrap("You hope for " + dollars(t.hoped_pay) + " or more, but the sources put " +
                        pick + " pay at " + figures_text(catalog, t.pick_pay) + ".",
                    o.width, "  ! ", "    ");
        pay_said = true;
      }
      text = fmt::format("{} pays what you hope for ({:.1f}% match): {}.", role,
                         round_match(t.match), figures_text(catalog, t.role_pay));
    } else {
      text = fmt::format("{} fits your answers better ({:.1f}% match) but is out of reach now.",
                         role, round_match(t.match));
      if (!t.role_pay.empty()) text += " It pays " + figures_text(catalog, t.role_pay) + ".";
    }
    out += wrap(text, o.width, "  - ", "    ");
    const Role* r = catalog.find_role(t.role);
    if (r) {
      std::string takes =
          "What it takes: " + r->education + " " + length_text(catalog, r->training);
      if (!t.certification.empty())
        takes += " First certification: " + certification_name(catalog, t.certification) + ".";
      out += wrap(takes, o.width, "    ", "    ");
    }
    for (const auto& reason : t.blocked_by)
      out += wrap("Not now: " + reason, o.width, "    ", "    ");
    if (t.two_stage && r && r->train_while_working) {
      std::string stages = "Two stages: start as " + pick;
      stages += " now, and train for " + role + " while you work. ";
      stages += sourced(catalog, *r->train_while_working);
      out += wrap(stages, o.width, "    ", "    ");
    }
  }
  return out;
}

std::string no_change_text(const Catalog& catalog, const Recommendation& rec) {
  if (rec.runner_up.empty()) {
    return "No other first job is open to you with these answers, so no change of an answer "
           "you could make would give a different pick.";
  }
  return "No reasonable change would put " + title_of(catalog, rec.runner_up) +
         " first: changing up to " + std::to_string(kMaxChangeEdits) +
         " of the answers you can change (never one you said you need) is not enough.";
}

}  // namespace medcareer::ui
