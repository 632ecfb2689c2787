// Reads data/*.yaml into a Catalog. Shape errors (wrong type, missing or unknown key) are
// found here; references between files are checked afterwards in catalog_check.cc.
#include <algorithm>

#include "catalog_parts.h"
#include "medcareer/catalog.h"
#include "yaml_reader.h"

namespace medcareer {

using yaml::MapReader;

namespace {

template <class Enum>
Enum parse_enum(MapReader& map, const std::string& key,
                const std::vector<std::pair<std::string, Enum>>& choices) {
  YAML::Node node = map.required(key);
  std::string text = yaml::as_string(map.path(), node, "'" + key + "'");
  std::vector<std::string> names;
  for (const auto& [name, value] : choices) {
    if (name == text) return value;
    names.push_back(name);
  }
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  fail(yaml::position_of(map.path(), node),
       "'" + key + "' must be one of " + list + ", not '" + text + "'");
}

Figure parse_figure(const std::string& path, const YAML::Node& node, const std::string& what) {
  MapReader map(path, node, what,
                {"value", "low", "high", "unit", "scope", "what", "period", "source"});
  Figure f;
  f.where = map.position();
  if (map.has("value")) {
    if (map.has("low") || map.has("high")) {
      fail(map.position(), what + " has both 'value' and 'low'/'high'; give one or the other");
    }
    f.value = map.number("value");
  } else if (map.has("low") || map.has("high")) {
    f.low = map.number("low");
    f.high = map.number("high");
    if (*f.low > *f.high) fail(map.position(), what + " has 'low' above 'high'");
  } else {
    fail(map.position(), what + " needs 'value', or 'low' and 'high'");
  }
  f.unit = parse_enum<Unit>(map, "unit",
                            {{"usd_per_year", Unit::usd_per_year},
                             {"usd_per_hour", Unit::usd_per_hour},
                             {"percent", Unit::percent},
                             {"months", Unit::months},
                             {"weeks", Unit::weeks},
                             {"people", Unit::people}});
  if (map.has("scope")) {
    f.scope = parse_enum<Scope>(
        map, "scope",
        {{"typical", Scope::typical}, {"top", Scope::top}, {"difference", Scope::difference}});
  }
  f.what = map.string("what");
  f.period = map.string_or("period", "");
  f.source = map.string("source");
  return f;
}

std::vector<Figure> parse_figures(MapReader& map, const std::string& key) {
  std::vector<Figure> out;
  if (!map.has(key)) return out;
  YAML::Node list = map.required(key);
  if (!list.IsSequence()) {
    fail(yaml::position_of(map.path(), list),
         "'" + key + "' must be a list of figures, not " + yaml::kind_name(list));
  }
  for (const auto& item : list)
    out.push_back(parse_figure(map.path(), item, "a figure in '" + key + "'"));
  return out;
}

SourcedText parse_sourced_text(const std::string& path, const YAML::Node& node,
                               const std::string& what) {
  MapReader map(path, node, what, {"text", "source"});
  SourcedText t{map.string("text"), map.string("source"), map.position()};
  return t;
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
                 "patient_contact",
                 "physical_activity",
                 "leads_to"});
  Role r;
  r.where = map.position();
  r.id = map.string("id");
  r.title = map.string("title");
  r.entry = yaml::as_bool(file.path, map.required("entry"), "'entry'");
  r.summary = map.string("summary");
  r.duties = map.strings_or_empty("duties");
  r.settings = map.strings_or_empty("settings");
  r.skills = map.strings_or_empty("skills");
  r.education = map.string_or("education", "");
  r.training = parse_figures(map, "training");
  if (map.has("certifications")) {
    MapReader certs(file.path, map.required("certifications"), "'certifications'",
                    {"required", "recommended", "optional"});
    r.certifications.required = certs.strings_or_empty("required", r.id_where);
    r.certifications.recommended = certs.strings_or_empty("recommended", r.id_where);
    r.certifications.optional = certs.strings_or_empty("optional", r.id_where);
  }
  r.pay = parse_figures(map, "pay");
  r.growth = parse_figures(map, "growth");
  for (const auto& g : r.growth) {
    if (g.unit != Unit::percent) fail(g.where, "a growth figure must be in percent");
  }
  r.outlook = parse_figures(map, "outlook");
  if (map.has("notes")) {
    YAML::Node notes = map.required("notes");
    if (!notes.IsSequence()) {
      fail(yaml::position_of(file.path, notes),
           "'notes' must be a list, not " + yaml::kind_name(notes));
    }
    for (const auto& n : notes) r.notes.push_back(parse_sourced_text(file.path, n, "a note"));
  }
  if (map.has("remote")) {
    r.remote = parse_enum<RemoteShare>(map, "remote",
                                       {{"none", RemoteShare::none},
                                        {"rare", RemoteShare::rare},
                                        {"some", RemoteShare::some},
                                        {"common", RemoteShare::common}});
  }
  if (map.has("remote_note")) {
    r.remote_note = parse_sourced_text(file.path, map.required("remote_note"), "'remote_note'");
  }
  r.schedule = map.string_or("schedule", "");
  const std::vector<std::pair<std::string, Amount>> amounts{{"none", Amount::none},
                                                            {"low", Amount::low},
                                                            {"medium", Amount::medium},
                                                            {"high", Amount::high}};
  if (map.has("patient_contact")) r.patient_contact = parse_enum(map, "patient_contact", amounts);
  if (map.has("physical_activity"))
    r.physical_activity = parse_enum(map, "physical_activity", amounts);
  r.leads_to = map.strings_or_empty("leads_to", r.id_where);
  return r;
}

