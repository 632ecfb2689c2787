#include "ui/catalog_view.h"

#include "ui/citations.h"
#include "ui/figure_text.h"
#include "ui/text_table.h"
#include "ui/wrap.h"

namespace medcareer::ui {

namespace {
// "4-24 months"; "on the job" when no training is needed before the first day.
std::string training_words(const std::string& months) {
  if (months == "-") return "-";
  if (months == "0") return "on the job";
  return months + " months";
}
}  // namespace

std::string remote_word(const Role& role) {
  if (!role.remote) return "-";
  switch (*role.remote) {
    case RemoteShare::common:
      return "yes";
    case RemoteShare::some:
      return "some";
    case RemoteShare::rare:
      return "rarely";
    case RemoteShare::none:
      return "no";
  }
  return "-";
}

std::string render_role_list(const Catalog& catalog, const ViewOptions& view) {
  // First jobs, then the roles they grow into: two tables, each with its own columns.
  // Every column but the ids may wrap to fit the terminal; the titles wrap first, being
  // the widest.
  const auto any = TextTable::kAnyWidth;
  TextTable first;
  first.plain(view.style.plain());
  first.add_column("ID");
  first.add_column("FIRST JOB", TextTable::Align::left, 24);
  first.add_column("PAY A YEAR", TextTable::Align::left, any);
  first.add_column("TRAINING", TextTable::Align::left, any);
  first.add_column("REMOTE", TextTable::Align::left, any);
  first.fit(view.width);
  TextTable later;
  later.plain(view.style.plain());
  later.add_column("ID");
  later.add_column("LATER ROLE", TextTable::Align::left, 30);
  later.add_column("PAY A YEAR", TextTable::Align::left, any);
  later.add_column("GROWS FROM", TextTable::Align::left, 18);
  later.fit(view.width);
  bool dash = false;
  for (const auto& r : catalog.roles) {
    std::string pay = compact_span(r.pay, Unit::usd_per_year);
    dash = dash || pay == "-";
    if (r.entry) {
      std::string months = compact_span(r.training, Unit::months);
      dash = dash || months == "-";
      first.add_row({view.style.bold(r.id), r.title, pay, training_words(months), remote_word(r)});
    } else {
      std::string from;
      for (const auto& other : catalog.roles) {
        for (const auto& next : other.leads_to) {
          if (next == r.id && other.entry) from += (from.empty() ? "" : ", ") + other.id;
        }
      }
      later.add_row({view.style.bold(r.id), r.title, pay, from.empty() ? "-" : from});
    }
  }
  std::string out = first.render() + "\n" + later.render();
  if (dash) out += dash_legend(view.width);
  if (view.sources) {
    // The sources behind the figures shown, in the order the tables show them, each with
    // the cells it stands behind.
    Citations cited(catalog);
    for (const bool entry : {true, false}) {
      for (const auto& r : catalog.roles) {
        if (r.entry != entry) continue;
        cited.use(r.pay, Unit::usd_per_year, r.id + " pay");
        if (entry) cited.use(r.training, Unit::months, r.id + " training");
      }
    }
    out += cited.render(view.width, view.style);
  }
  return out;
}

namespace {

std::string section(const std::string& title, const ViewOptions& view) {
  return "\n" + view.style.heading(title) + "\n";
}

std::string bullets(const std::vector<std::string>& items, const ViewOptions& view) {
  std::string out;
  for (const auto& item : items) out += wrap(item, view.width, "  - ", "    ");
  return out;
}

std::string figure_bullets(const Catalog& catalog, const std::vector<Figure>& figures,
                           const ViewOptions& view) {
  std::vector<std::string> lines;
  lines.reserve(figures.size());
  for (const auto& f : figures) lines.push_back(format_figure(catalog, f));
  return bullets(lines, view);
}

// A role's pay, each figure with its own label and source side by side (the sources
// disagree, and a merged range would hide who said what); the gaps between jobs apart, as
// they are not pay. A role the sources give no pay for shows what holders of its
// recommended certifications earn, said to be a credential's figure.
std::string pay_section(const Catalog& catalog, const Role& r, const ViewOptions& view,
                        Citations& cited) {
  std::string out;
  if (!r.pay.empty()) {
    out += figure_bullets(catalog, pay_only(r.pay), view);
    const auto gaps = differences(r.pay);
    if (!gaps.empty())
      out += wrap("compared with other jobs (a difference, not pay):", view.width, "  ", "  ") +
             figure_bullets(catalog, gaps, view);
    cited.use(r.pay);
    return out;
  }
  for (const auto& id : r.certifications.recommended) {
    const Certification* c = catalog.find_certification(id);
    if (!c) continue;
    for (const auto& f : c->pay) {
      out += wrap(
          "holders of the " + c->id + " (not the pay of this job): " + format_figure(catalog, f),
          view.width, "  - ", "    ");
      cited.use(f);
    }
  }
  if (out.empty()) return out;
  return wrap("The sources give no pay for this job itself.", view.width, "  ", "  ") + out;
}

std::string cert_names(const Catalog& catalog, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const Certification* c = catalog.find_certification(id);
    out += (out.empty() ? "" : "; ") + id + (c ? " (" + c->name + ")" : "");
  }
  return out;
}

std::string role_names(const Catalog& catalog, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const Role* r = catalog.find_role(id);
    out += (out.empty() ? "" : ", ") + (r ? r->title + " (" + id + ")" : id);
  }
  return out;
}

