// Fitting a screen of the rich quiz into a terminal that may be shorter than the screen:
// the header and the footer stay, the part between scrolls, and the row the person is on
// (the option or answer under the cursor) is always in view. A frame is never taller than
// the terminal, so the terminal never scrolls and the top of the screen is never lost.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/style.h"

namespace medcareer::ui {

// A screen in three parts, each text with '\n' after every line (as wrap() makes it).
struct ScreenParts {
  std::string top;     // the header: always shown, cut to its first rows only if it must be
  std::string body;    // scrolled when the screen does not fit
  std::string bottom;  // messages and the keys: always shown, cut to its first rows if need be
  // Rows of `body`, [focus_first, focus_last), to keep in view; none when they are equal.
  std::size_t focus_first = 0, focus_last = 0;
  // Said after "(N more lines below" when the body is cut, e.g. "; down scrolls".
  std::string more_hint;
};

// The rows `text` takes on a terminal `width` columns wide: split at '\n' and wherever a
// line is wider than the terminal. Each row carries its own colour codes (the ones in
// force where it starts, and a reset at its end when any is in force), so that any subset
// of rows can be shown on its own.
std::vector<std::string> screen_rows(std::string_view text, std::size_t width);

struct FittedScreen {
  std::string text;           // the rows joined by '\n', with no '\n' after the last one
  std::size_t scroll = 0;     // the first body row shown, after keeping the focus in view
  std::size_t body_rows = 0;  // all rows of the body
  std::size_t shown = 0;      // how many body rows are shown
};

// Lays out `parts` in `height` rows of `width` columns, showing the body from row `scroll`
// (clamped, and moved as little as needed to bring the focus into view). Hidden body rows
// are announced by a dim "(N more lines above)" / "(N more lines below)" row. When room is
// short, blank rows of the footer and the header go first, then the footer's and the
// header's last rows down to one each, then the notes, then the rest; the focus stays.
FittedScreen fit_screen(const ScreenParts& parts, std::size_t width, std::size_t height,
                        std::size_t scroll, const Style& style);

}  // namespace medcareer::ui
