// Cross-file checks of the catalog: every reference must land on something that exists,
// every figure must name a declared source, and every entry role must be complete enough
// to be recommended.
#include <algorithm>
#include <set>

#include "catalog/catalog_parts.h"
#include "catalog/growth_reading.h"
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
  void figure(const Figure& f) const {
    source(f.source, f.source_where);
    for (const auto& id : f.also) source(id, f.also_where.at(id));
  }
  void figures(const std::vector<Figure>& list) const {
    for (const auto& f : list) figure(f);
  }
  void claim(const SourcedText& t) const {
    source(t.source, t.source_where);
    for (const auto& id : t.see_also) source(id, t.see_also_where.at(id));
  }
  // Data files name roles exactly as their ids are written (the command line may use any
  // case): `certs --role coder` finds a certification by the ids it lists.
  void role(const std::string& id, const Position& where) const {
    if (std::find(role_ids.begin(), role_ids.end(), id) == role_ids.end())
      fail(where, "unknown role '" + id + "'", did_you_mean(id, role_ids));
  }
  void certification(const std::string& id, const Position& where) const {
    const Certification* c = catalog.find_certification(id);
    if (!c) fail(where, "unknown certification '" + id + "'", did_you_mean(id, cert_ids));
    if (c->id != id) {
      fail(where, "certification '" + id + "' is written '" + c->id + "' in certifications.yaml",
           "write ids in data files as they are defined");
    }
  }

  void unique_ids() const {
    std::set<std::string> seen;
    for (const auto& s : catalog.sources) {
      if (!seen.insert(s.id).second) fail(s.where, "duplicate source id '" + s.id + "'");
    }
    seen.clear();
    // File names already keep role ids apart, but two files can hold one id in other ways
    // (a copy under another name is refused as a mismatch; this catches the rest).
    for (const auto& r : catalog.roles) {
      if (!seen.insert(upper(r.id)).second) fail(r.where, "duplicate role id '" + r.id + "'");
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

  // A disclosure names the pages it belongs on: role or certification ids.
  void sales() const {
    for (const auto& s : catalog.sources) {
      for (const auto& id : s.sells_for) {
        if (!catalog.find_certification(id)) role(id, s.sells_for_where.at(id));
      }
    }
  }

  void roles() const {
    for (const auto& r : catalog.roles) {
      figures(r.training);
      figures(r.pay);
      figures(r.growth);
      figures(r.outlook);
      for (const auto& n : r.notes) claim(n);
      if (r.remote_note) claim(*r.remote_note);
      if (!r.schedule_source.empty()) source(r.schedule_source, r.schedule_source_where);
      for (const auto* list : {&r.certifications.required, &r.certifications.recommended,
                               &r.certifications.optional}) {
        for (const auto& id : *list) certification(id, r.where_of(id));
      }
      for (const auto& next : r.leads_to) {
        role(next, r.where_of(next));
        if (next == r.id) fail(r.where_of(next), "role '" + r.id + "' leads to itself");
      }
      if (r.entry) complete_entry_role(r);
    }
  }

  // A first job is what the quiz recommends and what `roles show` and `roles compare`
  // describe in full, so it must have every part of a summary. Some articles give no
  // training length (coders, billers), so months are not required; the education text is.
  void complete_entry_role(const Role& r) const {
    const std::string hint =
        "an entry role gives summary, duties, settings, skills, education, certifications, "
        "pay, remote, schedule, patient_contact and leads_to (physical_activity where the sources"
        " describe it)";
    auto need = [&](bool present, const std::string& what) {
      if (!present) fail(r.where, "entry role '" + r.id + "' " + what, hint);
    };
    const auto& certs = r.certifications;
    need(!r.duties.empty(), "has no 'duties'");
    need(!r.settings.empty(), "has no 'settings'");
    need(!r.skills.empty(), "has no 'skills'");
    need(!r.education.empty(), "has no 'education'");
    need(!certs.required.empty() || !certs.recommended.empty() || !certs.optional.empty(),
         "lists no certification");
    need(!r.pay.empty(), "has no pay figure");
    need(r.remote.has_value(), "has no 'remote'");
    need(!r.schedule.empty(), "has no 'schedule'");
    need(r.patient_contact.has_value(), "has no 'patient_contact'");
    need(!r.leads_to.empty(), "has no 'leads_to'");
    if (!catalog.find_profile(r.id)) {
      fail(r.where, "entry role '" + r.id + "' has no scoring profile in profiles.yaml",
           "add a profile for '" + r.id + "' under 'profiles:'");
    }
  }

  void certifications() const {
    for (const auto& c : catalog.certifications) {
      source(c.source, c.source_where);
      figures(c.pay);
      if (c.preparation_time) figure(*c.preparation_time);
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
      const auto it = std::find_if(catalog.roles.begin(), catalog.roles.end(),
                                   [&](const Role& r) { return r.id == p.role; });
      if (it == catalog.roles.end())
        fail(p.where, "profile for unknown role '" + p.role + "'", did_you_mean(p.role, role_ids));
      const Role* r = &*it;
      if (!r->entry) fail(p.where, "profile for '" + p.role + "', which is not an entry role");
      if (p.training_basis) claim(*p.training_basis);
    }
    for (const auto& g : catalog.goals) {
      for (const auto& id : g.roles) {
        auto at = g.id_where.find(id);
        role(id, at == g.id_where.end() ? g.where : at->second);
      }
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
  checker.sales();
  check_growth(catalog);
}

}  // namespace medcareer
