// Word wrapping for prose shown on a terminal of a given width.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medcareer::ui {

// Wraps `text` to `width` columns. The first line starts with `first_indent`, the others
// with `rest_indent`; runs of white space fold to one space. A word longer than a line is
// put on a line of its own. Every line, including the last, ends with '\n'.
std::string wrap(std::string_view text, std::size_t width, std::string_view first_indent = "",
                 std::string_view rest_indent = "");

// Wraps a list of short phrases joined by ", " (a line of key hints: "? help, q quits")
// between the phrases, never inside one, unless a phrase is wider than the line itself.
std::string wrap_phrases(std::string_view text, std::size_t width);

// The lines of `text`, split at each '\n' (which is dropped); a text ending in '\n' ends
// with an empty line.
std::vector<std::string> split_lines(const std::string& text);

}  // namespace medcareer::ui
