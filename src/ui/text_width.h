// How many terminal columns text takes, counted the way a terminal draws it: by grapheme
// cluster (a letter and its combining accents are one), with East Asian wide characters and
// emoji two columns, combining marks and joiners none, and ANSI escape sequences none.
// utf8proc supplies the Unicode tables, so an accent written as two code points, a CJK name
// or an emoji in a respondent id keeps a table's columns aligned.
#pragma once

#include <cstddef>
#include <string_view>

namespace medcareer::ui {

// Width of text on screen, in columns.
std::size_t visible_width(std::string_view text);

// The length in bytes of the longest start of `text` that fits in `columns`, cut between
// grapheme clusters (never inside an accent or an emoji sequence).
std::size_t prefix_bytes(std::string_view text, std::size_t columns);

// Where the longest end of `text` that fits in `columns` starts, in bytes, cut between
// grapheme clusters.
std::size_t suffix_start(std::string_view text, std::size_t columns);

}  // namespace medcareer::ui
