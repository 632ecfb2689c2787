// The compiled defaults, written into generated/compiled_data.cc by medcareer-compile-data
// (tools/compile_data.cc). That file is a library of its own, medcareer_compiled_data, since
// the tool that writes it is built from the core: only compiled_defaults.cc refers to these,
// and the tool does not use it.
#pragma once

#include <string_view>

namespace medcareer {

std::string_view compiled_catalog_blob();
std::string_view compiled_questionnaire_blob();

}  // namespace medcareer
