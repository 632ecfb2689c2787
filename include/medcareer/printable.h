// Text from a user's file (an id, a value, a line of an excerpt) made safe to show on a
// terminal. A file may hold anything: an escape sequence that moves the cursor, recolours or
// clears the screen, a carriage return or newline that forges another message, a NUL that
// cuts a message short, bytes that are not UTF-8, or a right-to-left override that reorders
// what is shown. All of those are shown as escapes instead, in the C style a reader can
// type back: \n \r \t \0, \xNN for another control or a byte that is not UTF-8, \uNNNN for
// a C1 control or a bidirectional override. Everything else, accents and all, is kept.
#pragma once

#include <string>
#include <string_view>

namespace medcareer {

enum class Tabs { escape, keep };

// `text` with its unsafe characters escaped. Tabs::keep leaves tabs as they are: in an
// excerpt a tab stays a tab, so the caret line below it can keep the alignment.
std::string printable(std::string_view text, Tabs tabs = Tabs::escape);

}  // namespace medcareer
