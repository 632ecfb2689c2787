// UTF-8 validation with the position of the first bad byte, so a file saved in another
// encoding is refused at the right place instead of producing garbled output.
#pragma once

#include <optional>
#include <string_view>

namespace medcareer {

struct InvalidUtf8 {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, counted in bytes
  int byte = 0;    // the offending byte's value
};

std::optional<InvalidUtf8> first_invalid_utf8(std::string_view text);

// The length of the valid UTF-8 sequence that `text` starts with (1 to 4), or 0 when it
// does not start with one. For readers that validate as they scan instead of in a second pass.
std::size_t utf8_sequence_length(std::string_view text);

// Display width of UTF-8 text, counting each code point as one column (the catalog's
// text is Latin script; wide characters are not expected).
std::size_t display_width(std::string_view text);

}  // namespace medcareer
