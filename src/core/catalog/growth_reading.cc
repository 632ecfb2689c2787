#include "catalog/growth_reading.h"

#include <algorithm>

#include "catalog/catalog_reading.h"
#include "medcareer/suggest.h"

namespace medcareer {

using namespace catalog_reading;

void read_growth(yaml::MapReader& map, Role& r) {
  if (map.has("grows_into")) {
    YAML::Node list = map.required("grows_into");
    if (!list.IsSequence() || list.size() == 0) {
      fail(yaml::position_of(map.path(), list),
           "'grows_into' must be a list of steps, not " +
               (list.IsSequence() ? std::string("an empty list") : yaml::kind_name(list)));
    }
    for (const auto& item : list) {
      yaml::MapReader step(map.path(), item, "a growth step", {"role", "focus", "why", "takes"});
      GrowthStep g;
      g.where = step.position();
      g.role = text(step, "role");
      g.id_where.emplace(g.role, yaml::position_of(map.path(), step.required("role")));
      g.focus = id_list(step, "focus", g.id_where, IdCase::exact);
      g.why = sourced_text(map.path(), step.required("why"), "'why'");
      if (step.has("takes")) g.takes = sourced_text(map.path(), step.required("takes"), "'takes'");
      const bool repeated = std::any_of(r.grows_into.begin(), r.grows_into.end(),
                                        [&](const GrowthStep& s) { return s.role == g.role; });
      if (repeated) fail(g.where, "'" + g.role + "' is listed twice in 'grows_into'");
      r.grows_into.push_back(std::move(g));
    }
  }
  if (map.has("start_without_certification")) {
    r.start_without_certification = sourced_text(
        map.path(), map.required("start_without_certification"), "'start_without_certification'");
  }
  if (map.has("train_while_working")) {
    r.train_while_working =
        sourced_text(map.path(), map.required("train_while_working"), "'train_while_working'");
  }
}

namespace {

void check_source(const Catalog& catalog, const SourcedText& t) {
  if (catalog.find_source(t.source)) return;
  std::vector<std::string> ids;
  for (const auto& s : catalog.sources) ids.push_back(s.id);
  fail(t.source_where, "unknown source '" + t.source + "'", did_you_mean(t.source, ids));
}

}  // namespace

void check_growth(const Catalog& catalog) {
  for (const auto& r : catalog.roles) {
    for (const auto& g : r.grows_into) {
      const Position& at = g.id_where.at(g.role);
      // Exactly as written: data files name roles by their ids (see catalog_check.cc).
      const Role* next = catalog.find_role(g.role);
      if (!next || next->id != g.role) {
        fail(at, "unknown role '" + g.role + "'", did_you_mean(g.role, catalog.role_ids()));
      }
      if (g.role == r.id) fail(at, "role '" + r.id + "' grows into itself");
      for (const auto& t : g.focus) {
        const auto& known = known_tags();
        if (std::find(known.begin(), known.end(), t) == known.end())
          fail(g.id_where.at(t), "unknown tag '" + t + "'", did_you_mean(t, known));
      }
      check_source(catalog, g.why);
      if (g.takes) check_source(catalog, *g.takes);
    }
    if (r.start_without_certification) check_source(catalog, *r.start_without_certification);
    if (r.train_while_working) check_source(catalog, *r.train_while_working);
  }
}

}  // namespace medcareer
