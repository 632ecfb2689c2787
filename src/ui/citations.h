// The sources a view cites, collected in order of first use and listed in full at its end
// (`--sources`), and what their publishers sell of what they recommend (always shown).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "medcareer/catalog.h"
#include "ui/style.h"

namespace medcareer::ui {

class Citations {
 public:
  explicit Citations(const Catalog& catalog) : catalog_(catalog) {}
  // `label` says what the source is cited for ("coder pay") where a table shows the number
  // without its citation; the Sources list then ties the two together.
  void use(const std::string& source_id, const std::string& label = {});
  void use(const Figure& figure, const std::string& label = {});
  void use(const SourcedText& claim);
  void use(const std::vector<Figure>& figures);
  // Only the figures a span of `unit` is built from (see in_span): what a table shows.
  void use(const std::vector<Figure>& figures, Unit unit, const std::string& label = {});
  // A source behind something the view names without citing it (a certification listed by
  // name): not in the Sources list, but its publisher's sales are disclosed.
  void behind(const std::string& source_id);
  // "Sources" and one bullet per source: publisher, title, period, the article reporting it,
  // whether it is only linked for further reading, and what it is cited for.
  std::string render(std::size_t width, const Style& style) const;
  // "About the sources": one line for each cited publisher that sells what it recommends
  // for one of `subjects` (the role or certification ids the page is about); empty when none
  // does.
  std::string disclosures(const std::vector<std::string>& subjects, std::size_t width,
                          const Style& style) const;
  // The source ids used, in order of first use.
  const std::vector<std::string>& ids() const { return order_; }
  // What render() and the HTML reports say of one cited source: "Publisher, title, period;
  // as reported by ... [id]", and what it is cited for ("coder pay"), if anything.
  std::string line(const Source& source) const;
  std::string cited_for(const std::string& source_id) const;
  // The sentences of disclosures(), one per publisher, unwrapped.
  std::vector<std::string> disclosure_lines(const std::vector<std::string>& subjects) const;

 private:
  const Catalog& catalog_;
  std::set<std::string> seen_;
  std::vector<std::string> order_;
  std::map<std::string, std::vector<std::string>> labels_;
  std::vector<std::string> behind_;
};

}  // namespace medcareer::ui
