// A whole class or cohort at a glance: how many were scored, how their top roles spread,
// the average match per role, and how many answer sets carried too little signal.
#pragma once

#include <array>
#include <map>
#include <string>

#include "medcareer/recommend.h"

namespace medcareer {

struct CohortSummary {
  std::size_t respondents = 0;  // records read, scored or not
  std::size_t scored = 0;
  std::size_t failed = 0;
  std::size_t low_signal = 0;
  std::size_t no_pick = 0;                // scored, but no role could be named
  std::array<std::size_t, 3> evidence{};  // scored, by Evidence level (low, moderate, strong)
  std::map<std::string, std::size_t> top_roles;  // role -> respondents with it on top
  std::map<std::string, double> match_sum;       // role -> sum of matches, for averages
  std::map<std::string, std::size_t> ruled_out;  // role -> respondents it was ruled out for

  void add(const Recommendation& rec);
  // Counts a scored respondent without summarising it: `score` without --summary needs
  // only the counts, and the maps cost a tenth of the work of writing a row.
  void add_count() { ++respondents, ++scored; }
  void add_failure();
  double average_match(const std::string& role) const;
};

}  // namespace medcareer
