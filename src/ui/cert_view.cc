// The certification half of catalog_view.h.
#include "ui/catalog_view.h"
#include "ui/citations.h"
#include "ui/figure_text.h"
#include "ui/text_table.h"
#include "ui/wrap.h"

namespace medcareer::ui {

std::string render_certification_list(const Catalog& catalog,
                                      const std::vector<const Certification*>& certs,
                                      const ViewOptions& view) {
  TextTable table;
  table.plain(view.style.plain());
  table.add_column("ID");
  table.add_column("CERTIFICATION", TextTable::Align::left, 25);
  table.add_column("BODY", TextTable::Align::left, 14);
  table.add_column("LEVEL", TextTable::Align::left, TextTable::kAnyWidth);
  table.add_column("PAY A YEAR", TextTable::Align::left, TextTable::kAnyWidth);
  table.fit(view.width);
  bool dash = false;
  for (const Certification* c : certs) {
    // The body's acronym keeps the table narrow; `certs show` gives the full name.
    std::string body = c->body.empty() ? "-" : c->body.substr(0, c->body.find(" ("));
    std::string pay = compact_span(c->pay, Unit::usd_per_year);
    dash = dash || body == "-" || pay == "-";
    table.add_row({view.style.bold(c->id), c->name, body, cert_level_id(c->level), pay});
  }
  std::string out = table.render();
  if (dash) out += dash_legend(view.width);
  std::string labels;
  for (const Certification* c : certs) {
    if (!c->acronym_given) labels += (labels.empty() ? "" : ", ") + c->id;
  }
  if (!labels.empty())
    out +=
        "\n" + wrap(labels + ": medcareer's own labels; the sources give no acronym.", view.width);
  out += "\n" + wrap(
                    "PAY A YEAR: the average pay of people who hold the certification, not the "
                    "pay of a job.",
                    view.width);
  if (view.sources) {
    // The sources behind the pay shown; `certs show ID --sources` cites the rest.
    Citations cited(catalog);
    for (const Certification* c : certs) cited.use(c->pay, Unit::usd_per_year, c->id + " pay");
    out += cited.render(view.width, view.style);
  }
  return out;
}

std::string render_certification(const Catalog& catalog, const Certification& c,
                                 const ViewOptions& view) {
  std::string title = c.name + " (" + c.id + ")";
  std::string out = view.style.bold(title) + "\n" + std::string(visible_width(title), '=') + "\n";
  auto field = [&](const std::string& label, const std::string& text) {
    if (text.empty()) return;
    out += "\n" + view.style.heading(label) + "\n" + wrap(text, view.width, "  ", "  ");
  };
  if (!c.acronym_given) {
    field("About the name",
          "The sources give no acronym for it; " + c.id + " is medcareer's own label.");
  }
  field("Certifying body", c.body.empty() ? "not named in the sources" : c.body);
  std::string roles;
  for (const auto& id : c.roles) {
    const Role* r = catalog.find_role(id);
    roles += (roles.empty() ? "" : ", ") + (r ? r->title + " (" + id + ")" : id);
  }
  field("For", roles);
  field("Level", cert_level_id(c.level));
  field("What it covers", c.covers);
  field("Before you can sit it", c.prerequisites);
  field("How people prepare", c.preparation);
  if (c.preparation_time) field("Preparation time", format_figure(catalog, *c.preparation_time));
  if (!c.pay.empty()) {
    out += "\n" + view.style.heading("Pay of holders") + "\n";
    for (const auto& f : c.pay) out += wrap(format_figure(catalog, f), view.width, "  - ", "    ");
  }
  field("Described by", citation(catalog, c.source));
  Citations cited(catalog);
  cited.use(c.source);
  cited.use(c.pay);
  if (c.preparation_time) cited.use(*c.preparation_time);
  std::vector<std::string> subjects{c.id};
  subjects.insert(subjects.end(), c.roles.begin(), c.roles.end());
  out += cited.disclosures(subjects, view.width, view.style);
  if (view.sources) out += cited.render(view.width, view.style);
  return out;
}

}  // namespace medcareer::ui
