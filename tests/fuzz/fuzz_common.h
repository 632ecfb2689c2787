// Shared pieces of the libFuzzer targets. A target must never crash, hang, leak or trip a
// sanitizer on any input; it must also keep the promises the rest of medcareer relies on,
// which are checked here and turned into a crash (so libFuzzer keeps the input) when broken.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "medcareer/error.h"
#include "medcareer/questionnaire.h"
#include "medcareer/record_reader.h"
#include "medcareer/source_file.h"

namespace medcareer::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Stops the run with `what` on stderr; libFuzzer reports it as a crash with the input.
[[noreturn]] inline void broken(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

// Every error is shown to a person, so it must say something.
inline void check_error(const Error& error) {
  if (error.message.empty()) broken("an error without a message at " + error.to_string());
  (void)error.to_string();
}

// The questionnaire built into the binary, loaded once: the answers readers check against it.
inline const Questionnaire& default_questionnaire() {
  static const Questionnaire questionnaire = [] {
    auto loaded = load_questionnaire(embedded_questionnaire());
    if (!loaded) broken("the embedded questionnaire does not load: " + loaded.error().to_string());
    return std::move(loaded).value();
  }();
  return questionnaire;
}

// Reads every record. A reader must end: at most one record per input byte, plus one for
// a whole-file error, or it is looping.
inline void drain(RecordReader& reader, std::size_t input_size) {
  Record record;
  std::size_t records = 0;
  while (reader.next(record)) {
    if (++records > input_size + 1) broken("more records than input bytes");
    if (!record.answers) check_error(record.answers.error());
  }
}

}  // namespace medcareer::fuzz
