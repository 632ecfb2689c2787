// The cohort summary of `medcareer score --summary` in each output format.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "commands/result_writer.h"
#include "medcareer/result_json.h"
#include "ui/results_view.h"
#include "ui/text_table.h"

namespace medcareer::commands {

namespace {

double share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

std::string format_summary(const Catalog& catalog, const CohortSummary& s,
                           const std::string& format, const ui::Style& style) {
  auto entry = catalog.entry_roles();
  if (format == "json" || format == "jsonl") {
    nlohmann::ordered_json j;
    j["schema_version"] = kResultSchemaVersion;
    j["respondents"] = s.respondents;
    j["scored"] = s.scored;
    j["failed"] = s.failed;
    j["low_signal"] = s.low_signal;
    j["no_pick"] = s.no_pick;
    j["evidence"] = {
        {"strong", s.evidence[2]}, {"moderate", s.evidence[1]}, {"low", s.evidence[0]}};
    nlohmann::ordered_json roles = nlohmann::ordered_json::array();
    for (const Role* r : entry) {
      auto it = s.top_roles.find(r->id);
      std::size_t top = it == s.top_roles.end() ? 0 : it->second;
      roles.push_back({{"role", r->id},
                       {"top", top},
                       {"share", round_match(share(top, s.scored))},
                       {"average_match", round_match(s.average_match(r->id))},
                       {"ruled_out", s.ruled_out.count(r->id) ? s.ruled_out.at(r->id) : 0}});
    }
    j["roles"] = roles;
    return format == "json" ? j.dump(2) + "\n" : j.dump() + "\n";
  }
  if (format == "csv") {
    // The columns are documented in docs/output-columns.md.
    std::string out = "role,top,share,average_match,ruled_out\n";
    for (const Role* r : entry) {
      auto it = s.top_roles.find(r->id);
      std::size_t top = it == s.top_roles.end() ? 0 : it->second;
      auto out_it = s.ruled_out.find(r->id);
      out += fmt::format("{},{},{:.1f},{:.1f},{}\n", r->id, top, round_match(share(top, s.scored)),
                         round_match(s.average_match(r->id)),
                         out_it == s.ruled_out.end() ? 0 : out_it->second);
    }
    // The table's "(no pick)" line: scored, but no role could be named.
    out +=
        fmt::format("(no pick),{},{:.1f},,\n", s.no_pick, round_match(share(s.no_pick, s.scored)));
    return out;
  }
  std::string out = style.bold(fmt::format("{} respondents: {} scored, {} failed, {} with too "
                                           "little signal to name a role",
                                           s.respondents, s.scored, s.failed, s.low_signal)) +
                    "\n" +
                    fmt::format("Evidence: {} strong, {} moderate, {} low\n\n", s.evidence[2],
                                s.evidence[1], s.evidence[0]);
  ui::TextTable table;
  table.add_column("ROLE");
  table.add_column("ON TOP", ui::TextTable::Align::right);
  table.add_column("SHARE", ui::TextTable::Align::right);
  const bool bars = !style.plain();  // a bar is noise to a screen reader; the share says it
  if (bars) table.add_column("");
  table.add_column("AVERAGE MATCH", ui::TextTable::Align::right);
  table.plain(style.plain());
  // The cells of a row, the bar among them only when it is drawn.
  auto row = [&](std::string role, std::size_t top, double pct, std::string average) {
    std::vector<std::string> cells{std::move(role), std::to_string(top),
                                   fmt::format("{:.1f}%", round_match(pct))};
    if (bars) cells.push_back(ui::match_bar(pct / 100, 20));
    cells.push_back(std::move(average));
    table.add_row(std::move(cells));
  };
  for (const Role* r : entry) {
    auto it = s.top_roles.find(r->id);
    std::size_t top = it == s.top_roles.end() ? 0 : it->second;
    row(r->id, top, share(top, s.scored),
        fmt::format("{:.1f}", round_match(s.average_match(r->id))));
  }
  if (s.no_pick > 0) row("(no pick)", s.no_pick, share(s.no_pick, s.scored), "");
  return out + table.render();
}

}  // namespace medcareer::commands
