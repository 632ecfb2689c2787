// Keys as the rich quiz's tests press them: k(KeyKind::enter), ch('q').
#pragma once

#include "ui/keys.h"

namespace medcareer::commands::test_keys {

inline ui::Key k(ui::KeyKind kind) {
  return ui::Key{kind, 0};
}
inline ui::Key ch(char c) {
  return ui::Key{ui::KeyKind::character, static_cast<char32_t>(c)};
}

}  // namespace medcareer::commands::test_keys
