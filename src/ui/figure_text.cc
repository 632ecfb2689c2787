#include "ui/figure_text.h"
#include "ui/wrap.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace medcareer::ui {

std::string format_number(double value) {
  const bool whole = std::fabs(value - std::round(value)) < 1e-9;
  std::string digits =
      whole ? fmt::format("{:.0f}", std::fabs(value)) : fmt::format("{:.2f}", std::fabs(value));
  std::size_t point = digits.find('.');
  std::size_t int_end = point == std::string::npos ? digits.size() : point;
  std::string out;
  for (std::size_t i = 0; i < int_end; ++i) {
    if (i > 0 && (int_end - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  out += digits.substr(int_end);
  return (value < 0 ? "-" : "") + out;
}

namespace {

std::string one(double v, Unit unit) {
  switch (unit) {
    case Unit::usd_per_year:
    case Unit::usd_per_hour:
      return "$" + format_number(v);
    case Unit::percent:
      return format_number(v) + "%";
    default:
      return format_number(v);
  }
}

std::string suffix(Unit unit, bool plural) {
  switch (unit) {
    case Unit::usd_per_year:
      return " a year";
    case Unit::usd_per_hour:
      return " an hour";
    case Unit::percent:
      return "";
    case Unit::months:
      return plural ? " months" : " month";
    case Unit::weeks:
      return plural ? " weeks" : " week";
    case Unit::people:
      return plural ? " people" : " person";
  }
  return "";
}

std::string range(double low, double high, Unit unit) {
  bool plural = high != 1.0;
  if (low == high) return one(low, unit) + suffix(unit, plural);
  return one(low, unit) + " to " + one(high, unit) + suffix(unit, plural);
}

}  // namespace

std::string format_amount(const Figure& figure) {
  return range(figure.lowest(), figure.highest(), figure.unit);
}

std::string citation(const Catalog& catalog, const std::string& source_id) {
  const Source* s = catalog.find_source(source_id);
  if (!s) return source_id;
  return s->publisher + ", " + s->period;
}

std::string period_of(const Catalog& catalog, const Figure& figure) {
  if (!figure.period.empty()) return figure.period;
  const Source* s = catalog.find_source(figure.source);
  return s ? s->period : "";
}

std::string citation(const Catalog& catalog, const Figure& figure) {
  const Source* s = catalog.find_source(figure.source);
  std::string out = s ? s->publisher + ", " + period_of(catalog, figure) : figure.source;
  for (const auto& id : figure.also) out += "; " + citation(catalog, id);
  return out;
}

std::string citation(const Catalog& catalog, const SourcedText& claim) {
  std::string out = citation(catalog, claim.source);
  for (std::size_t i = 0; i < claim.see_also.size(); ++i) {
    const Source* s = catalog.find_source(claim.see_also[i]);
    out += (i == 0 ? "; see also " : ", ") + (s ? s->publisher : claim.see_also[i]);
  }
  return out;
}

std::string format_figure(const Catalog& catalog, const Figure& figure) {
  return format_amount(figure) + ": " + figure.what + " (" + citation(catalog, figure) + ")";
}

bool in_span(const Figure& figure, Unit unit) {
  return figure.unit == unit && figure.listed;
}

std::vector<Figure> pay_only(const std::vector<Figure>& figures) {
  std::vector<Figure> out;
  for (const auto& f : figures) {
    if (f.kind != Kind::difference) out.push_back(f);
  }
  return out;
}

std::vector<Figure> differences(const std::vector<Figure>& figures) {
  std::vector<Figure> out;
  for (const auto& f : figures) {
    if (f.kind == Kind::difference) out.push_back(f);
  }
  return out;
}

namespace {

// The lowest and highest typical figure of `unit`, if any.
bool typical_bounds(const std::vector<Figure>& figures, Unit unit, double& low, double& high) {
  bool any = false;
  for (const auto& f : figures) {
    if (!in_span(f, unit)) continue;
    low = any ? std::min(low, f.lowest()) : f.lowest();
    high = any ? std::max(high, f.highest()) : f.highest();
    any = true;
  }
  return any;
}

}  // namespace

std::string format_span(const std::vector<Figure>& figures, Unit unit) {
  double low = 0, high = 0;
  return typical_bounds(figures, unit, low, high) ? range(low, high, unit) : std::string();
}

std::string compact_span(const std::vector<Figure>& figures, Unit unit) {
  double low = 0, high = 0;
  if (!typical_bounds(figures, unit, low, high)) return "-";
  std::string text = one(low, unit);
  if (high != low) text += "-" + one(high, unit);
  return text;
}

std::string cited_span(const Catalog& catalog, const std::vector<Figure>& figures, Unit unit) {
  const std::string span = format_span(figures, unit);
  if (span.empty()) return "-";
  std::vector<std::string> cited;
  for (const auto& f : figures) {
    if (!in_span(f, unit)) continue;
    const std::string c = citation(catalog, f);
    if (std::find(cited.begin(), cited.end(), c) == cited.end()) cited.push_back(c);
  }
  std::string out;
  for (const auto& c : cited) out += (out.empty() ? "" : "; ") + c;
  return span + " (" + out + ")";
}

std::string dash_legend(std::size_t width) {
  return "\n" + wrap("'-': not given in the sources.", width);
}

}  // namespace medcareer::ui
