// The date an HTML report is dated with: today (UTC), or the day of SOURCE_DATE_EPOCH when
// it is set (https://reproducible-builds.org/specs/source-date-epoch/), so that the same
// answers give the same bytes, as the golden tests need.
#pragma once

#include <string>

namespace medcareer::commands {

// "2026-12-01". Throws Failure (exit 2) when SOURCE_DATE_EPOCH is set but not a number of
// seconds.
std::string report_date();

}  // namespace medcareer::commands
