// Cross-file checks of the catalog: every reference must land on something that exists,
// every figure must name a declared source, and every entry role must be complete enough
// to be recommended.
#include <set>

#include "catalog_parts.h"
#include "medcareer/suggest.h"

namespace medcareer {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

struct Checker {
  const Catalog& catalog;
  std::vector<std::string> source_ids, role_ids, cert_ids;

  explicit Checker(const Catalog& c) : catalog(c) {
    for (const auto& s : c.sources) source_ids.push_back(s.id);
    for (const auto& r : c.roles) role_ids.push_back(r.id);
    for (const auto& x : c.certifications) cert_ids.push_back(x.id);
  }

  void source(const std::string& id, const Position& where) const {
    if (!catalog.find_source(id)) {
      fail(where, "unknown source '" + id + "'", did_you_mean(id, source_ids));
    }
  }
  void figures(const std::vector<Figure>& list) const {
    for (const auto& f : list) source(f.source, f.where);
  }
  void role(const std::string& id, const Position& where) const {
    if (!catalog.find_role(id))
      fail(where, "unknown role '" + id + "'", did_you_mean(id, role_ids));
  }
  void certification(const std::string& id, const Position& where) const {
    if (!catalog.find_certification(id)) {
      fail(where, "unknown certification '" + id + "'", did_you_mean(id, cert_ids));
    }
  }

  void unique_ids() const {
    std::set<std::string> seen;
    for (const auto& s : catalog.sources) {
      if (!seen.insert(s.id).second) fail(s.where, "duplicate source id '" + s.id + "'");
    }
    seen.clear();
    for (const auto& c : catalog.certifications) {
      if (!seen.insert(upper(c.id)).second)
        fail(c.where, "duplicate certification id '" + c.id + "'");
    }
    seen.clear();
    for (const auto& p : catalog.profiles) {
      if (!seen.insert(p.role).second) fail(p.where, "duplicate profile for role '" + p.role + "'");
    }
  }

  void roles() const {
    for (const auto& r : catalog.roles) {
      figures(r.training);
      figures(r.pay);
      figures(r.growth);
      figures(r.outlook);
      for (const auto& n : r.notes) source(n.source, n.where);
      if (r.remote_note) source(r.remote_note->source, r.remote_note->where);
      for (const auto* list : {&r.certifications.required, &r.certifications.recommended,
                               &r.certifications.optional}) {
        for (const auto& id : *list) certification(id, r.where_of(id));
      }
      for (const auto& next : r.leads_to) {
        role(next, r.where_of(next));
        if (next == r.id) fail(r.where_of(next), "role '" + r.id + "' leads to itself");
      }
      if (r.entry) {
        const bool has_cert = !r.certifications.required.empty() ||
                              !r.certifications.recommended.empty() ||
                              !r.certifications.optional.empty();
        // Some articles give no training length (coders, billers), so the text is required
        // and the month figures are there where a source gives them.
        if (r.education.empty()) fail(r.where, "entry role '" + r.id + "' has no 'education'");
        if (r.pay.empty()) fail(r.where, "entry role '" + r.id + "' has no pay figure");
        if (!has_cert) fail(r.where, "entry role '" + r.id + "' lists no certification");
        if (!catalog.find_profile(r.id)) {
          fail(r.where, "entry role '" + r.id + "' has no scoring profile in profiles.yaml");
        }
      }
    }
  }

  void certifications() const {
    for (const auto& c : catalog.certifications) {
      source(c.source, c.where);
      figures(c.pay);
      if (c.preparation_time) source(c.preparation_time->source, c.preparation_time->where);
      for (const auto& r : c.roles) role(r, c.where_of(r));
      for (const auto& t : c.tags) {
        bool known = false;
        for (const auto& k : known_tags()) known = known || k == t;
        if (!known) fail(c.where_of(t), "unknown tag '" + t + "'", did_you_mean(t, known_tags()));
      }
    }
  }

  void profiles() const {
    for (const auto& p : catalog.profiles) {
      const Role* r = catalog.find_role(p.role);
      if (!r)
        fail(p.where, "profile for unknown role '" + p.role + "'", did_you_mean(p.role, role_ids));
      if (!r->entry) fail(p.where, "profile for '" + p.role + "', which is not an entry role");
    }
    for (const auto& g : catalog.goals) {
      for (const auto& id : g.roles) role(id, g.where);
    }
  }
};

}  // namespace

void check_catalog(const Catalog& catalog) {
  Checker checker(catalog);
  checker.unique_ids();
  checker.roles();
  checker.certifications();
  checker.profiles();
}

}  // namespace medcareer