std::string title_line(const std::string& title, const ViewOptions& view) {
  if (view.style.plain()) return view.style.bold(title) + "\n";  // no line of '=' to read out
  return view.style.bold(title) + "\n" + std::string(visible_width(title), '=') + "\n";
}

}  // namespace

namespace {

// What a later role's summary leaves out because the sources do not describe it, as
// "duties, settings or pay"; empty when it leaves out nothing.
std::string undescribed(const Role& r) {
  std::vector<std::string> missing;
  if (r.duties.empty()) missing.emplace_back("duties");
  if (r.settings.empty()) missing.emplace_back("settings");
  if (r.skills.empty()) missing.emplace_back("skills");
  if (r.education.empty() && r.training.empty()) missing.emplace_back("training");
  if (r.pay.empty()) missing.emplace_back("pay");
  std::string out;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) out += i + 1 == missing.size() ? " or " : ", ";
    out += missing[i];
  }
  return out;
}

bool is_next_step(const Catalog& catalog, const Role& r) {
  for (const auto& other : catalog.roles) {
    for (const auto& next : other.leads_to) {
      if (next == r.id) return true;
    }
  }
  return false;
}

const char* kNoFigure = "the sources give no figure";

}  // namespace

std::string render_role(const Catalog& catalog, const Role& r, const ViewOptions& view) {
  Citations cited(catalog);
  std::string out = title_line(r.title + " (" + r.id + ")", view);
  out += wrap(r.summary, view.width);
  // An entry role has every section (the loader insists); a later role has what the
  // sources say of it, and one line saying what they leave out.
  if (const std::string missing = undescribed(r); !r.entry && !missing.empty()) {
    out += "\n" + wrap(std::string(is_next_step(catalog, r)
                                       ? "The sources name this role as a next step but do "
                                         "not describe its "
                                       : "The sources do not describe its ") +
                           missing + ".",
                       view.width);
  }
  if (!r.duties.empty()) out += section("Day to day", view) + bullets(r.duties, view);
  if (!r.settings.empty()) out += section("Where they work", view) + bullets(r.settings, view);
  if (!r.skills.empty()) out += section("Key skills", view) + bullets(r.skills, view);
  if (!r.education.empty() || !r.training.empty()) {
    out += section("Education and training", view);
    if (!r.education.empty()) out += wrap(r.education, view.width, "  ", "  ");
    out += figure_bullets(catalog, r.training, view);
    if (r.training.empty()) out += bullets({std::string("training length: ") + kNoFigure}, view);
    cited.use(r.training);
  }
  const auto& certs = r.certifications;
  if (!certs.required.empty() || !certs.recommended.empty() || !certs.optional.empty()) {
    out += section("Certifications", view);
    if (!certs.required.empty())
      out += wrap("required: " + cert_names(catalog, certs.required), view.width, "  ", "    ");
    if (!certs.recommended.empty())
      out +=
          wrap("recommended: " + cert_names(catalog, certs.recommended), view.width, "  ", "    ");
    if (!certs.optional.empty())
      out += wrap("optional: " + cert_names(catalog, certs.optional), view.width, "  ", "    ");
  }
  if (const std::string pay = pay_section(catalog, r, view, cited); !pay.empty())
    out += section("Pay", view) + pay;
  // Job growth is part of every first job's outlook, so its absence is said.
  if (!r.growth.empty() || !r.outlook.empty() || r.entry) {
    out += section("Outlook", view) + figure_bullets(catalog, r.growth, view) +
           figure_bullets(catalog, r.outlook, view);
    if (r.entry && r.growth.empty())
      out += bullets({std::string("job growth: ") + kNoFigure}, view);
    cited.use(r.growth);
    cited.use(r.outlook);
  }
  std::vector<std::string> style_lines;
  if (r.remote) {
    std::string line = "remote work: " + remote_id(*r.remote);
    if (r.remote_note) {
      line += ". " + r.remote_note->text + " (" + citation(catalog, *r.remote_note) + ")";
      cited.use(*r.remote_note);
    }
    style_lines.push_back(line);
  }
  if (!r.schedule.empty()) {
    std::string line = "schedule: " + r.schedule;
    if (!r.schedule_source.empty()) {
      line += " (" + citation(catalog, r.schedule_source) + ")";
      cited.use(r.schedule_source);
    }
    style_lines.push_back(line);
  }
  if (r.patient_contact) style_lines.push_back("patient contact: " + amount_id(*r.patient_contact));
  if (r.physical_activity)
    style_lines.push_back("physical activity: " + amount_id(*r.physical_activity));
  if (!style_lines.empty()) out += section("Work style", view) + bullets(style_lines, view);
  if (!r.leads_to.empty()) {
    out += section("Where it leads", view) +
           wrap(role_names(catalog, r.leads_to), view.width, "  ", "  ");
  }
  if (!r.notes.empty()) {
    std::vector<std::string> lines;
    for (const auto& n : r.notes) {
      lines.push_back(n.text + " (" + citation(catalog, n) + ")");
      cited.use(n);
    }
    out += section("Good to know", view) + bullets(lines, view);
  }
  // The certifications are named without a citation, but a seller of one is disclosed.
  std::vector<std::string> subjects{r.id};
  for (const auto* list :
       {&r.certifications.required, &r.certifications.recommended, &r.certifications.optional}) {
    for (const auto& id : *list) {
      subjects.push_back(id);
      if (const Certification* c = catalog.find_certification(id)) cited.behind(c->source);
    }
  }
  out += cited.disclosures(subjects, view.width, view.style);
  if (view.sources) out += cited.render(view.width, view.style);
  return out;
}

