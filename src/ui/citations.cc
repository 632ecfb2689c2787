#include "ui/citations.h"

#include "ui/wrap.h"

namespace medcareer::ui {

void Citations::use(const std::string& source_id) {
  if (seen_.insert(source_id).second) order_.push_back(source_id);
}

void Citations::use(const std::vector<Figure>& figures) {
  for (const auto& f : figures) use(f.source);
}

std::string Citations::render(std::size_t width, const Style& style) const {
  std::string out = "\n" + style.heading("Sources") + "\n";
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
