// The sources a view cites, collected in order of first use and listed in full at its end
// (`--sources`).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "medcareer/catalog.h"
#include "ui/style.h"

namespace medcareer::ui {

class Citations {
 public:
  explicit Citations(const Catalog& catalog) : catalog_(catalog) {}
  void use(const std::string& source_id);
  void use(const std::vector<Figure>& figures);
  // Only the figures a span of `unit` is built from (see in_span): what a table shows.
  void use(const std::vector<Figure>& figures, Unit unit);
  // "Sources" and one bullet per source: publisher, title, period, the article reporting it.
  std::string render(std::size_t width, const Style& style) const;

 private:
  const Catalog& catalog_;
  std::set<std::string> seen_;
  std::vector<std::string> order_;
};

}  // namespace medcareer::ui
