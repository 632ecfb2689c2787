#include "ui/citations.h"

#include "ui/figure_text.h"
#include "ui/wrap.h"

namespace medcareer::ui {

void Citations::use(const std::string& source_id) {
  if (seen_.insert(source_id).second) order_.push_back(source_id);
}

void Citations::use(const std::vector<Figure>& figures) {
  for (const auto& f : figures) use(f.source);
}

void Citations::use(const std::vector<Figure>& figures, Unit unit) {
  for (const auto& f : figures) {
    if (in_span(f, unit)) use(f.source);
  }
}

std::string Citations::render(std::size_t width, const Style& style) const {
  std::string out = "\n" + style.heading("Sources") + "\n";
  // Asked for and empty, the section still says why, rather than ending in a bare heading.
  if (order_.empty())
    return out + wrap("No figure is shown here, so there is no source to cite.", width, "  ", "  ");
  for (const auto& id : order_) {
    const Source* s = catalog_.find_source(id);
    if (!s) continue;
    std::string line = s->publisher + ", " + s->title + ", " + s->period;
    if (!s->via.empty()) line += "; reported in " + s->via;
    line += " [" + id + "]";
    out += wrap(line, width, "  - ", "    ");
  }
  return out;
}

}  // namespace medcareer::ui
