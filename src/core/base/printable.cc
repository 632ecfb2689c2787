#include "medcareer/printable.h"

#include <algorithm>

#include "base/utf8.h"

namespace medcareer {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, unsigned value, int digits) {
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xFu];
}

unsigned code_point(std::string_view sequence) {
  static constexpr unsigned kLeadMask[] = {0, 0x7Fu, 0x1Fu, 0x0Fu, 0x07u};
  unsigned code = static_cast<unsigned char>(sequence[0]) & kLeadMask[sequence.size()];
  for (std::size_t k = 1; k < sequence.size(); ++k) {
    code = (code << 6) | (static_cast<unsigned char>(sequence[k]) & 0x3Fu);
  }
  return code;
}

// C1 controls (U+0080 to U+009F: CSI is U+009B) and the bidirectional embeddings,
// overrides and isolates, which reorder the text after them.
bool unsafe_code_point(unsigned code) {
  return (code >= 0x80 && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2066 && code <= 0x2069);
}

bool plain_ascii(char c, Tabs tabs) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= 0x20 && byte < 0x7F) || (c == '\t' && tabs == Tabs::keep);
}

}  // namespace

std::string printable(std::string_view text, Tabs tabs) {
  // Nearly every text is plain: copied as it is, without a look at each code point.
  if (std::all_of(text.begin(), text.end(), [&](char c) { return plain_ascii(c, tabs); })) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (plain_ascii(c, tabs)) {
      out += c;
      ++i;
      continue;
    }
    if (byte < 0x80) {
      switch (c) {
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\0':
          out += "\\0";
          break;
        default:
          out += "\\x";
          append_hex(out, byte, 2);
      }
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text.substr(i, 4));
    if (length == 0) {  // not UTF-8: the byte itself
      out += "\\x";
      append_hex(out, byte, 2);
      ++i;
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    if (const unsigned code = code_point(sequence); unsafe_code_point(code)) {
      out += "\\u";
      append_hex(out, code, 4);
    } else {
      out += sequence;
    }
    i += length;
  }
  return out;
}

}  // namespace medcareer
