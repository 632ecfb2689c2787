// Figures and citations in words: "$35,000 to $45,000 a year (ACMSO, n.d.)".
#pragma once

#include <cstddef>
#include <string>

#include "medcareer/catalog.h"

namespace medcareer::ui {

// "1,234", "23.45": whole numbers without decimals, others with two.
std::string format_number(double value);

// The amount with its unit: "$35,000 to $45,000 a year", "7%", "4 to 24 months".
std::string format_amount(const Figure& figure);

// "Publisher, period" for a figure (the figure's own period wins over the source's).
std::string citation(const Catalog& catalog, const Figure& figure);
std::string citation(const Catalog& catalog, const std::string& source_id);

// "$35,000 to $45,000 a year: average annual salary (ACMSO, n.d.)"
std::string format_figure(const Catalog& catalog, const Figure& figure);

// Whether a span of `unit` is built from `figure`: the typical figures of that unit, not
// what the best paid reach nor a gap between roles.
bool in_span(const Figure& figure, Unit unit);

// The span of several figures of one unit, e.g. "$37,190 to $48,780 a year"; empty if
// none has `unit`.
std::string format_span(const std::vector<Figure>& figures, Unit unit);

// The same span without units, for narrow table cells: "37,190-48,780" ("$" for money);
// "-" when there is none.
std::string compact_span(const std::vector<Figure>& figures, Unit unit);

// The line under a table that shows '-' for what the sources leave out, wrapped to
// `width`; every listing uses the same words.
std::string dash_legend(std::size_t width);

}  // namespace medcareer::ui
