// How the certifications offered for a role are ranked for one person (docs/data-format.md,
// "Certifications"): those for later last; then the ones the sources tie to the setting and
// kind of care the person chose; then the role's own list (required, recommended, optional);
// then the shorter preparation; then the other tags they share and the pay hoped for; then
// the better pay; and last the order in which the role lists them, never the alphabet.
// Internal to the core library.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "advice/compiled_model.h"
#include "medcareer/questionnaire.h"
#include "medcareer/recommend.h"

namespace medcareer::detail {

// Tags that name where one works or the kind of care, as the settings and care_type answers
// carry them; the rest (coding, billing, ...) say what the work is about.
bool is_setting_tag(const std::string& tag);

struct Ranked {
  CertificationPick pick;
  const CompiledCert* cert;
};

// The certifications for a role, best first; `chosen(index, tag)` tells whether the
// person's answers carry a tag. `start_free`: no source requires a certification to start
// the role, so every one is optional and for later.
template <class Chosen>
std::vector<Ranked> rank(const std::vector<CompiledCert>& certs,
                         std::optional<double> training_months, bool wants_pay, bool start_free,
                         bool reasons, const Questionnaire* labels, Chosen&& chosen) {
  std::vector<Ranked> ranked;
  ranked.reserve(certs.size());
  for (const auto& c : certs) {
    CertificationPick p;
    p.id = c.cert->id;
    p.relation = c.relation;
    std::string shared;
    for (const auto& [index, tag] : c.tags) {
      if (chosen(index, *tag)) {
        ++p.shared_tags;
        p.setting_tags += is_setting_tag(*tag);
        // In the questionnaire's words for the tag ("a hospital"), not its id.
        if (reasons)
          shared += (shared.empty() ? "" : ", ") + (labels ? labels->tag_label(*tag) : *tag);
      }
    }
    const bool too_long =
        c.preparation_months && training_months && *c.preparation_months > *training_months;
    // An advanced credential comes first only where the sources tie it to the setting or
    // care the person chose (the CCS to hospitals and inpatient care); a specialty one is
    // always for after some experience.
    const bool advanced = c.cert->level == CertLevel::specialty ||
                          (c.cert->level == CertLevel::advanced && p.setting_tags == 0);
    p.optional = start_free;
    p.later = too_long || advanced || start_free;
    p.better_paid = wants_pay && c.better_paid;
    if (reasons) {
      p.why.reserve(6);
      if (!c.relation_why.empty()) p.why.push_back(c.relation_why);
      if (p.shared_tags > 0) p.why.push_back("matches what you chose: " + shared);
      if (p.better_paid) p.why.emplace_back("among the better paid of these, as you hoped");
      if (too_long) p.why.emplace_back("takes longer to prepare for than the time you have");
      if (advanced) p.why.emplace_back("for after some experience");
      if (start_free) p.why.emplace_back("optional: not needed to start this job");
    }
    ranked.push_back({std::move(p), &c});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& ra, const Ranked& rb) {
    const CertificationPick &a = ra.pick, &b = rb.pick;
    if (a.later != b.later) return !a.later;
    if (a.setting_tags != b.setting_tags) return a.setting_tags > b.setting_tags;
    if (ra.cert->relation_rank != rb.cert->relation_rank)
      return ra.cert->relation_rank < rb.cert->relation_rank;
    // A known preparation time before an unknown one, the shorter first.
    const auto &ma = ra.cert->preparation_months, &mb = rb.cert->preparation_months;
    if (ma.has_value() != mb.has_value()) return ma.has_value();
    if (ma && *ma != *mb) return *ma < *mb;
    // How well it fits the person otherwise: a point per shared tag, and one for the pay
    // they hope for.
    const std::size_t fit_a = a.shared_tags + a.better_paid, fit_b = b.shared_tags + b.better_paid;
    if (fit_a != fit_b) return fit_a > fit_b;
    if (ra.cert->best_pay != rb.cert->best_pay) return ra.cert->best_pay > rb.cert->best_pay;
    return ra.cert->listed < rb.cert->listed;
  });
  return ranked;
}

}  // namespace medcareer::detail
