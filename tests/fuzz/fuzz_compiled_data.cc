// The reader of the compiled defaults (src/core/compiled/): the blob is medcareer's own,
// written at build time, but a truncated or corrupt one must still be an error and never a
// read out of bounds, an endless loop or an allocation beyond its size. Whatever reads as a
// value must write back to the bytes it reads from again.
#include <cstdint>

#include "compiled/compiled_data.h"
#include "fuzz_common.h"

namespace {

using namespace medcareer;

template <class T, class Read, class Write>
void check(std::string_view blob, Read read, Write write) {
  Result<T> value = read(blob, {});
  if (!value) {
    fuzz::check_error(value.error());
    return;
  }
  const std::string again = write(value.value());
  Result<T> back = read(again, {});
  if (!back)
    fuzz::broken("a value read from a blob does not read back: " + back.error().to_string());
  if (write(back.value()) != again) fuzz::broken("a value does not write back to the same bytes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string blob = fuzz::text_of(data, size);
  check<Catalog>(blob, deserialize_catalog, serialize_catalog);
  check<Questionnaire>(blob, deserialize_questionnaire, serialize_questionnaire);
  return 0;
}
