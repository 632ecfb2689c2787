#include "medcareer/result_json.h"

#include <cmath>

#include "medcareer/catalog_json.h"

namespace medcareer {

using json = nlohmann::ordered_json;

namespace {

json value_json(const AnswerValue& v) {
  if (const auto* one = std::get_if<std::string>(&v)) return *one;
  if (const auto* many = std::get_if<std::vector<std::string>>(&v)) return *many;
  return std::get<double>(v);
}

json drivers_json(const std::vector<Driver>& drivers) {
  json list = json::array();
  for (const auto& d : drivers) {
    list.push_back(
        {{"question", d.question}, {"answer", d.answer}, {"points", round_match(d.points)}});
  }
  return list;
}

// A figure as the results carry it: the number or range, its unit, what it is, the year or
// period it covers, and who published it. The full citation is in `roles show --format
// json`; a row of batch output keeps to what a reader needs to weigh the figure.
json sourced_figure_json(const Catalog& catalog, const Figure& f) {
  json j = figure_fields_json(f);
  const Source* s = catalog.find_source(f.source);
  j["period"] = !f.period.empty() ? f.period : s ? s->period : "";
  j["source"] = {{"id", f.source}, {"publisher", s ? s->publisher : ""}};
  // The same number quoted by other articles: each citation, not a second figure.
  if (!f.also.empty()) {
    json also = json::array();
    for (const auto& id : f.also) {
      const Source* a = catalog.find_source(id);
      also.push_back({{"id", id}, {"publisher", a ? a->publisher : ""}});
    }
    j["also_sources"] = also;
  }
  return j;
}

json figures_json(const Catalog& catalog, const std::vector<const std::vector<Figure>*>& lists) {
  json out = json::array();
  for (const auto* list : lists) {
    for (const auto& f : *list) out.push_back(sourced_figure_json(catalog, f));
  }
  return out;
}

json sourced_text_json(const Catalog& catalog, const SourcedText& t) {
  const Source* s = catalog.find_source(t.source);
  return {{"text", t.text}, {"source", {{"id", t.source}, {"publisher", s ? s->publisher : ""}}}};
}

json pay_json(const Catalog& catalog, const std::vector<const Figure*>& figures) {
  json out = json::array();
  for (const Figure* f : figures) out.push_back(sourced_figure_json(catalog, *f));
  return out;
}

// The branches of the path, each with why it follows and what it takes, with their sources.
json growth_json(const Catalog& catalog, const Growth& g) {
  json branches = json::array();
  for (const auto& b : g.branches) {
    const Role* next = catalog.find_role(b.step->role);
    json item{{"role", b.step->role},
              {"title", next ? next->title : b.step->role},
              {"why", sourced_text_json(catalog, b.step->why)},
              {"takes", b.step->takes ? sourced_text_json(catalog, *b.step->takes) : json(nullptr)},
              {"focus", b.focus}};
    json certs = json::array();
    if (next) {
      for (const auto* list : {&next->certifications.required, &next->certifications.recommended})
        for (const auto& id : *list) certs.push_back(id);
    }
    item["certifications"] = certs;
    item["pay"] = next ? figures_json(catalog, {&next->pay}) : json::array();
    branches.push_back(std::move(item));
  }
  return {{"goal", g.goal.empty() ? json(nullptr) : json(g.goal)},
          {"goal_served", g.served},
          {"branches", branches}};
}

json trade_offs_json(const Catalog& catalog, const std::vector<TradeOff>& trade_offs) {
  json out = json::array();
  for (const auto& t : trade_offs) {
    json item{{"kind", t.kind == TradeOff::Kind::pay ? "pay" : "out_of_reach"},
              {"role", t.role},
              {"match", round_match(t.match)}};
    if (t.kind == TradeOff::Kind::pay) {
      item["hoped_pay"] = t.hoped_pay;
      item["pick_pay"] = pay_json(catalog, t.pick_pay);
    }
    item["role_pay"] = pay_json(catalog, t.role_pay);
    item["blocked_by"] = t.blocked_by;
    item["certification"] = t.certification.empty() ? json(nullptr) : json(t.certification);
    const Role* r = catalog.find_role(t.role);
    item["train_while_working"] = t.two_stage && r && r->train_while_working
                                      ? sourced_text_json(catalog, *r->train_while_working)
                                      : json(nullptr);
    out.push_back(std::move(item));
  }
  return out;
}

// The certifications in their order for the person, each with how the role relates to it,
// whether it is for later or optional (no source requires one to start the job), and why
// (empty in batch rows, whose advice leaves the reasons out).
json ranked_certifications_json(const std::vector<CertificationPick>& picks) {
  json out = json::array();
  for (const auto& c : picks) {
    out.push_back({{"id", c.id},
                   {"relation", c.relation},
                   {"later", c.later},
                   {"optional", c.optional},
                   {"why", c.why}});
  }
  return out;
}

}  // namespace

json result_json(const Questionnaire& questionnaire, const Catalog& catalog,
                 const std::string& respondent, const Recommendation& rec, bool explain) {
  json j;
  j["schema_version"] = kResultSchemaVersion;
  j["status"] = "scored";
  j["respondent"] = respondent;
  json ranking = json::array();
  for (const auto& r : rec.score.ranking) {
    const Role* role = catalog.find_role(r.role);
    json item{
        {"role", r.role}, {"title", role ? role->title : r.role}, {"match", round_match(r.match)}};
    if (r.ruled_out) item["ruled_out"] = r.reasons;
    ranking.push_back(item);
  }
  j["ranking"] = ranking;
  j["evidence"] = {{"level", evidence_word(rec.score.evidence_level)},
                   {"share", std::round(rec.score.evidence * 100) / 100},
                   {"leaning", rec.score.leaning},
                   {"answered", rec.score.answered}};
  json recommendation;
  recommendation["role"] = rec.top.empty() ? json(nullptr) : json(rec.top);
  json certs = json::array();
  json later = json::array();
  for (const auto& c : rec.certifications) (c.later ? later : certs).push_back(c.id);
  recommendation["certifications"] = certs;
  recommendation["later_certifications"] = later;
  recommendation["ranked_certifications"] = ranked_certifications_json(rec.certifications);
  recommendation["runner_up"] = rec.runner_up.empty() ? json(nullptr) : json(rec.runner_up);
  recommendation["close_call"] = rec.close_call;
  json path = json::array();
  for (const auto& step : rec.path) {
    json item{{"stage", step.stage}, {"text", step.text}};
    if (step.lengths) item["length"] = figures_json(catalog, {step.lengths});
    if (step.optional) item["optional"] = true;
    path.push_back(std::move(item));
  }
  recommendation["path"] = path;
  recommendation["growth"] = growth_json(catalog, rec.growth);
  recommendation["trade_offs"] = trade_offs_json(catalog, rec.trade_offs);
  // Every pay and outlook figure of the recommended role, each with its own source: where
  // sources disagree, a reader sees each figure rather than one picked for them.
  const Role* top = rec.top.empty() ? nullptr : catalog.find_role(rec.top);
  recommendation["pay"] = top ? figures_json(catalog, {&top->pay}) : json::array();
  recommendation["outlook"] =
      top ? figures_json(catalog, {&top->growth, &top->outlook}) : json::array();
  j["recommendation"] = recommendation;
  if (explain) {
    j["why"] = {{"raised", drivers_json(rec.raised)}, {"lowered", drivers_json(rec.lowered)}};
    if (rec.change) {
      json edits = json::array();
      for (const auto& e : rec.change->edits) {
        edits.push_back(
            {{"question", e.question}, {"from", value_json(e.from)}, {"to", value_json(e.to)}});
      }
      j["what_would_change"] = {{"edits", edits},
                                {"distance", rec.change->distance},
                                {"cost", rec.change->cost},
                                {"new_top", rec.change->new_top},
                                {"new_match", round_match(rec.change->new_match)}};
    } else {
      j["what_would_change"] = nullptr;
    }
  }
  (void)questionnaire;
  // Each pair also has a warning in words; here by question id, for a program to ask back.
  json contradictions = json::array();
  for (const auto& c : rec.score.contradictions) {
    contradictions.push_back({{"trait", c.trait}, {"first", c.first}, {"second", c.second}});
  }
  j["contradictions"] = contradictions;
  json needs = json::array();
  for (const auto& n : rec.score.needs)
    needs.push_back({{"question", n.question}, {"option", n.option}});
  j["needs"] = needs;
  j["warnings"] = rec.score.warnings;
  return j;
}

json failed_record_json(const std::string& respondent, const Error& error) {
  json j;
  j["schema_version"] = kResultSchemaVersion;
  j["status"] = "failed";
  j["respondent"] = respondent;
  j["error"] = {{"path", error.where.path},
                {"line", error.where.line},
                {"column", error.where.column},
                {"message", error.message},
                {"text", error.to_string()}};
  return j;
}

}  // namespace medcareer
