// Writing scored respondents in the four output formats of `medcareer score`.
#pragma once

#include <string>
#include <vector>

#include "medcareer/recommend.h"
#include "ui/style.h"

namespace medcareer::commands {

struct Scored {
  std::string respondent;
  Recommendation rec;
};

struct OutputOptions {
  std::string format = "table";  // table, json, jsonl, csv
  bool explain = false;
  std::size_t width = 80;
  ui::Style style;
};

// The whole output for `results`, in input order.
std::string format_results(const Questionnaire& questionnaire, const Catalog& catalog,
                           const std::vector<Scored>& results, const OutputOptions& options);

// One CSV field, quoted when it needs to be (RFC 4180).
std::string csv_field(const std::string& text);

}  // namespace medcareer::commands
