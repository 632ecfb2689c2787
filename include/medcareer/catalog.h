// The catalog: roles, certifications and the sources their figures come from, as loaded
// from data/. Pure data; loading and checking live in catalog_loader.cc.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "medcareer/error.h"
#include "medcareer/source_file.h"

namespace medcareer {

struct Source {
  std::string id;
  std::string publisher;
  std::string title;
  std::string period;  // "2022-2032", "2023", "n.d."
  std::string via;     // the article that reports it, if any
  Position where;
};

enum class Unit { usd_per_year, usd_per_hour, percent, months, weeks, people };

std::string unit_id(Unit unit);

// Whether a figure says what is usual, what the best paid reach, or how two roles differ;
// ranges and comparisons are built from the usual ones only.
enum class Scope { typical, top, difference };

// One sourced number or range.
struct Figure {
  std::optional<double> value;
  std::optional<double> low, high;
  Unit unit = Unit::usd_per_year;
  Scope scope = Scope::typical;
  std::string what;
  std::string period;  // overrides the source's period when set
  std::string source;
  Position where;
  Position source_where;  // the `source:` value, where an unknown source is reported

  double lowest() const { return value ? *value : *low; }
  double highest() const { return value ? *value : *high; }
};

struct SourcedText {
  std::string text;
  std::string source;
  Position where;
  Position source_where;
};

enum class Amount { none, low, medium, high };        // patient contact, physical activity
enum class RemoteShare { none, rare, some, common };  // how often the work is remote

std::string amount_id(Amount amount);
std::string remote_id(RemoteShare share);

struct RoleCertifications {
  std::vector<std::string> required, recommended, optional;
};

// Text fields are never empty when given (the loader refuses ""), so an empty string
// below means the key was left out: the sources do not say.
struct Role {
  std::string id;
  std::string title;
  bool entry = false;
  std::string summary;
  std::vector<std::string> duties, settings, skills;
  std::string education;
  std::vector<Figure> training;
  RoleCertifications certifications;
  std::vector<Figure> pay;
  std::vector<Figure> growth;   // projected job growth, in percent
  std::vector<Figure> outlook;  // other figures about demand: shortages, jobs held, ...
  std::vector<SourcedText> notes;
  std::optional<RemoteShare> remote;
  std::optional<SourcedText> remote_note;
  std::string schedule;
  std::optional<Amount> patient_contact, physical_activity;
  std::vector<std::string> leads_to;
  Position where;
  std::map<std::string, Position> id_where;  // where each referenced id was written

  const Position& where_of(const std::string& ref) const {
    auto it = id_where.find(ref);
    return it == id_where.end() ? where : it->second;
  }
};

enum class CertLevel { entry, advanced, specialty };
std::string cert_level_id(CertLevel level);

struct Certification {
  std::string id;  // the official acronym
  std::string name;
  std::string body;  // empty: the sources do not name the certifying body
  std::vector<std::string> roles;
  std::string covers, prerequisites, preparation;
  std::optional<Figure> preparation_time;
  std::vector<Figure> pay;
  CertLevel level = CertLevel::entry;
  std::vector<std::string> tags;
  std::string source;
  Position where;
  Position source_where;
  std::map<std::string, Position> id_where;  // where each referenced id was written

  const Position& where_of(const std::string& ref) const {
    auto it = id_where.find(ref);
    return it == id_where.end() ? where : it->second;
  }
};

// How an entry role scores: its level on every trait of the questionnaire.
struct Profile {
  std::string role;
  std::map<std::string, int> traits;  // trait id -> level 0..4
  int min_training_months = 0;
  std::vector<std::string> requires_traits;
  Position where;
  std::map<std::string, Position> trait_where;  // where each trait id was written
};

// The later roles that serve a long-term goal (a growth trait of the questionnaire).
struct Goal {
  std::string trait;
  std::vector<std::string> roles;
  Position where;
  std::map<std::string, Position> id_where;  // where each role id was written
};

struct Catalog {
  std::vector<Source> sources;
  std::vector<Role> roles;                    // sorted by id
  std::vector<Certification> certifications;  // in file order
  std::vector<Profile> profiles;
  std::vector<Goal> goals;

  // Role and certification ids are matched case-insensitively.
  const Role* find_role(const std::string& id) const;
  const Certification* find_certification(const std::string& id) const;
  const Source* find_source(const std::string& id) const;
  const Profile* find_profile(const std::string& role) const;

  std::vector<std::string> role_ids() const;
  std::vector<std::string> certification_ids() const;
  std::vector<const Role*> entry_roles() const;
  std::vector<const Certification*> certifications_for(const std::string& role) const;
};

// The tags certifications and questionnaire options may carry.
const std::vector<std::string>& known_tags();

// Loads and cross-checks a catalog from the files of a data directory (paths relative to
// it: `sources.yaml`, `certifications.yaml`, `profiles.yaml`, `roles/*.yaml`).
Result<Catalog> load_catalog(const std::vector<SourceFile>& files);

}  // namespace medcareer
