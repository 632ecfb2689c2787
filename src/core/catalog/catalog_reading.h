// How the values of data files are read: text that says something, id lists without
// repeats, enumerations and sourced figures. Shared by the readers of every data file.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "medcareer/catalog.h"
#include "readers/yaml_reader.h"

namespace medcareer::catalog_reading {

// A required text value; blank text ("" or spaces) is refused, since a field that is
// there must say something. `hint` is added to that refusal.
std::string text(yaml::MapReader& map, const std::string& key, const std::string& hint = {});

// An optional text value: empty when the key is absent, refused when present but blank.
std::string text_or_empty(yaml::MapReader& map, const std::string& key);

// A list of short texts (duties, settings, ...): absent means none; present, it must hold
// at least one item and no blank item.
std::vector<std::string> text_list(yaml::MapReader& map, const std::string& key);

// How ids in a list are compared when looking for repeats.
enum class IdCase { exact, ignored };
// Whether `key: []` may be written. Mostly not: an empty list says no more than leaving
// the key out. A role's `required: []` does say something: that nothing is required.
enum class EmptyList { refused, allowed };

// A list of ids; records where each was written in `where`, and refuses an id written
// twice. `seen` carries the ids of earlier lists that share one namespace (a role's
// required, recommended and optional certifications), mapped to the list they came from.
std::vector<std::string> id_list(yaml::MapReader& map, const std::string& key,
                                 std::map<std::string, Position>& where, IdCase id_case,
                                 EmptyList empty = EmptyList::refused,
                                 std::map<std::string, std::string>* seen = nullptr);

template <class Enum>
Enum enumeration(yaml::MapReader& map, const std::string& key,
                 const std::vector<std::pair<std::string, Enum>>& choices) {
  YAML::Node node = map.required(key);
  std::string given = yaml::as_string(map.path(), node, "'" + key + "'");
  std::string names;
  for (const auto& [name, value] : choices) {
    if (name == given) return value;
    names += (names.empty() ? "" : ", ") + name;
  }
  fail(yaml::position_of(map.path(), node),
       "'" + key + "' must be one of " + names + ", not '" + given + "'");
}

// What a list of figures measures, and so which units it may use: a pay figure in percent
// or a training time in people is a mistake, not a fact.
enum class Measure { any, pay, growth, duration };

// One figure: `value`, or `low` and `high`; a unit allowed for `measure`; no negative
// number unless its kind is `difference`.
Figure figure(const std::string& path, const YAML::Node& node, const std::string& what,
              Measure measure);

// The figures under `key`, if present: a non-empty list.
std::vector<Figure> figures(yaml::MapReader& map, const std::string& key, Measure measure);

SourcedText sourced_text(const std::string& path, const YAML::Node& node, const std::string& what);

}  // namespace medcareer::catalog_reading
