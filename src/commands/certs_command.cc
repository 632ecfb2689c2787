// `medcareer certs [--role ID]` and `certs show ID`.

#include <memory>

#include "commands/commands.h"
#include "medcareer/catalog_json.h"
#include "ui/catalog_view.h"

namespace medcareer::commands {

namespace {

struct CertsOptions {
  std::string format;
  std::string role;
  bool sources = false;
  std::string id;
};

void run_list(Context& context, const CertsOptions& options) {
  const Catalog& catalog = context.catalog();
  std::vector<const Certification*> certs;
  if (options.role.empty()) {
    for (const auto& c : catalog.certifications) certs.push_back(&c);
  } else {
    if (!catalog.find_role(options.role)) context.unknown("role", options.role, catalog.role_ids());
    certs = catalog.certifications_for(options.role);
  }
  if (options.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Certification* c : certs) list.push_back(certification_json(catalog, *c));
    return print_json(list.dump(2));
  }
  ui::ViewOptions view{context.stdout_width(), context.stdout_style(), options.sources};
  print(ui::render_certification_list(catalog, certs, view));
}

void run_show(Context& context, const CertsOptions& options) {
  const Catalog& catalog = context.catalog();
  const Certification* c = catalog.find_certification(options.id);
  if (!c) context.unknown("certification", options.id, catalog.certification_ids());
  if (options.format == "json") return print_json(certification_json(catalog, *c).dump(2));
  ui::ViewOptions view{context.stdout_width(), context.stdout_style(), options.sources};
  print(ui::render_certification(catalog, *c, view));
}

}  // namespace

void setup_certs(CLI::App& app, Context& context) {
  auto options = std::make_shared<CertsOptions>();
  CLI::App* certs = app.add_subcommand("certs", "Certifications, optionally for one role");
  certs->require_subcommand(0, 1);
  add_format_option(*certs, options->format, {"text", "json"});
  certs->add_option("--role", options->role, "Only the certifications for this role id")
      ->type_name("ROLE");
  certs->add_flag("--sources", options->sources, "End with the full citation of every source");
  CLI::App* show = certs->add_subcommand("show", "One certification in full");
  show->add_option("CERT", options->id, "Certification id, e.g. CPC")->type_name("")->required();
  show->callback([&context, options] { run_show(context, *options); });
  certs->callback([&context, options, certs] {
    if (certs->get_subcommands().empty()) run_list(context, *options);
  });
}

}  // namespace medcareer::commands
