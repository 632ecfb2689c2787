#include "commands/result_writer.h"

#include <algorithm>
#include <cmath>

#include "commands/context.h"
#include "medcareer/printable.h"
#include "medcareer/result_json.h"
#include "ui/html/person_report.h"
#include "ui/results_view.h"
#include "ui/style.h"

namespace medcareer::commands {

namespace {

constexpr std::size_t kRespondentWidth = 24;

const std::string& first_certification(const Recommendation& rec) {
  static const std::string none;
  for (const auto& c : rec.certifications) {
    if (!c.later) return c.id;
  }
  return none;
}

// A match as "{:.1f}" would write it: matches are rounded to tenths (round_match), so the
// tenths are the digits. A million rows are written this way, and fmt's float formatting
// cost more than scoring did.
void append_match(std::string& out, double match) {
  const long long tenths = std::llround(round_match(match) * 10);
  out += std::to_string(tenths / 10);
  out += '.';
  out += static_cast<char>('0' + tenths % 10);
}

// An answer as a short value for a row: the option id, ids joined with '+', or the number.
std::string value_text(const AnswerValue& value) {
  if (const auto* one = std::get_if<std::string>(&value)) return one->empty() ? "(none)" : *one;
  if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    std::string out;
    for (const auto& id : *many) out += (out.empty() ? "" : "+") + id;
    return out.empty() ? "(none)" : out;
  }
  std::string number = std::to_string(std::get<double>(value));
  number.erase(number.find_last_not_of('0') + 1);
  if (number.back() == '.') number.pop_back();
  return number;
}

// "hands_on +7.5, remote +7.5": the answers that moved the top role, by question id.
std::string drivers_text(const std::vector<Driver>& drivers) {
  std::string out;
  for (const auto& d : drivers) {
    out += (out.empty() ? "" : ", ") + d.question + " " + (d.points > 0 ? "+" : "");
    const double points = round_match(d.points);
    if (points < 0) out += '-';
    append_match(out, std::fabs(points));
  }
  return out;
}

// "five_years=management, phone_payers=like_it puts billing-coding first (82.6)"
std::string change_text(const Recommendation& rec) {
  if (!rec.change) return "";
  std::string out;
  for (const auto& e : rec.change->edits) {
    out += (out.empty() ? "" : ", ") + e.question + "=" + value_text(e.to);
  }
  out += " puts " + rec.change->new_top + " first (";
  append_match(out, rec.change->new_match);
  return out + ")";
}

std::string indent_lines(const std::string& text) {
  std::string out = "  ";
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\n' && i + 1 < text.size()) out += "  ";
  }
  return out;
}

// `text` in exactly `width` columns: padded, or with its middle cut out, since both ends can
// tell respondents apart ("tests/batc...class.csv:12", "\"Hana\" <ha...example.org>").
std::string fit(const std::string& text, std::size_t width) {
  const std::size_t shown = ui::visible_width(text);
  if (shown <= width) return text + std::string(width - shown, ' ');
  const std::size_t keep = width - 3, head = keep / 2 - (keep % 2 == 0 ? 1 : 0);
  // Counted in terminal columns and cut between characters as they are drawn.
  const std::size_t head_end = ui::prefix_bytes(text, head);
  const std::size_t tail_start =
      ui::suffix_start(text, keep - ui::visible_width(text.substr(0, head_end)));
  const std::string cut = text.substr(0, head_end) + "..." + text.substr(tail_start);
  return cut + std::string(width - std::min(width, ui::visible_width(cut)), ' ');
}

}  // namespace

ResultWriter::ResultWriter(const Questionnaire& questionnaire, const Catalog& catalog,
                           OutputOptions options, Sink sink)
    : questionnaire_(questionnaire),
      catalog_(catalog),
      options_(std::move(options)),
      sink_(std::move(sink)),
      entry_roles_(catalog.entry_roles()) {
  if (options_.format == "html" && options_.summary) cohort_.emplace(questionnaire_, catalog_);
}

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
  // The name comes from the input: shown escaped (an e-mail column may hold anything).
  std::string row = fit(printable(s.respondent), kRespondentWidth) + "  " + fit(top, 18);
  for (const Role* r : entry_roles_) {
    std::size_t w = std::max<std::size_t>(r->id.size(), 6);
    const RoleScore* score = s.rec.score.find(r->id);
    std::string cell = "-";
    if (score) {
      cell.clear();
      append_match(cell, score->match);
      if (score->ruled_out) cell += 'x';
    }
    row += "  " + std::string(w > cell.size() ? w - cell.size() : 0, ' ') + cell;
  }
  std::string cert = first_certification(s.rec);
  row += "  " + (cert.empty() ? "-" : cert);
  while (!row.empty() && row.back() == ' ') row.pop_back();
  row += '\n';
  if (options_.explain && !s.rec.top.empty()) {
    const std::string raised = drivers_text(s.rec.raised);
    const std::string lowered = drivers_text(s.rec.lowered);
    const std::string change = change_text(s.rec);
    row += "    raised by: " + (raised.empty() ? "-" : raised) + "\n";
    row += "    lowered by: " + (lowered.empty() ? "-" : lowered) + "\n";
    row += "    would change: " +
           (change.empty() ? "no change of up to " + std::to_string(kMaxChangeEdits) + " answers"
                           : change) +
           "\n";
  }
  return row;
}

