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
  // A body the article only links to for further reading: it may be named as "see also"
  // beside a claim, never as the one who made it (the lint refuses that).
  bool see_also = false;
  std::string sells;  // what the publisher sells of what it recommends; shown as a disclosure
  std::vector<std::string> sells_for;  // role and certification ids whose pages disclose it
  std::map<std::string, Position> sells_for_where;
  std::string note;   // for the people who keep the data; never shown in a citation
  Position where;
  bool operator==(const Source&) const = default;
};

enum class Unit { usd_per_year, usd_per_hour, percent, months, weeks, people };

std::string unit_id(Unit unit);

// What kind of number a figure is, as its source words it: an average, a median, a
// typical amount (the source does not say which), what the best paid reach, or how two
// roles differ. Only figures of one kind may be joined into a range.
enum class Kind { average, median, typical, top, difference };
std::string kind_id(Kind kind);

// Whom a figure is about: the job itself, the holders of a credential (a CPMA holder's
// average pay is not an auditor's pay), or a wider group of workers the source names in
// `who` (medical records and health information technicians).
enum class Scope { job, credential, population };
std::string scope_id(Scope scope);

// One sourced number or range.
struct Figure {
  std::optional<double> value;
  std::optional<double> low, high;
  Unit unit = Unit::usd_per_year;
  Kind kind = Kind::typical;
  Scope scope = Scope::job;
  std::string who;  // the group a `population` or `credential` figure is about
  std::string what;
  std::string period;  // overrides the source's period when set
  std::string source;
  // Other articles that quote the same number (one BLS figure in two articles): shown once,
  // with every citation.
  std::vector<std::string> also;
  // Shown in lists and comparisons (`roles`, `roles compare`, the results). Several listed
  // figures of one list are joined into a range, so they must be alike (the lint checks).
  bool listed = false;
  Position where;
  Position source_where;  // the `source:` value, where an unknown source is reported
  std::map<std::string, Position> also_where;

  double lowest() const { return value ? *value : *low; }
  double highest() const { return value ? *value : *high; }
  // What is usual (an average, median or typical amount), not the top nor a gap.
  bool usual() const { return kind != Kind::top && kind != Kind::difference; }
  bool operator==(const Figure&) const = default;
};

// A claim and who made it; `see_also` names bodies the article links to for more.
struct SourcedText {
  std::string text;
  std::string source;
  std::vector<std::string> see_also;
  Position where;
  Position source_where;
  std::map<std::string, Position> see_also_where;
  bool operator==(const SourcedText&) const = default;
};

enum class Amount { none, low, medium, high };        // patient contact, physical activity
enum class RemoteShare { none, rare, some, common };  // how often the work is remote

std::string amount_id(Amount amount);
std::string remote_id(RemoteShare share);

// A later job an entry role grows into: why it follows and what it takes, each as a source
// says it (docs/data-format.md, "Growth").
struct GrowthStep {
  std::string role;
  // Tags of the answers (a goal's follow-up) that pick this step over its siblings; empty:
  // it suits every answer to the follow-up.
  std::vector<std::string> focus;
  SourcedText why;
  std::optional<SourcedText> takes;  // none: the sources do not say
  Position where;
  std::map<std::string, Position> id_where;  // where each tag was written
  bool operator==(const GrowthStep&) const = default;
};

struct RoleCertifications {
  std::vector<std::string> required, recommended, optional;
  bool operator==(const RoleCertifications&) const = default;
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
  std::string schedule_source;  // who gives the hours; required when the schedule has numbers
  Position schedule_where, schedule_source_where;
  std::optional<Amount> patient_contact, physical_activity;
  std::vector<std::string> leads_to;
  std::vector<GrowthStep> grows_into;  // the sourced steps of the path, in the data's order
  // Set when no source requires a certification to start: the path then shows it after
  // the first job, as optional.
  std::optional<SourcedText> start_without_certification;
  // How the sources say one can train for this job while working in another (two-stage
  // paths in trade-offs).
  std::optional<SourcedText> train_while_working;
  Position where;
  std::map<std::string, Position> id_where;  // where each referenced id was written

  const Position& where_of(const std::string& ref) const {
    auto it = id_where.find(ref);
    return it == id_where.end() ? where : it->second;
  }
  bool operator==(const Role&) const = default;
};

enum class CertLevel { entry, advanced, specialty };
std::string cert_level_id(CertLevel level);

struct Certification {
  std::string id;  // the official acronym, or medcareer's own label when `acronym_given` is false
  bool acronym_given = true;  // false: no source or body gives an acronym (shown as such)
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
  bool operator==(const Certification&) const = default;
};

// How an entry role scores: its level on every trait of the questionnaire.
struct Profile {
  std::string role;
  std::map<std::string, int> traits;  // trait id -> level 0..4
  // Below this many months of training the role is ruled out. When no source gives a
  // length, `training_assumed` says the number is medcareer's own (and the results say so),
  // and `training_basis` is what the sources do say about training.
  int min_training_months = 0;
  bool training_assumed = false;
  std::optional<SourcedText> training_basis;
  Position training_where;
  std::vector<std::string> requires_traits;
  Position where;
  std::map<std::string, Position> trait_where;  // where each trait id was written
  bool operator==(const Profile&) const = default;
};

// The later roles that serve a long-term goal (a growth trait of the questionnaire).
struct Goal {
  std::string trait;
  std::vector<std::string> roles;
  Position where;
  std::map<std::string, Position> id_where;  // where each role id was written
  bool operator==(const Goal&) const = default;
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
  bool operator==(const Catalog&) const = default;
};

// Why a role is out of reach with less training than its profile's floor, up to the
// number of months the person has: "Formal training ... is expected before a first coding
// job (Stepful). No source gives a length, so medcareer assumes at least 4 months, and you
// have ". The caller appends the months.
std::string training_rule_prefix(const Catalog& catalog, const Profile& profile);

// The tags certifications and questionnaire options may carry.
const std::vector<std::string>& known_tags();

// Loads and cross-checks a catalog from the files of a data directory (paths relative to
// it: `sources.yaml`, `certifications.yaml`, `profiles.yaml`, `roles/*.yaml`).
Result<Catalog> load_catalog(const std::vector<SourceFile>& files);

}  // namespace medcareer
