#include "commands/report_date.h"

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "commands/context.h"

namespace medcareer::commands {

std::string report_date() {
  std::time_t when = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    const std::string_view text(epoch);
    long long seconds = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc{} || end != text.data() + text.size() || seconds < 0) {
      throw Failure{
          Error{{},
                "SOURCE_DATE_EPOCH is not a number of seconds: '" + std::string(text) + "'",
                "set it to seconds since 1970-01-01 UTC, or unset it"},
          exit_code::usage};
    }
    when = static_cast<std::time_t>(seconds);
  }
  std::tm day{};
  gmtime_r(&when, &day);
  char out[16];
  const std::size_t n = std::strftime(out, sizeof out, "%Y-%m-%d", &day);
  return std::string(out, n);
}

}  // namespace medcareer::commands
