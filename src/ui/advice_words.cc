#include "ui/advice_words.h"

#include <fmt/format.h>

#include <cctype>

#include "ui/figure_text.h"

namespace medcareer::ui {

namespace {

std::string title_of(const Catalog& catalog, const std::string& id) {
  const Role* r = catalog.find_role(id);
  return r ? r->title : id;
}

// The claim with its citation; the source noted where a view collects them.
std::string sourced(const Catalog& catalog, const SourcedText& t, Citations* cited) {
  if (cited) cited->use(t);
  return t.text + " (" + citation(catalog, t) + ")";
}

std::string cited_line(const Catalog& catalog, const Figure& f, Citations* cited) {
  if (cited) cited->use(f);
  return figure_line(catalog, f);
}

std::string figures_text(const Catalog& catalog, const std::vector<const Figure*>& figures,
                         Citations* cited) {
  std::string out;
  for (const Figure* f : figures) out += (out.empty() ? "" : "; ") + cited_line(catalog, *f, cited);
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

std::string stage_label(const PathStep& step) {
  return step.stage + (step.optional ? " (optional)" : "");
}

GrowthWords growth_words(const Questionnaire& questionnaire, const Catalog& catalog,
                         const Recommendation& rec, Citations* cited) {
  const Growth& g = rec.growth;
  GrowthWords out;
  if (g.branches.empty()) return out;
  const Trait* goal = g.goal.empty() ? nullptr : questionnaire.find_trait(g.goal);
  const std::string pick = title_of(catalog, rec.top);
  // "Growing into ..." reads on after "your goal of".
  std::string aim = goal ? goal->label : "";
  if (!aim.empty()) aim[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(aim[0])));
  if (!goal) {
    out.lead = "You named no goal for later, so these are the usual next steps from " + pick + ":";
  } else if (g.served) {
    out.lead = "From " + pick + " toward your goal of " + aim + ":";
  } else {
    out.lead = "None of the sources names a step from " + pick + " toward your goal of " + aim +
               ". The steps they do name:";
  }
  for (const auto& b : g.branches) {
    BranchWords branch{title_of(catalog, b.step->role), {}};
    branch.lines.push_back("Why: " + sourced(catalog, b.step->why, cited));
    branch.lines.push_back("What it takes: " + (b.step->takes
                                                    ? sourced(catalog, *b.step->takes, cited)
                                                    : "the sources do not say."));
    if (const Role* next = catalog.find_role(b.step->role)) {
      std::string certs;
      for (const auto* list : {&next->certifications.required, &next->certifications.recommended}) {
        for (const auto& id : *list)
          certs += (certs.empty() ? "" : "; ") + certification_name(catalog, id);
      }
      if (!certs.empty()) branch.lines.push_back("Certification: " + certs);
      std::vector<const Figure*> pay;
      for (const auto& f : next->pay) pay.push_back(&f);
      if (!pay.empty()) branch.lines.push_back("Pay: " + figures_text(catalog, pay, cited));
    }
    out.branches.push_back(std::move(branch));
  }
  return out;
}

std::vector<TradeOffWords> trade_off_words(const Catalog& catalog, const Recommendation& rec,
                                           Citations* cited) {
  std::vector<TradeOffWords> out;
  const std::string pick = title_of(catalog, rec.top);
  bool pay_said = false;
  for (const auto& t : rec.trade_offs) {
    TradeOffWords words;
    const std::string role = title_of(catalog, t.role);
    if (t.kind == TradeOff::Kind::pay) {
      if (!pay_said) {
        words.gap = "You hope for " + dollars(t.hoped_pay) + " or more, but the sources put " +
                    pick + " pay at " + figures_text(catalog, t.pick_pay, cited) + ".";
        pay_said = true;
      }
      words.text = fmt::format("{} pays what you hope for ({:.1f}% match): {}.", role,
                               round_match(t.match), figures_text(catalog, t.role_pay, cited));
    } else {
      words.text =
          fmt::format("{} fits your answers better ({:.1f}% match) but is out of reach now.", role,
                      round_match(t.match));
      if (!t.role_pay.empty())
        words.text += " It pays " + figures_text(catalog, t.role_pay, cited) + ".";
    }
    const Role* r = catalog.find_role(t.role);
    if (r) {
      if (cited) cited->use(r->training);
      std::string takes =
          "What it takes: " + r->education + " " + length_text(catalog, r->training);
      if (!t.certification.empty())
        takes += " First certification: " + certification_name(catalog, t.certification) + ".";
      words.details.push_back(std::move(takes));
    }
    for (const auto& reason : t.blocked_by) words.details.push_back("Not now: " + reason);
    if (t.two_stage && r && r->train_while_working) {
      std::string stages = "Two stages: start as " + pick;
      stages += " now, and train for " + role + " while you work. ";
      stages += sourced(catalog, *r->train_while_working, cited);
      words.details.push_back(std::move(stages));
    }
    out.push_back(std::move(words));
  }
  return out;
}

std::string no_change_text(const Catalog& catalog, const Recommendation& rec) {
  const std::string enough = "changing up to " + std::to_string(kMaxChangeEdits) +
                             " of the answers you can change (never one you said you need) is "
                             "not enough.";
  if (rec.runner_up.empty()) {
    return "No other first job is open to you with these answers, and no reasonable change "
           "would open one: " +
           enough;
  }
  return "No reasonable change would put another first job ahead of " + title_of(catalog, rec.top) +
         ": " + enough;
}

}  // namespace medcareer::ui
