#include "advice/cert_rank.h"

#include <array>
#include <string_view>

namespace medcareer::detail {

bool is_setting_tag(const std::string& tag) {
  // The tags of the settings and care_type options (questions/career.yaml) that name a
  // place or a kind of care, which is what the sources tie certifications to.
  static constexpr std::array<std::string_view, 8> settings{
      "hospital", "inpatient",   "outpatient",     "physician-office",
      "clinic",   "urgent-care", "surgery-center", "insurer"};
  return std::find(settings.begin(), settings.end(), tag) != settings.end();
}

}  // namespace medcareer::detail