std::string render_role_comparison(const Catalog& catalog, const std::vector<const Role*>& roles,
                                   const ViewOptions& view) {
  // A column of prose reads best under about 40 characters, however wide the terminal.
  const std::size_t widest_column = 40;
  TextTable table;
  table.plain(view.style.plain());
  table.add_column("", TextTable::Align::left, TextTable::kAnyWidth);
  for (const Role* r : roles) table.add_column(r->id, TextTable::Align::left, widest_column);
  table.fit(view.width);
  bool dash = false;
  auto row = [&](const std::string& label, auto&& cell) {
    std::vector<std::string> cells{label};
    for (const Role* r : roles) {
      cells.push_back(cell(*r));
      dash = dash || cells.back() == "-";
    }
    table.add_row(cells);
  };
  row("role", [](const Role& r) { return r.title; });
  row("pay", [&](const Role& r) { return cited_span(catalog, r.pay, Unit::usd_per_year); });
  row("training", [&](const Role& r) { return cited_span(catalog, r.training, Unit::months); });
  row("job growth",
      [&](const Role& r) { return cited_span(catalog, r.growth, Unit::percent); });
  row("remote work", [](const Role& r) { return remote_word(r); });
  row("patient contact",
      [](const Role& r) { return r.patient_contact ? amount_id(*r.patient_contact) : "-"; });
  row("on your feet",
      [](const Role& r) { return r.physical_activity ? amount_id(*r.physical_activity) : "-"; });
  row("first certificate", [](const Role& r) {
    const auto& c = r.certifications;
    if (!c.required.empty()) return c.required.front() + " (required)";
    if (!c.recommended.empty()) return c.recommended.front();
    if (!c.optional.empty()) return c.optional.front() + " (optional)";
    return std::string("-");
  });
  row("schedule", [&](const Role& r) {
    if (r.schedule.empty()) return std::string("-");
    if (r.schedule_source.empty()) return r.schedule;
    const Source* s = catalog.find_source(r.schedule_source);
    return r.schedule + " (" + (s ? s->publisher : r.schedule_source) + ")";
  });
  // One id a line: ids are long single words, and commas would lengthen them.
  row("leads to", [&](const Role& r) {
    std::string out;
    for (const auto& id : r.leads_to) out += (out.empty() ? "" : "\n") + id;
    return out.empty() ? "-" : out;
  });
  std::string out = table.render();
  if (dash) out += dash_legend(view.width);
  if (view.sources) {
    // The sources of the figures in the table, not of every figure the roles have.
    Citations cited(catalog);
    for (const Role* r : roles) {
      cited.use(r->pay, Unit::usd_per_year, r->id + " pay");
      cited.use(r->training, Unit::months, r->id + " training");
      cited.use(r->growth, Unit::percent, r->id + " job growth");
      if (!r->schedule_source.empty()) cited.use(r->schedule_source, r->id + " schedule");
    }
    out += cited.render(view.width, view.style);
  }
  return out;
}

}  // namespace medcareer::ui
