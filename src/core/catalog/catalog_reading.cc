#include "catalog/catalog_reading.h"

#include <algorithm>
#include <cctype>

namespace medcareer::catalog_reading {

using yaml::MapReader;

namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The units a measure may use, as written in YAML.
std::vector<std::pair<std::string, Unit>> units_for(Measure measure) {
  switch (measure) {
    case Measure::pay:
      return {{"usd_per_year", Unit::usd_per_year}, {"usd_per_hour", Unit::usd_per_hour}};
    case Measure::growth:
      return {{"percent", Unit::percent}};
    case Measure::duration:
      return {{"months", Unit::months}, {"weeks", Unit::weeks}};
    case Measure::any:
      break;
  }
  return {{"usd_per_year", Unit::usd_per_year},
          {"usd_per_hour", Unit::usd_per_hour},
          {"percent", Unit::percent},
          {"months", Unit::months},
          {"weeks", Unit::weeks},
          {"people", Unit::people}};
}

std::string or_list(const std::vector<std::pair<std::string, Unit>>& units) {
  std::string out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (i > 0) out += i + 1 == units.size() ? " or " : ", ";
    out += units[i].first;
  }
  return out;
}

Unit unit_of(MapReader& map, const std::string& what, Measure measure) {
  // An unknown unit is named against every unit; a known one in the wrong list is named
  // against the units that list allows.
  const Unit unit = enumeration<Unit>(map, "unit", units_for(Measure::any));
  const auto allowed = units_for(measure);
  for (const auto& [name, u] : allowed) {
    if (u == unit) return unit;
  }
  fail(yaml::position_of(map.path(), map.required("unit")),
       what + " must be in " + or_list(allowed) + ", not '" + unit_id(unit) + "'");
}

void refuse_negative(MapReader& map, const std::string& key, double value) {
  if (value < 0) {
    fail(yaml::position_of(map.path(), map.required(key)),
         "'" + key + "' must not be negative; only a figure of kind 'difference' may be");
  }
}

}  // namespace

std::string text(MapReader& map, const std::string& key, const std::string& hint) {
  std::string value = map.string(key);
  if (blank(value))
    fail(yaml::position_of(map.path(), map.required(key)), "'" + key + "' is empty", hint);
  return value;
}

std::string text_or_empty(MapReader& map, const std::string& key) {
  return map.has(key) ? text(map, key) : std::string();
}

std::vector<std::string> text_list(MapReader& map, const std::string& key) {
  std::vector<std::string> items = map.strings_or_empty(key);
  if (!map.has(key)) return items;
  YAML::Node list = map.required(key);
  if (items.empty()) {
    fail(yaml::position_of(map.path(), list),
         "'" + key + "' is an empty list; leave it out when the sources name none");
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (blank(items[i]))
      fail(yaml::position_of(map.path(), list[i]), "an item of '" + key + "' is empty");
  }
  return items;
}

std::vector<std::string> id_list(MapReader& map, const std::string& key,
                                 std::map<std::string, Position>& where, IdCase id_case,
                                 EmptyList empty, std::map<std::string, std::string>* seen) {
  std::vector<std::string> ids = map.strings_or_empty(key);
  if (!map.has(key)) return ids;
  YAML::Node list = map.required(key);
  if (ids.empty()) {
    if (empty == EmptyList::allowed) return ids;
    fail(yaml::position_of(map.path(), list),
         "'" + key + "' is an empty list; leave it out when there is nothing to list");
  }
  std::map<std::string, std::string> own;
  std::map<std::string, std::string>& known = seen ? *seen : own;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Position at = yaml::position_of(map.path(), list[i]);
    if (blank(ids[i])) fail(at, "an item of '" + key + "' is empty");
    const std::string folded = id_case == IdCase::ignored ? lower(ids[i]) : ids[i];
    auto [it, fresh] = known.emplace(folded, key);
    if (!fresh) {
      if (it->second == key) fail(at, "'" + ids[i] + "' is listed twice in '" + key + "'");
      fail(at, "'" + ids[i] + "' is listed in both '" + it->second + "' and '" + key + "'");
    }
    where.emplace(ids[i], at);
  }
  return ids;
}

Figure figure(const std::string& path, const YAML::Node& node, const std::string& what,
              Measure measure) {
  MapReader map(path, node, what,
                {"value", "low", "high", "unit", "kind", "scope", "who", "what", "period", "source",
                 "also", "list"});
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
  f.unit = unit_of(map, what, measure);
  if (map.has("kind")) {
    f.kind = enumeration<Kind>(map, "kind",
                               {{"average", Kind::average},
                                {"median", Kind::median},
                                {"typical", Kind::typical},
                                {"top", Kind::top},
                                {"difference", Kind::difference}});
  }
  if (map.has("scope")) {
    f.scope = enumeration<Scope>(map, "scope",
                                 {{"job", Scope::job},
                                  {"credential", Scope::credential},
                                  {"population", Scope::population}});
  }
  f.who = text_or_empty(map, "who");
  if (f.scope != Scope::job && f.who.empty()) {
    fail(map.position(), what + " with scope '" + scope_id(f.scope) + "' needs 'who'",
         "name the group the source gives the figure for");
  }
  // A gap between two roles may run either way; an amount of money or time cannot.
  if (f.kind != Kind::difference) {
    if (f.value) refuse_negative(map, "value", *f.value);
    if (f.low) refuse_negative(map, "low", *f.low);
  }
  f.what = text(map, "what");
  f.period = text_or_empty(map, "period");
  f.source = text(map, "source");
  f.source_where = yaml::position_of(path, map.required("source"));
  f.also = id_list(map, "also", f.also_where, IdCase::exact);
  f.listed = map.boolean_or("list", false);
  return f;
}

std::vector<Figure> figures(MapReader& map, const std::string& key, Measure measure) {
  std::vector<Figure> out;
  if (!map.has(key)) return out;
  YAML::Node list = map.required(key);
  if (!list.IsSequence()) {
    fail(yaml::position_of(map.path(), list),
         "'" + key + "' must be a list of figures, not " + yaml::kind_name(list));
  }
  if (list.size() == 0) {
    fail(yaml::position_of(map.path(), list),
         "'" + key + "' is an empty list; leave it out when the sources give no figure");
  }
  for (const auto& item : list)
    out.push_back(figure(map.path(), item, "a figure in '" + key + "'", measure));
  return out;
}

SourcedText sourced_text(const std::string& path, const YAML::Node& node, const std::string& what) {
  MapReader map(path, node, what, {"text", "source", "see_also"});
  SourcedText t;
  t.where = map.position();
  t.text = text(map, "text");
  t.source = text(map, "source");
  t.source_where = yaml::position_of(path, map.required("source"));
  t.see_also = id_list(map, "see_also", t.see_also_where, IdCase::exact);
  return t;
}

}  // namespace medcareer::catalog_reading
