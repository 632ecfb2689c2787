// Role and certification summaries as text for `roles` and `certs`.
#pragma once

#include <string>
#include <vector>

#include "medcareer/catalog.h"
#include "ui/style.h"

namespace medcareer::ui {

struct ViewOptions {
  std::size_t width = 80;
  Style style;
  bool sources = false;  // end with the full citation of every source used
};

std::string render_role_list(const Catalog& catalog, const ViewOptions& view);
std::string render_role(const Catalog& catalog, const Role& role, const ViewOptions& view);
std::string render_role_comparison(const Catalog& catalog, const std::vector<const Role*>& roles,
                                   const ViewOptions& view);
std::string render_certification_list(const Catalog& catalog,
                                      const std::vector<const Certification*>& certs,
                                      const ViewOptions& view);
std::string render_certification(const Catalog& catalog, const Certification& cert,
                                 const ViewOptions& view);

// Short facts shared by the list, the comparison and the quiz's results.
std::string remote_word(const Role& role);    // "yes", "some", "rarely", "no", "-"

}  // namespace medcareer::ui
