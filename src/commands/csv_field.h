// CSV fields for `medcareer score --format csv` and `questions --format csv-header`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medcareer::commands {

// One CSV field, quoted when it needs to be (RFC 4180); the second appends it to `out`.
std::string csv_field(const std::string& text);
void append_csv_field(std::string& out, std::string_view text);
// `items` joined with `separator` as one field, appended to `out` without building the joined
// text first.
void append_csv_list(std::string& out, const std::vector<std::string>& items,
                     std::string_view separator);

}  // namespace medcareer::commands
