#include "ui/citations.h"

#include <algorithm>

#include "ui/figure_text.h"
#include "ui/wrap.h"

namespace medcareer::ui {

void Citations::use(const std::string& source_id, const std::string& label) {
  if (seen_.insert(source_id).second) order_.push_back(source_id);
  if (label.empty()) return;
  auto& labels = labels_[source_id];
  if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
}

void Citations::use(const Figure& figure, const std::string& label) {
  use(figure.source, label);
  for (const auto& id : figure.also) use(id, label);
}

void Citations::use(const SourcedText& claim) {
  use(claim.source);
  for (const auto& id : claim.see_also) use(id);
}

void Citations::behind(const std::string& source_id) {
  behind_.push_back(source_id);
}

void Citations::use(const std::vector<Figure>& figures) {
  for (const auto& f : figures) use(f);
}

void Citations::use(const std::vector<Figure>& figures, Unit unit, const std::string& label) {
  for (const auto& f : figures) {
    if (in_span(f, unit)) use(f, label);
  }
}

namespace {

// The record of the article a source was read in: the first one with its `via`.
const Source* article_of(const Catalog& catalog, const Source& s) {
  for (const auto& other : catalog.sources) {
    if (other.via == s.via) return &other;
  }
  return nullptr;
}

}  // namespace

std::string Citations::render(std::size_t width, const Style& style) const {
  std::string out = "\n" + style.heading("Sources") + "\n";
  // Asked for and empty, the section still says why, rather than ending in a bare heading.
  if (order_.empty())
    return out + wrap("No figure is shown here, so there is no source to cite.", width, "  ", "  ");
  for (const auto& id : order_) {
    const Source* s = catalog_.find_source(id);
    if (!s) continue;
    out += wrap(line(*s), width, "  - ", "    ");
    const std::string labels = cited_for(id);
    if (!labels.empty()) out += wrap("for: " + labels, width, "    ", "    ");
  }
  return out;
}

std::string Citations::line(const Source& s) const {
  std::string out = s.publisher + ", " + s.title + ", " + s.period;
  const Source* article = s.via.empty() ? nullptr : article_of(catalog_, s);
  if (article && article != &s && article->publisher != s.publisher) {
    out += s.see_also ? "; linked from " + article->publisher + "'s article for further reading"
                      : "; as reported by " + article->publisher;
  }
  return out + " [" + s.id + "]";
}

std::string Citations::cited_for(const std::string& source_id) const {
  auto it = labels_.find(source_id);
  if (it == labels_.end()) return "";
  std::string labels;
  for (const auto& label : it->second) labels += (labels.empty() ? "" : "; ") + label;
  return labels;
}

std::string Citations::disclosures(const std::vector<std::string>& subjects, std::size_t width,
                                   const Style& style) const {
  std::string lines;
  for (const auto& sentence : disclosure_lines(subjects))
    lines += wrap(sentence, width, "  - ", "    ");
  return lines.empty() ? "" : "\n" + style.heading("About the sources") + "\n" + lines;
}

std::vector<std::string> Citations::disclosure_lines(
    const std::vector<std::string>& subjects) const {
  std::vector<std::string> lines;
  std::set<std::string> told;
  std::vector<std::string> ids = order_;
  ids.insert(ids.end(), behind_.begin(), behind_.end());
  for (const auto& id : ids) {
    const Source* s = catalog_.find_source(id);
    if (!s || s->sells.empty()) continue;
    const bool about =
        std::any_of(subjects.begin(), subjects.end(), [&](const std::string& subject) {
          return std::find(s->sells_for.begin(), s->sells_for.end(), subject) != s->sells_for.end();
        });
    if (!about || !told.insert(s->publisher).second) continue;
    lines.push_back(s->publisher + ", a source of this page, sells " + s->sells + ".");
  }
  return lines;
}

}  // namespace medcareer::ui