std::string ResultWriter::csv_row(const Scored& s) const {
  std::size_t bytes = 160 + s.respondent.size();  // enough for the row, so it grows at most once
  for (const auto& w : s.rec.score.warnings) bytes += w.size() + 8;
  std::string row;
  row.reserve(bytes);
  append_csv_field(row, s.respondent);
  row += ",scored,";
  row += s.rec.top;
  row += ',';
  row += s.rec.runner_up;
  for (const Role* r : entry_roles_) {
    row += ',';
    if (const RoleScore* score = s.rec.score.find(r->id)) append_match(row, score->match);
  }
  row += ',';
  bool first = true;  // the table's "x" marks, as role ids
  for (const Role* r : entry_roles_) {
    const RoleScore* score = s.rec.score.find(r->id);
    if (!score || !score->ruled_out) continue;
    if (!first) row += ' ';
    row += r->id;
    first = false;
  }
  row += ',';
  row += first_certification(s.rec);
  row += s.rec.score.low_signal ? ",yes," : ",no,";
  append_csv_list(row, s.rec.score.warnings, " | ");
  row += ',';  // error: empty for a scored record
  if (options_.explain) {
    row += ',';
    append_csv_field(row, drivers_text(s.rec.raised));
    row += ',';
    append_csv_field(row, drivers_text(s.rec.lowered));
    row += ',';
    append_csv_field(row, change_text(s.rec));
  }
  row += '\n';
  return row;
}

std::string ResultWriter::render(const Scored& s) const {
  const std::string& f = options_.format;
  if (f == "html") return "";  // a report is made at the end, from everything added
  if (f == "csv") return csv_row(s);
  if (f == "jsonl") {
    return result_json(questionnaire_, catalog_, s.respondent, s.rec, options_.explain).dump() +
           "\n";
  }
  if (f == "json") {
    return indent_lines(
        result_json(questionnaire_, catalog_, s.respondent, s.rec, options_.explain).dump(2));
  }
  return table_row(s);
}

void ResultWriter::emit(const Scored& s) {
  if (options_.format == "json" && emitted_++ > 0) sink_(",\n");
  sink_(s.line.empty() ? render(s) : s.line);
}

void ResultWriter::start() {
  if (started_) return;
  started_ = true;
  if (options_.format != "csv") return;
  // The columns are documented in docs/output-columns.md.
  std::string header = options_.bom ? "\xEF\xBB\xBF" : "";
  header += "respondent,status,top_role,runner_up";
  for (const Role* r : entry_roles_) header += ",match_" + r->id;
  header += ",ruled_out,first_certification,low_signal,warnings,error";
  if (options_.explain) header += ",raised_by,lowered_by,would_change";
  sink_(header + "\n");
}

void ResultWriter::add_failed(const std::string& respondent, const Error& error) {
  if (cohort_) {
    cohort_->add_failed(respondent, error);
  } else if (options_.format == "jsonl") {
    start();
    sink_(failed_record_json(respondent, error).dump() + "\n");
  } else if (options_.format == "csv") {
    start();
    // Every column of a scored row, left empty, so that the error stays in its own column.
    std::string row;
    append_csv_field(row, respondent);
    row += ",failed,,";
    for (std::size_t i = 0; i < entry_roles_.size(); ++i) row += ',';
    row += ",,,,,";  // ruled_out, first_certification, low_signal, warnings, then the error
    append_csv_field(row, error.to_string());
    if (options_.explain) row += ",,,";
    sink_(row + "\n");
  }
}

void ResultWriter::add(const Scored& scored) {
  ++count_;
  if (cohort_) {
    cohort_->add(scored.respondent, scored.rec);
    return;
  }
  if (options_.format == "html" && count_ > 1) {
    throw Failure{Error{{},
                        "--format html makes one person's report, and there is more than one "
                        "respondent",
                        "add --summary for the cohort report of them all"},
                  exit_code::usage};
  }
  if (count_ == 1) {
    start();
    if (rows_only()) {
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

std::string ResultWriter::cohort_report(const CohortSummary& summary) const {
  return cohort_ ? cohort_->render(summary, options_.report) : "";
}

void ResultWriter::finish() {
  if (first_) {  // exactly one respondent
    if (options_.format == "html") {
      static const AnswerSet none;
      ui::html::ReportInfo info = options_.report;
      info.respondent = first_->respondent;
      sink_(ui::html::person_report(questionnaire_, catalog_,
                                    first_->answers ? *first_->answers : none, first_->rec, info));
    } else if (options_.format == "json") {
      sink_(result_json(questionnaire_, catalog_, first_->respondent, first_->rec, options_.explain)
                .dump(2) +
            "\n");
    } else {
      ui::ResultsOptions view{options_.width, options_.style, options_.explain};
      // As a person would name it: the respondent, or the file that holds only them (and
      // no name at all for standard input).
      const std::string name = first_->file.empty()        ? first_->respondent
                               : first_->file == "<stdin>" ? std::string()
                                                           : first_->file;
      sink_(ui::render_results(questionnaire_, catalog_, name, first_->rec, view));
    }
    first_.reset();
    return;
  }
  if (options_.format == "json") sink_(count_ == 0 ? "[]\n" : "\n]\n");
  if (options_.format == "text" && count_ > 1) {
    sink_("\nx: ruled out by an answer; (?): the answers carry too little signal to be sure\n");
  }
}

}  // namespace medcareer::commands