std::vector<Source> parse_sources(const SourceFile& file) {
  YAML::Node root = yaml::parse(file.path, file.text);
  MapReader top(file.path, root, "the sources file", {"sources"});
  YAML::Node list = top.list("sources");
  std::vector<Source> out;
  for (const auto& item : list) {
    MapReader map(file.path, item, "a source", {"id", "publisher", "title", "period", "via"});
    Source s;
    s.where = map.position();
    s.id = map.string("id");
    s.publisher = map.string("publisher");
    s.title = map.string("title");
    s.period = map.string("period");
    s.via = map.string_or("via", "");
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
                  {"id", "name", "body", "roles", "covers", "prerequisites", "preparation",
                   "preparation_time", "pay", "level", "tags", "source"});
    Certification c;
    c.where = map.position();
    c.id = map.string("id");
    c.name = map.string("name");
    c.body = map.string_or("body", "");  // not every article names the certifying body
    c.roles = map.strings_or_empty("roles", c.id_where);
    c.covers = map.string("covers");
    c.prerequisites = map.string_or("prerequisites", "");
    c.preparation = map.string_or("preparation", "");
    if (map.has("preparation_time")) {
      c.preparation_time =
          parse_figure(file.path, map.required("preparation_time"), "'preparation_time'");
    }
    c.pay = parse_figures(map, "pay");
    c.level = parse_enum<CertLevel>(map, "level",
                                    {{"entry", CertLevel::entry},
                                     {"advanced", CertLevel::advanced},
                                     {"specialty", CertLevel::specialty}});
    c.tags = map.strings_or_empty("tags", c.id_where);
    c.source = map.string("source");
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
    g.trait = map.string("trait");
    g.roles = map.strings_or_empty("roles");
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
                  {"role", "traits", "min_training_months", "requires"});
    Profile p;
    p.where = map.position();
    p.role = map.string("role");
    MapReader traits(file.path, map.required("traits"), "'traits'");
    for (const auto& pair : traits.node()) {
      p.trait_where.emplace(pair.first.Scalar(), yaml::position_of(file.path, pair.first));
      p.traits[pair.first.Scalar()] = static_cast<int>(yaml::as_integer(
          file.path, pair.second, "the level of '" + pair.first.Scalar() + "'", 0, 4));
    }
    p.min_training_months = static_cast<int>(
        map.has("min_training_months") ? map.integer("min_training_months", 0, 120) : 0);
    p.requires_traits = map.strings_or_empty("requires", p.trait_where);
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
  std::sort(catalog.roles.begin(), catalog.roles.end(),
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
