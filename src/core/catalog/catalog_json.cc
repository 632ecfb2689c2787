#include "medcareer/catalog_json.h"

namespace medcareer {

using json = nlohmann::ordered_json;

namespace {

json source_json(const Catalog& catalog, const std::string& id, const std::string& period) {
  json j;
  j["id"] = id;
  if (const Source* s = catalog.find_source(id)) {
    j["publisher"] = s->publisher;
    j["title"] = s->title;
    j["period"] = period.empty() ? s->period : period;
    if (!s->via.empty()) j["via"] = s->via;
    if (s->see_also) j["role"] = "see-also";
    if (!s->sells.empty()) j["sells"] = s->sells;
  }
  return j;
}

json sources_json(const Catalog& catalog, const std::vector<std::string>& ids) {
  json list = json::array();
  for (const auto& id : ids) list.push_back(source_json(catalog, id, ""));
  return list;
}

json figures_json(const Catalog& catalog, const std::vector<Figure>& figures) {
  json list = json::array();
  for (const auto& f : figures) list.push_back(figure_json(catalog, f));
  return list;
}

// Text the sources do not give is null, like every other absent value, never "".
json text_or_null(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

json sourced_text_json(const Catalog& catalog, const SourcedText& t) {
  json j{{"text", t.text}, {"source", source_json(catalog, t.source, "")}};
  if (!t.see_also.empty()) j["see_also"] = sources_json(catalog, t.see_also);
  return j;
}

}  // namespace

json amount_json(const Figure& f) {
  json j;
  if (f.value) {
    j["value"] = *f.value;
  } else {
    j["low"] = *f.low;
    j["high"] = *f.high;
  }
  j["unit"] = unit_id(f.unit);
  return j;
}

json figure_fields_json(const Figure& f) {
  json j = amount_json(f);
  j["kind"] = kind_id(f.kind);
  j["scope"] = scope_id(f.scope);
  if (!f.who.empty()) j["who"] = f.who;
  j["what"] = f.what;
  return j;
}

json figure_json(const Catalog& catalog, const Figure& f) {
  json j = figure_fields_json(f);
  j["listed"] = f.listed;
  j["source"] = source_json(catalog, f.source, f.period);
  if (!f.also.empty()) j["also_sources"] = sources_json(catalog, f.also);
  return j;
}

json role_summary_json(const Role& r) {
  json j;
  j["id"] = r.id;
  j["title"] = r.title;
  j["entry"] = r.entry;
  return j;
}

json role_json(const Catalog& catalog, const Role& r) {
  json j = role_summary_json(r);
  j["summary"] = r.summary;
  j["duties"] = r.duties;
  j["settings"] = r.settings;
  j["skills"] = r.skills;
  j["education"] = text_or_null(r.education);
  j["training"] = figures_json(catalog, r.training);
  j["certifications"] = {{"required", r.certifications.required},
                         {"recommended", r.certifications.recommended},
                         {"optional", r.certifications.optional}};
  j["pay"] = figures_json(catalog, r.pay);
  j["growth"] = figures_json(catalog, r.growth);
  j["outlook"] = figures_json(catalog, r.outlook);
  json notes = json::array();
  for (const auto& n : r.notes) notes.push_back(sourced_text_json(catalog, n));
  j["notes"] = notes;
  j["remote"] = r.remote ? json(remote_id(*r.remote)) : json(nullptr);
  j["remote_note"] = r.remote_note ? sourced_text_json(catalog, *r.remote_note) : json(nullptr);
  j["schedule"] = text_or_null(r.schedule);
  j["schedule_source"] =
      r.schedule_source.empty() ? json(nullptr) : source_json(catalog, r.schedule_source, "");
  j["patient_contact"] = r.patient_contact ? json(amount_id(*r.patient_contact)) : json(nullptr);
  j["physical_activity"] =
      r.physical_activity ? json(amount_id(*r.physical_activity)) : json(nullptr);
  j["leads_to"] = r.leads_to;
  return j;
}

json certification_json(const Catalog& catalog, const Certification& c) {
  json j;
  j["id"] = c.id;
  j["acronym_given"] = c.acronym_given;
  j["name"] = c.name;
  j["body"] = text_or_null(c.body);
  j["roles"] = c.roles;
  j["level"] = cert_level_id(c.level);
  j["covers"] = c.covers;
  j["prerequisites"] = text_or_null(c.prerequisites);
  j["preparation"] = text_or_null(c.preparation);
  j["preparation_time"] =
      c.preparation_time ? figure_json(catalog, *c.preparation_time) : json(nullptr);
  j["pay"] = figures_json(catalog, c.pay);
  j["tags"] = c.tags;
  j["source"] = source_json(catalog, c.source, "");
  return j;
}

}  // namespace medcareer
