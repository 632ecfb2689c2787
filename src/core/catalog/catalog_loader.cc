// Reads data/*.yaml into a Catalog. Shape errors (wrong type, missing or unknown key) are
// found here; references between files are checked afterwards in catalog_check.cc.
#include <algorithm>

#include "catalog/catalog_parts.h"
#include "catalog/catalog_reading.h"
#include "catalog/growth_reading.h"
#include "medcareer/catalog.h"
#include "readers/yaml_reader.h"

namespace medcareer {

using yaml::MapReader;
using namespace catalog_reading;

namespace {

// Role ids are typed on the command line and name the role's file, so they keep to one
// spelling: lower case, so that `Nurse.yaml` cannot stand beside `nurse.yaml`.
bool role_id_ok(const std::string& id) {
  if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

Role parse_role(const SourceFile& file) {
  YAML::Node root = yaml::parse(file.path, file.text);
  MapReader map(file.path, root, "a role",
                {"id",
                 "title",
                 "entry",
                 "summary",
                 "duties",
                 "settings",
                 "skills",
                 "education",
                 "training",
                 "certifications",
                 "pay",
                 "growth",
                 "outlook",
                 "notes",
                 "remote",
                 "remote_note",
                 "schedule",
                 "schedule_source",
                 "patient_contact",
                 "physical_activity",
                 "leads_to",
                 "grows_into",
                 "start_without_certification",
                 "train_while_working"});
  Role r;
  r.where = map.position();
  r.id = text(map, "id");
  if (!role_id_ok(r.id)) {
    fail(yaml::position_of(file.path, map.required("id")),
         "role id '" + r.id +
             "' must be lower case: letters a-z, digits and '-', starting with a letter");
  }
  r.title = text(map, "title");
  r.entry = yaml::as_bool(file.path, map.required("entry"), "'entry'");
  r.summary = text(map, "summary");
  r.duties = text_list(map, "duties");
  r.settings = text_list(map, "settings");
  r.skills = text_list(map, "skills");
  r.education = text_or_empty(map, "education");
  r.training = figures(map, "training", Measure::duration);
  if (map.has("certifications")) {
    MapReader certs(file.path, map.required("certifications"), "'certifications'",
                    {"required", "recommended", "optional"});
    // One certification in two of these lists would be both required and optional.
    std::map<std::string, std::string> seen;
    for (auto [key, list] : {std::pair{"required", &r.certifications.required},
                             std::pair{"recommended", &r.certifications.recommended},
                             std::pair{"optional", &r.certifications.optional}}) {
      *list = id_list(certs, key, r.id_where, IdCase::ignored, EmptyList::allowed, &seen);
    }
  }
  r.pay = figures(map, "pay", Measure::pay);
  r.growth = figures(map, "growth", Measure::growth);
  r.outlook = figures(map, "outlook", Measure::any);
  if (map.has("notes")) {
    YAML::Node notes = map.required("notes");
    if (!notes.IsSequence()) {
      fail(yaml::position_of(file.path, notes),
           "'notes' must be a list, not " + yaml::kind_name(notes));
    }
    if (notes.size() == 0) {
      fail(yaml::position_of(file.path, notes),
           "'notes' is an empty list; leave it out when the sources add nothing");
    }
    for (const auto& n : notes) r.notes.push_back(sourced_text(file.path, n, "a note"));
  }
  if (map.has("remote")) {
    r.remote = enumeration<RemoteShare>(map, "remote",
                                        {{"none", RemoteShare::none},
                                         {"rare", RemoteShare::rare},
                                         {"some", RemoteShare::some},
                                         {"common", RemoteShare::common}});
  }
  if (map.has("remote_note")) {
    r.remote_note = sourced_text(file.path, map.required("remote_note"), "'remote_note'");
  }
  r.schedule = text_or_empty(map, "schedule");
  if (map.has("schedule"))
    r.schedule_where = yaml::position_of(file.path, map.required("schedule"));
  r.schedule_source = text_or_empty(map, "schedule_source");
  if (map.has("schedule_source")) {
    r.schedule_source_where = yaml::position_of(file.path, map.required("schedule_source"));
  }
  const std::vector<std::pair<std::string, Amount>> amounts{{"none", Amount::none},
                                                            {"low", Amount::low},
                                                            {"medium", Amount::medium},
                                                            {"high", Amount::high}};
  if (map.has("patient_contact")) r.patient_contact = enumeration(map, "patient_contact", amounts);
  if (map.has("physical_activity"))
    r.physical_activity = enumeration(map, "physical_activity", amounts);
  r.leads_to = id_list(map, "leads_to", r.id_where, IdCase::exact);
  read_growth(map, r);
  return r;
}

std::vector<Source> parse_sources(const SourceFile& file) {
  YAML::Node root = yaml::parse(file.path, file.text);
  MapReader top(file.path, root, "the sources file", {"sources"});
  YAML::Node list = top.list("sources");
  std::vector<Source> out;
  for (const auto& item : list) {
    MapReader map(
        file.path, item, "a source",
        {"id", "publisher", "title", "period", "via", "role", "sells", "sells_for", "note"});
    Source s;
    s.where = map.position();
    s.id = text(map, "id");
    s.publisher = text(map, "publisher");
    s.title = text(map, "title");
    s.period = text(map, "period", "write \"n.d.\" when the source gives no date");
    s.via = text_or_empty(map, "via");
    if (map.has("role")) {
      s.see_also = enumeration<bool>(map, "role", {{"source", false}, {"see-also", true}});
    }
    s.sells = text_or_empty(map, "sells");
    s.sells_for = id_list(map, "sells_for", s.sells_for_where, IdCase::exact);
    if (s.sells.empty() != s.sells_for.empty()) {
      fail(s.where, "source '" + s.id + "' gives only one of 'sells' and 'sells_for'",
           "say what it sells and on which role and certification pages to disclose it");
    }
    s.note = text_or_empty(map, "note");
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Certification> parse_certifications(const SourceFile& file) {
  YAML::Node root = yaml::parse(file.path, file.text);
  MapReader top(file.path, root, "the certifications file", {"certifications"});
  YAML::Node list = top.list("certifications");
  std::vector<Certification> out;
  for (const auto& item : list) {
    MapReader map(file.path, item, "a certification",
                  {"id", "acronym_given", "name", "body", "roles", "covers", "prerequisites",
                   "preparation", "preparation_time", "pay", "level", "tags", "source"});
    Certification c;
    c.where = map.position();
    c.id = text(map, "id");
    c.acronym_given = map.boolean_or("acronym_given", true);
    c.name = text(map, "name");
    c.body = text_or_empty(map, "body");  // not every article names the certifying body
    c.roles = id_list(map, "roles", c.id_where, IdCase::exact);
    c.covers = text(map, "covers");
    c.prerequisites = text_or_empty(map, "prerequisites");
    c.preparation = text_or_empty(map, "preparation");
    if (map.has("preparation_time")) {
      c.preparation_time = figure(file.path, map.required("preparation_time"), "'preparation_time'",
                                  Measure::duration);
    }
    c.pay = figures(map, "pay", Measure::pay);
    c.level = enumeration<CertLevel>(map, "level",
                                     {{"entry", CertLevel::entry},
                                      {"advanced", CertLevel::advanced},
                                      {"specialty", CertLevel::specialty}});
    c.tags = id_list(map, "tags", c.id_where, IdCase::exact);
    c.source = text(map, "source");
    c.source_where = yaml::position_of(file.path, map.required("source"));
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Goal> parse_goals(const std::string& path, const YAML::Node& list) {
  std::vector<Goal> out;
  if (!list.IsSequence()) {
    fail(yaml::position_of(path, list), "'goals' must be a list, not " + yaml::kind_name(list));
  }
  for (const auto& item : list) {
    MapReader map(path, item, "a goal", {"trait", "roles"});
    Goal g;
    g.where = map.position();
    g.trait = text(map, "trait");
    g.roles = id_list(map, "roles", g.id_where, IdCase::exact);
    out.push_back(std::move(g));
  }
  return out;
}

// Fills the catalog's profiles and goals from profiles.yaml.
void parse_profiles(const SourceFile& file, Catalog& catalog) {
  YAML::Node root = yaml::parse(file.path, file.text);
  MapReader top(file.path, root, "the profiles file", {"profiles", "goals"});
  YAML::Node list = top.list("profiles");
  if (top.has("goals")) catalog.goals = parse_goals(file.path, top.required("goals"));
  std::vector<Profile>& out = catalog.profiles;
  for (const auto& item : list) {
    MapReader map(file.path, item, "a profile",
                  {"role", "traits", "min_training_months", "training_assumed", "training_basis",
                   "requires"});
    Profile p;
    p.where = map.position();
    p.role = text(map, "role");
    MapReader traits(file.path, map.required("traits"), "'traits'");
    for (const auto& pair : traits.node()) {
      p.trait_where.emplace(pair.first.Scalar(), yaml::position_of(file.path, pair.first));
      p.traits[pair.first.Scalar()] = static_cast<int>(yaml::as_integer(
          file.path, pair.second, "the level of '" + pair.first.Scalar() + "'", 0, 4));
    }
    p.min_training_months = static_cast<int>(
        map.has("min_training_months") ? map.integer("min_training_months", 0, 120) : 0);
    if (map.has("min_training_months"))
      p.training_where = yaml::position_of(file.path, map.required("min_training_months"));
    p.training_assumed = map.boolean_or("training_assumed", false);
    if (map.has("training_basis")) {
      p.training_basis =
          sourced_text(file.path, map.required("training_basis"), "'training_basis'");
    }
    // Recorded apart from the trait levels, whose positions the consistency check uses.
    std::map<std::string, Position> required_where;
    p.requires_traits = id_list(map, "requires", required_where, IdCase::exact);
    for (const auto& [id, at] : required_where) p.trait_where.emplace(id, at);
    out.push_back(std::move(p));
  }
}

const SourceFile* find_file(const std::vector<SourceFile>& files, const std::string& name) {
  for (const auto& f : files) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace

Catalog parse_catalog(const std::vector<SourceFile>& files) {
  Catalog catalog;
  for (const char* required : {"sources.yaml", "certifications.yaml", "profiles.yaml"}) {
    if (!find_file(files, required)) {
      fail({}, std::string("the data directory has no ") + required,
           "a data directory holds sources.yaml, certifications.yaml, profiles.yaml and roles/");
    }
  }
  catalog.sources = parse_sources(*find_file(files, "sources.yaml"));
  catalog.certifications = parse_certifications(*find_file(files, "certifications.yaml"));
  parse_profiles(*find_file(files, "profiles.yaml"), catalog);
  for (const auto& file : files) {
    if (file.name.rfind("roles/", 0) == 0) {
      Role role = parse_role(file);
      // The file name is the id, so `roles show coder` and data/roles/coder.yaml agree.
      const std::string expected = file.name.substr(6, file.name.size() - 6 - 5);
      if (role.id != expected) {
        fail(role.where,
             "role id '" + role.id + "' does not match its file name '" + expected + ".yaml'");
      }
      catalog.roles.push_back(std::move(role));
    }
  }
  if (catalog.roles.empty()) fail({}, "the data directory has no roles/*.yaml files");
  // Stable, so that of two roles with one id the second in file order is the one refused.
  std::stable_sort(catalog.roles.begin(), catalog.roles.end(),
                   [](const Role& a, const Role& b) { return a.id < b.id; });
  return catalog;
}

Result<Catalog> load_catalog(const std::vector<SourceFile>& files) {
  return catch_errors([&] {
    Catalog catalog = parse_catalog(files);
    check_catalog(catalog);
    return catalog;
  });
}

}  // namespace medcareer
