#include "commands/score_output.h"

#include <fmt/format.h>

#include "medcareer/result_json.h"
#include "ui/results_view.h"
#include "ui/text_table.h"

namespace medcareer::commands {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

namespace {

std::string first_certification(const Recommendation& rec) {
  for (const auto& c : rec.certifications) {
    if (!c.later) return c.id;
  }
  return "";
}

std::string joined_warnings(const Recommendation& rec) {
  std::string out;
  for (const auto& w : rec.score.warnings) out += (out.empty() ? "" : " | ") + w;
  return out;
}

std::string csv(const Catalog& catalog, const std::vector<Scored>& results) {
  std::string out = "respondent,top_role,runner_up";
  for (const Role* r : catalog.entry_roles()) out += ",match_" + r->id;
  out += ",first_certification,low_signal,warnings\n";
  for (const auto& s : results) {
    out += csv_field(s.respondent) + "," + s.rec.top + "," + s.rec.runner_up;
    for (const Role* r : catalog.entry_roles()) {
      const RoleScore* score = s.rec.score.find(r->id);
      out += "," + (score ? fmt::format("{:.1f}", round_match(score->match)) : std::string());
    }
    out += "," + first_certification(s.rec) + "," + (s.rec.score.low_signal ? "yes" : "no") + "," +
           csv_field(joined_warnings(s.rec)) + "\n";
  }
  return out;
}

std::string table(const Catalog& catalog, const std::vector<Scored>& results) {
  ui::TextTable t;
  t.add_column("RESPONDENT", ui::TextTable::Align::left, 24);
  t.add_column("TOP ROLE");
  for (const Role* r : catalog.entry_roles()) t.add_column(r->id, ui::TextTable::Align::right);
  t.add_column("FIRST CERT");
  for (const auto& s : results) {
    std::vector<std::string> row{s.respondent, (s.rec.top.empty() ? "-" : s.rec.top) +
                                                   (s.rec.score.low_signal ? " (?)" : "")};
    for (const Role* r : catalog.entry_roles()) {
      const RoleScore* score = s.rec.score.find(r->id);
      row.push_back(
          !score ? "-"
                 : fmt::format("{:.1f}{}", round_match(score->match), score->ruled_out ? "x" : ""));
    }
    std::string cert = first_certification(s.rec);
    row.push_back(cert.empty() ? "-" : cert);
    t.add_row(row);
  }
  return t.render() +
         "\nx: ruled out by an answer; (?): the answers carry too little signal to be sure\n";
}

}  // namespace

std::string format_results(const Questionnaire& questionnaire, const Catalog& catalog,
                           const std::vector<Scored>& results, const OutputOptions& options) {
  if (options.format == "csv") return csv(catalog, results);
  if (options.format == "json" || options.format == "jsonl") {
    std::string out;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& s : results) {
      auto j = result_json(questionnaire, catalog, s.respondent, s.rec, options.explain);
      if (options.format == "jsonl") {
        out += j.dump() + "\n";
      } else {
        list.push_back(std::move(j));
      }
    }
    if (options.format == "jsonl") return out;
    return (results.size() == 1 ? list.front() : list).dump(2) + "\n";
  }
  if (results.size() == 1) {
    ui::ResultsOptions view{options.width, options.style, false, options.explain};
    return ui::render_results(questionnaire, catalog, results.front().respondent,
                              results.front().rec, view);
  }
  return table(catalog, results);
}

}  // namespace medcareer::commands
