// The quiz's HTML report: written to --report FILE, or offered at the end ("Save a report
// you can open in a browser?"), atomically like every output.
#pragma once

#include <functional>
#include <string>

namespace medcareer::commands {

// Writes `html` to `path` atomically; says where on stderr, or reports why not. Returns
// whether it was written.
bool write_report(const std::string& path, const std::string& html);

// Asks for a file name and writes the report there (asking before it overwrites a file).
// `html` makes the report only once it is wanted. Returns the exit status: 0, or 128 + the
// signal if one came while asking.
int offer_report(const std::function<std::string()>& html);

}  // namespace medcareer::commands
