// libFuzzer target: JSON Lines (`score export.jsonl`), one answers object per line.
#include <sstream>

#include "fuzz_common.h"

using namespace medcareer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(fuzz::text_of(data, size));
  auto reader =
      open_records(in, "fuzz/export.jsonl", InputFormat::jsonl, fuzz::default_questionnaire());
  fuzz::drain(*reader, size);
  return 0;
}
