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

// "Publisher, period" for a figure (the figure's own period wins over the source's), then
// "; Publisher, period" for each other article that quotes the same number.
std::string citation(const Catalog& catalog, const Figure& figure);
std::string citation(const Catalog& catalog, const std::string& source_id);
// A claim's citation: "ACMSO, n.d.; see also U.S. Department of Labor".
std::string citation(const Catalog& catalog, const SourcedText& claim);

// "$35,000 to $45,000 a year: average annual salary (ACMSO, n.d.)"
std::string format_figure(const Catalog& catalog, const Figure& figure);

// The period a figure covers: its own, or its source's.
std::string period_of(const Catalog& catalog, const Figure& figure);

// Whether a span of `unit` is built from `figure`: the figures of that unit the data marks
// `list: true`, which the catalog lint keeps alike (one kind, scope, group and period).
bool in_span(const Figure& figure, Unit unit);

// A role's or certification's pay without the gaps between jobs, and the gaps alone: a
// difference ("$10,000 more than ...") is not a salary and is shown apart.
std::vector<Figure> pay_only(const std::vector<Figure>& figures);
std::vector<Figure> differences(const std::vector<Figure>& figures);

// The span of several figures of one unit, e.g. "$37,190 to $48,780 a year"; empty if
// none has `unit`.
std::string format_span(const std::vector<Figure>& figures, Unit unit);

// The same span without units, for narrow table cells: "37,190-48,780" ("$" for money);
// "-" when there is none.
std::string compact_span(const std::vector<Figure>& figures, Unit unit);

// The listed figures of `unit` as one span with their citations, for comparisons:
// "$50,000 to $60,000 a year (ACMSO, n.d.)", "7% (Stepful, through 2032)"; "-" when none.
std::string cited_span(const Catalog& catalog, const std::vector<Figure>& figures, Unit unit);

// The line under a table that shows '-' for what the sources leave out, wrapped to
// `width`; every listing uses the same words.
std::string dash_legend(std::size_t width);

}  // namespace medcareer::ui
