// libFuzzer target: a CSV survey export (`score export.csv`), read record by record against
// the built-in questionnaire. The low-level reader is also run with the smallest block size
// it allows and with one block larger than any input here: where the input is cut into
// blocks must never change what is read. (Not the default 1 MiB: ASan maps and faults in
// every allocation that large afresh, which made each run ten times slower.)
#include <sstream>
#include <vector>

#include "fuzz_common.h"
#include "readers/csv_reader.h"

using namespace medcareer;

namespace {

struct Seen {
  std::vector<std::string> fields;
  int line = 0;
  std::size_t count = 0;
  std::string error;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> read_all(const std::string& text, std::size_t block_bytes) {
  std::istringstream in(text);
  csv::Limits limits;
  limits.block_bytes = block_bytes;
  csv::Reader reader(in, "fuzz/export.csv", limits);
  csv::Row row;
  std::vector<Seen> rows;
  while (reader.next(row)) {
    Seen seen{{}, row.line, row.count, row.error ? row.error->to_string() : ""};
    for (std::size_t i = 0; i < row.size(); ++i) {
      const csv::Field field = row[i];
      seen.fields.push_back(std::string(field.text) + "@" + std::to_string(field.line) + ":" +
                            std::to_string(field.column));
    }
    rows.push_back(std::move(seen));
    if (rows.size() > text.size() + 1) fuzz::broken("more CSV records than input bytes");
  }
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = fuzz::text_of(data, size);
  // The length's parity picks whether respondents are named by a column, so that both ways
  // of reading a header are covered without spending input bytes on a switch.
  CsvOptions options;
  if (size % 2) options.id_column = "Email Address";
  std::istringstream in(text);
  auto reader =
      open_records(in, "fuzz/export.csv", InputFormat::csv, fuzz::default_questionnaire(), options);
  fuzz::drain(*reader, size);

  if (read_all(text, 4) != read_all(text, 1u << 16)) {
    fuzz::broken("CSV records depend on the block size");
  }
  return 0;
}
