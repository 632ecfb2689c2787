// Look-ups on a loaded catalog, and the names of its enumerations as written in YAML.
#include <algorithm>
#include <cctype>

#include "medcareer/catalog.h"

namespace medcareer {

std::string unit_id(Unit unit) {
  switch (unit) {
    case Unit::usd_per_year:
      return "usd_per_year";
    case Unit::usd_per_hour:
      return "usd_per_hour";
    case Unit::percent:
      return "percent";
    case Unit::months:
      return "months";
    case Unit::weeks:
      return "weeks";
    case Unit::people:
      return "people";
  }
  return "";
}

std::string kind_id(Kind kind) {
  switch (kind) {
    case Kind::average:
      return "average";
    case Kind::median:
      return "median";
    case Kind::typical:
      return "typical";
    case Kind::top:
      return "top";
    case Kind::difference:
      return "difference";
  }
  return "";
}

std::string scope_id(Scope scope) {
  switch (scope) {
    case Scope::job:
      return "job";
    case Scope::credential:
      return "credential";
    case Scope::population:
      return "population";
  }
  return "";
}

std::string training_rule_prefix(const Catalog& catalog, const Profile& profile) {
  const std::string months = std::to_string(profile.min_training_months) + " months";
  std::string out;
  if (profile.training_basis) {
    std::string said = profile.training_basis->text;
    if (!said.empty() && said.back() == '.') said.pop_back();
    const Source* s = catalog.find_source(profile.training_basis->source);
    out = said + " (" + (s ? s->publisher : profile.training_basis->source) + "). ";
  }
  if (profile.training_assumed)
    return out + "No source gives a length, so medcareer assumes at least " + months +
           ", and you have ";
  return out + "It takes about " + months + " of training to start, and you have ";
}

std::string amount_id(Amount amount) {
  switch (amount) {
    case Amount::none:
      return "none";
    case Amount::low:
      return "low";
    case Amount::medium:
      return "medium";
    case Amount::high:
      return "high";
  }
  return "";
}

std::string remote_id(RemoteShare share) {
  switch (share) {
    case RemoteShare::none:
      return "none";
    case RemoteShare::rare:
      return "rare";
    case RemoteShare::some:
      return "some";
    case RemoteShare::common:
      return "common";
  }
  return "";
}

std::string cert_level_id(CertLevel level) {
  switch (level) {
    case CertLevel::entry:
      return "entry";
    case CertLevel::advanced:
      return "advanced";
    case CertLevel::specialty:
      return "specialty";
  }
  return "";
}

const std::vector<std::string>& known_tags() {
  static const std::vector<std::string> tags{
      "hospital",    "inpatient",        "outpatient", "physician-office", "clinic",
      "urgent-care", "insurer",          "remote",     "freelance",        "surgery-center",
      "coding",      "billing",          "auditing",   "compliance",       "risk-adjustment",
      "payer",       "specialty",        "management", "documentation",    "clinical",
      "nursing",     "advanced-practice"};
  return tags;
}

namespace {
bool same_ignoring_case(const std::string& a, const std::string& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}
}  // namespace

const Role* Catalog::find_role(const std::string& id) const {
  for (const auto& r : roles) {
    if (same_ignoring_case(r.id, id)) return &r;
  }
  return nullptr;
}

const Certification* Catalog::find_certification(const std::string& id) const {
  for (const auto& c : certifications) {
    if (same_ignoring_case(c.id, id)) return &c;
  }
  return nullptr;
}

const Source* Catalog::find_source(const std::string& id) const {
  for (const auto& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const Profile* Catalog::find_profile(const std::string& role) const {
  for (const auto& p : profiles) {
    if (p.role == role) return &p;
  }
  return nullptr;
}

std::vector<std::string> Catalog::role_ids() const {
  std::vector<std::string> ids;
  for (const auto& r : roles) ids.push_back(r.id);
  return ids;
}

std::vector<std::string> Catalog::certification_ids() const {
  std::vector<std::string> ids;
  for (const auto& c : certifications) ids.push_back(c.id);
  return ids;
}

std::vector<const Role*> Catalog::entry_roles() const {
  std::vector<const Role*> out;
  for (const auto& r : roles) {
    if (r.entry) out.push_back(&r);
  }
  return out;
}

std::vector<const Certification*> Catalog::certifications_for(const std::string& role) const {
  std::vector<const Certification*> out;
  for (const auto& c : certifications) {
    if (std::find(c.roles.begin(), c.roles.end(), role) != c.roles.end()) out.push_back(&c);
  }
  return out;
}

}  // namespace medcareer
