// `medcareer roles [list]`, `roles show ID...`, `roles compare ID ID...`.

#include <memory>

#include "commands/commands.h"
#include "medcareer/catalog_json.h"
#include "ui/catalog_view.h"

namespace medcareer::commands {

namespace {

struct RolesOptions {
  std::string format;
  bool sources = false;
  std::vector<std::string> ids;
};

ui::ViewOptions view_options(Context& context, const RolesOptions& options) {
  return ui::ViewOptions{context.stdout_width(), context.stdout_style(), options.sources};
}

std::vector<const Role*> find_roles(Context& context, const std::vector<std::string>& ids) {
  const Catalog& catalog = context.catalog();
  std::vector<const Role*> roles;
  for (const auto& id : ids) {
    const Role* r = catalog.find_role(id);
    if (!r) context.unknown("role", id, catalog.role_ids());
    roles.push_back(r);
  }
  return roles;
}

void run_list(Context& context, const RolesOptions& options) {
  const Catalog& catalog = context.catalog();
  if (options.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& r : catalog.roles) list.push_back(role_json(catalog, r));
    print_json(list.dump(2));
    return;
  }
  print(ui::render_role_list(catalog, view_options(context, options)));
}

void run_show(Context& context, const RolesOptions& options) {
  const Catalog& catalog = context.catalog();
  auto roles = find_roles(context, options.ids);
  if (options.format == "json") {
    if (roles.size() == 1) return print_json(role_json(catalog, *roles[0]).dump(2));
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Role* r : roles) list.push_back(role_json(catalog, *r));
    return print_json(list.dump(2));
  }
  std::string out;
  for (const Role* r : roles) {
    out += (out.empty() ? "" : "\n") + ui::render_role(catalog, *r, view_options(context, options));
  }
  print(out);
}

// A role named twice (`coder coder`, or `coder CODER`) would be compared with itself.
void refuse_repeats(const std::vector<const Role*>& roles, const std::vector<std::string>& ids) {
  for (std::size_t i = 0; i < roles.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (roles[i] == roles[j]) {
        throw Failure{Error{{},
                            "role '" + roles[i]->id + "' is named twice ('" + ids[j] + "' and '" +
                                ids[i] + "')",
                            "compare two or more different roles"},
                      exit_code::usage};
      }
    }
  }
}

void run_compare(Context& context, const RolesOptions& options) {
  const Catalog& catalog = context.catalog();
  auto roles = find_roles(context, options.ids);
  refuse_repeats(roles, options.ids);
  if (options.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Role* r : roles) list.push_back(role_json(catalog, *r));
    return print_json(list.dump(2));
  }
  print(ui::render_role_comparison(catalog, roles, view_options(context, options)));
}

}  // namespace

void setup_roles(CLI::App& app, Context& context) {
  auto options = std::make_shared<RolesOptions>();
  CLI::App* roles = app.add_subcommand("roles", "Healthcare support roles: list, show, compare");
  roles->require_subcommand(0, 1);
  add_format_option(*roles, options->format, {"text", "json"});
  roles->add_flag("--sources", options->sources, "End with the full citation of every source");

  CLI::App* list = roles->add_subcommand("list", "One line per role (the default)");
  CLI::App* show = roles->add_subcommand("show", "Everything about one or more roles");
  show->add_option("ROLE", options->ids, "Role ids, e.g. coder scribe")->type_name("")->required();
  CLI::App* compare = roles->add_subcommand("compare", "Roles side by side");
  compare->add_option("ROLE", options->ids, "Two or more role ids")
      ->type_name("")
      ->required()
      ->expected(2, -1);

  list->callback([&context, options] { run_list(context, *options); });
  show->callback([&context, options] { run_show(context, *options); });
  compare->callback([&context, options] { run_compare(context, *options); });
  roles->callback([&context, options, roles] {
    if (roles->get_subcommands().empty()) run_list(context, *options);
  });
}

}  // namespace medcareer::commands
