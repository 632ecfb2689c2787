// The inner loop of the CSV reader: how far a field's text runs before a byte that needs a
// second look. Most of the time of reading a survey export goes here, so on x86-64 sixteen
// bytes are tested at a time; the rest, and other machines, go byte by byte.
#pragma once

#include <array>
#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"

namespace medcareer::csv::scan {

// Bytes that end a run of text: the field's own end (',' unquoted, '"' quoted), line
// breaks, NUL (not text: the reader says so) and non-ASCII bytes, which are validated as
// UTF-8. A '"' inside an unquoted field is kept as written, as most readers do, rather than
// failing the record.
template <char Stop>
constexpr std::array<bool, 256> text_bytes() {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < 0x80; ++c) table[c] = true;
  table['\n'] = table['\r'] = false;
  table[0] = false;
  table[static_cast<unsigned char>(Stop)] = false;
  return table;
}

// The first byte in [p, e) that ends a run of text; e if there is none.
template <char Stop>
inline const char* special(const char* p, const char* e) {
#if defined(__SSE2__)
  const __m128i stop = _mm_set1_epi8(Stop), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  const __m128i nul = _mm_setzero_si128();
  while (e - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, stop), _mm_cmpeq_epi8(x, lf)),
                                     _mm_or_si128(_mm_cmpeq_epi8(x, cr), _mm_cmpeq_epi8(x, nul)));
    // The top bit of each byte: set where a byte hit, and in every non-ASCII byte.
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hit, x)));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  static constexpr auto kText = text_bytes<Stop>();
  while (p < e && kText[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

// The first byte in [p, e) that ends a run of text, taking valid UTF-8 sequences as text
// where all four bytes a sequence may need are at hand (else the reader looks closer, after
// reading more of the input).
template <char Stop>
inline const char* text_end(const char* p, const char* e) {
  for (;;) {
    p = special<Stop>(p, e);
    if (e - p < 4 || static_cast<unsigned char>(*p) < 0x80) return p;
    const std::size_t length = utf8_sequence_length({p, 4});
    if (length == 0) return p;
    p += length;
  }
}

}  // namespace medcareer::csv::scan
