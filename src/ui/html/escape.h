// The one way text from input reaches an HTML report: respondent ids, CSV values, file
// names, error messages and the data's prose all go through escape(), so that a respondent
// named <script>alert(1)</script> prints as text.
#pragma once

#include <string>
#include <string_view>

namespace medcareer::ui::html {

// `text` with & < > " ' replaced by character references, and control characters other
// than tab and newline (which HTML does not allow) by U+FFFD; safe in element content and
// in quoted attribute values.
std::string escape(std::string_view text);

}  // namespace medcareer::ui::html
