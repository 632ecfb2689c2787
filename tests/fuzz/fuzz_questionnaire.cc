// libFuzzer target: a questionnaire file (--questions FILE), read and then checked against
// the built-in data as `medcareer validate` does.
#include "fuzz_common.h"
#include "medcareer/catalog.h"
#include "medcareer/consistency.h"

using namespace medcareer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Catalog catalog = [] {
    auto loaded = load_catalog(embedded_data_files());
    if (!loaded) fuzz::broken("the embedded data does not load: " + loaded.error().to_string());
    return std::move(loaded).value();
  }();
  auto questionnaire =
      load_questionnaire({"fuzz/career.yaml", "career.yaml", fuzz::text_of(data, size)});
  if (!questionnaire) {
    fuzz::check_error(questionnaire.error());
    return 0;
  }
  try {
    check_consistency(questionnaire.value(), catalog);
  } catch (const ErrorException& e) {
    fuzz::check_error(e.error());
  }
  return 0;
}
