// The line that shows how far a long batch run has got, drawn on stderr over itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace medcareer::ui {

// "[#######.............]  35%  scored 12000, 3 failed" in `width` columns at most; without
// a known fraction (standard input has no size) only the counts. Plain text: the caller
// adds the carriage return and the erase-line sequence.
std::string progress_line(std::optional<double> fraction, std::size_t scored, std::size_t failed,
                          std::size_t width);

}  // namespace medcareer::ui
