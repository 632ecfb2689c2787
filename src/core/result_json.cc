#include "medcareer/result_json.h"

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

}  // namespace

json result_json(const Questionnaire& questionnaire, const Catalog& catalog,
                 const std::string& respondent, const Recommendation& rec, bool explain) {
  json j;
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
  json recommendation;
  recommendation["role"] = rec.top.empty() ? json(nullptr) : json(rec.top);
  json certs = json::array();
  json later = json::array();
  for (const auto& c : rec.certifications) (c.later ? later : certs).push_back(c.id);
  recommendation["certifications"] = certs;
  recommendation["later_certifications"] = later;
  recommendation["runner_up"] = rec.runner_up.empty() ? json(nullptr) : json(rec.runner_up);
  json path = json::array();
  for (const auto& step : rec.path) path.push_back({{"stage", step.stage}, {"text", step.text}});
  recommendation["path"] = path;
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
                                {"new_top", rec.change->new_top},
                                {"new_match", round_match(rec.change->new_match)}};
    } else {
      j["what_would_change"] = nullptr;
    }
  }
  (void)questionnaire;
  j["warnings"] = rec.score.warnings;
  return j;
}

}  // namespace medcareer
