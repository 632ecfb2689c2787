// Keys from a terminal in raw mode: the bytes a terminal sends turned into the few keys the
// interactive quiz understands. The decoder is pure (bytes in, keys out) so every sequence
// is tested without a terminal; read_key() adds the waiting on a file descriptor.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace medcareer::ui {

enum class KeyKind {
  up,
  down,
  left,
  right,
  page_up,
  page_down,
  home,
  end,
  enter,
  backspace,
  space,
  tab,
  escape,
  ctrl_c,
  ctrl_d,
  character,  // a printable character, in `ch`
  none,       // nothing: a timeout, or a signal arrived while waiting
};

struct Key {
  KeyKind kind = KeyKind::none;
  char32_t ch = 0;  // the code point, for `character` only

  bool operator==(const Key&) const = default;
};

// Turns bytes into keys. Arrows come as CSI (ESC [ A) or SS3 (ESC O A), with or without
// modifier parameters (ESC [ 1 ; 5 A is still up); DEL and BS are backspace; CR, LF and
// CR LF are one enter; PgUp/PgDn (ESC [ 5 ~, ESC [ 6 ~) and Home/End (ESC [ H / F,
// ESC O H / F, ESC [ 1 ~ / 4 ~, ESC [ 7 ~ / 8 ~) scroll the results; UTF-8 is decoded, and
// a malformed sequence gives U+FFFD. Other control bytes and escape sequences (function
// keys, Delete, bracketed paste markers) are dropped, since the quiz has no use for them
// and must not take them for characters.
//
// A lone ESC cannot be told from the start of a sequence until more bytes come or none
// do: next() holds it back, and the caller calls flush() once a short wait brings nothing.
class KeyDecoder {
 public:
  void feed(std::string_view bytes);
  // The next complete key, or nothing if more bytes are needed (or none are left).
  std::optional<Key> next();
  // Treats what is held back as complete: a lone ESC becomes escape, a cut-off escape
  // sequence becomes escape and its remaining bytes characters, a cut-off UTF-8 character
  // becomes U+FFFD. Call it when no more bytes came within a short time.
  void flush();
  // Whether bytes are held back waiting for the rest of a sequence.
  bool pending() const { return !buffer_.empty(); }

 private:
  std::optional<Key> decode();
  std::optional<Key> escape_sequence();
  std::optional<Key> utf8_character();

  std::string buffer_;
  std::deque<Key> flushed_;  // keys made by flush(), handed out before anything else
  bool final_ = false;       // flushing: a cut-off sequence counts as complete
  bool after_cr_ = false;    // a LF right after a CR ends the same line: no second enter
};

// How long read_key() waits after a lone ESC for the rest of a sequence. Terminals send a
// sequence in one write; 50 ms is far below the time between two key presses.
inline constexpr int escape_wait_ms = 50;

// Reads the next key from `fd` (a terminal in raw mode, or any readable descriptor),
// waiting at most `timeout_ms` (negative: without limit). Keys already decoded in
// `decoder` come first; bytes read beyond one key stay in it for the next call, so keep
// one decoder per descriptor.
//
// Returns none on timeout, and also when a signal interrupted the wait (EINTR), so the
// caller can look at pending_signal() and resized() before reading again; no byte is lost
// either way. Returns ctrl_d at the end of input and on a read error such as a terminal
// that was closed (EIO), since both mean the person can type no more.
Key read_key(int fd, int timeout_ms, KeyDecoder& decoder);

}  // namespace medcareer::ui
