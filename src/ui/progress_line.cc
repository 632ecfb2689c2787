#include "ui/progress_line.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace medcareer::ui {

std::string progress_line(std::optional<double> fraction, std::size_t scored, std::size_t failed,
                          std::size_t width) {
  std::string counts = fmt::format("scored {}, {} failed", scored, failed);
  if (!fraction) return counts.substr(0, width);
  const double f = std::clamp(*fraction, 0.0, 1.0);
  const std::string percent = fmt::format("{:3.0f}%", std::floor(f * 100));
  // The bar takes what is left of the line once the figures have their room, 10 to 40 wide.
  const std::size_t text = percent.size() + counts.size() + 6;
  if (width < text + 10) return (percent + "  " + counts).substr(0, width);
  const std::size_t bar = std::min<std::size_t>(40, width - text);
  const auto full = static_cast<std::size_t>(std::floor(f * static_cast<double>(bar)));
  return "[" + std::string(full, '#') + std::string(bar - full, '.') + "]  " + percent + "  " +
         counts;
}

}  // namespace medcareer::ui
