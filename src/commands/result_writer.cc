#include "commands/result_writer.h"

#include <fmt/format.h>

#include "medcareer/result_json.h"
#include "ui/results_view.h"

namespace medcareer::commands {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

namespace {

constexpr std::size_t kRespondentWidth = 24;

const std::string& first_certification(const Recommendation& rec) {
  static const std::string none;
  for (const auto& c : rec.certifications) {
    if (!c.later) return c.id;
  }
  return none;
}

void append_field(std::string& out, const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    out += text;
  } else {
    out += csv_field(text);
  }
}

std::string indent_lines(const std::string& text) {
  std::string out = "  ";
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\n' && i + 1 < text.size()) out += "  ";
  }
  return out;
}

std::string fit(const std::string& text, std::size_t width) {
  if (text.size() <= width) return text + std::string(width - text.size(), ' ');
  return text.substr(0, width - 3) + "...";
}

}  // namespace

ResultWriter::ResultWriter(const Questionnaire& questionnaire, const Catalog& catalog,
                           OutputOptions options, Sink sink)
    : questionnaire_(questionnaire),
      catalog_(catalog),
      options_(std::move(options)),
      sink_(std::move(sink)),
      entry_roles_(catalog.entry_roles()) {}

std::string ResultWriter::table_header() const {
  std::string head = fit("RESPONDENT", kRespondentWidth) + "  " + fit("TOP ROLE", 18);
  std::string rule = std::string(kRespondentWidth, '-') + "  " + std::string(18, '-');
  for (const Role* r : entry_roles_) {
    std::size_t w = std::max<std::size_t>(r->id.size(), 6);
    head += "  " + std::string(w - r->id.size(), ' ') + r->id;
    rule += "  " + std::string(w, '-');
  }
  return head + "  FIRST CERT\n" + rule + "  ----------\n";
}

std::string ResultWriter::table_row(const Scored& s) const {
  std::string top = s.rec.top.empty() ? "-" : s.rec.top;
  if (s.rec.score.low_signal) top += " (?)";
  std::string row = fit(s.respondent, kRespondentWidth) + "  " + fit(top, 18);
  for (const Role* r : entry_roles_) {
    std::size_t w = std::max<std::size_t>(r->id.size(), 6);
    const RoleScore* score = s.rec.score.find(r->id);
    std::string cell =
        score ? fmt::format("{:.1f}{}", round_match(score->match), score->ruled_out ? "x" : "")
              : "-";
    row += "  " + std::string(w > cell.size() ? w - cell.size() : 0, ' ') + cell;
  }
  std::string cert = first_certification(s.rec);
  row += "  " + (cert.empty() ? "-" : cert);
  while (!row.empty() && row.back() == ' ') row.pop_back();
  return row + "\n";
}

void ResultWriter::emit(const Scored& s) {
  const std::string& f = options_.format;
  if (f == "csv") {
    // Built in one buffer kept from row to row: at a million rows, the temporary strings
    // of building it piece by piece cost more than scoring did.
    std::string& row = row_;
    row.clear();
    append_field(row, s.respondent);
    row += ',';
    row += s.rec.top;
    row += ',';
    row += s.rec.runner_up;
    for (const Role* r : entry_roles_) {
      row += ',';
      if (const RoleScore* score = s.rec.score.find(r->id)) {
        fmt::format_to(std::back_inserter(row), "{:.1f}", round_match(score->match));
      }
    }
    row += ',';
    row += first_certification(s.rec);
    row += s.rec.score.low_signal ? ",yes," : ",no,";
    if (!s.rec.score.warnings.empty()) {
      std::string warnings;
      for (const auto& w : s.rec.score.warnings) warnings += (warnings.empty() ? "" : " | ") + w;
      append_field(row, warnings);
    }
    row += '\n';
    sink_(row);
  } else if (f == "jsonl") {
    sink_(result_json(questionnaire_, catalog_, s.respondent, s.rec, options_.explain).dump() +
          "\n");
  } else if (f == "json") {
    sink_(
        (emitted_++ > 0 ? ",\n" : "") +
        indent_lines(
            result_json(questionnaire_, catalog_, s.respondent, s.rec, options_.explain).dump(2)));
  } else {
    sink_(table_row(s));
  }
}

void ResultWriter::add(const Scored& scored) {
  ++count_;
  if (count_ == 1) {
    if (options_.format == "csv") {
      std::string header = "respondent,top_role,runner_up";
      for (const Role* r : entry_roles_) header += ",match_" + r->id;
      sink_(header + ",first_certification,low_signal,warnings\n");
    }
    if (options_.format == "csv" || options_.format == "jsonl") {
      emit(scored);
    } else {
      first_ = scored;
    }
    return;
  }
  if (first_) {
    sink_(options_.format == "json" ? "[\n" : table_header());
    emit(*first_);
    first_.reset();
  }
  emit(scored);
}

void ResultWriter::finish() {
  if (first_) {  // exactly one respondent
    if (options_.format == "json") {
      sink_(result_json(questionnaire_, catalog_, first_->respondent, first_->rec, options_.explain)
                .dump(2) +
            "\n");
    } else {
      ui::ResultsOptions view{options_.width, options_.style, false, options_.explain};
      sink_(ui::render_results(questionnaire_, catalog_, first_->respondent, first_->rec, view));
    }
    first_.reset();
    return;
  }
  if (options_.format == "json") sink_(count_ == 0 ? "[]\n" : "\n]\n");
  if (options_.format == "table" && count_ > 1) {
    sink_("\nx: ruled out by an answer; (?): the answers carry too little signal to be sure\n");
  }
}

}  // namespace medcareer::commands
