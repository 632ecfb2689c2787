#include "ui/keys.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

namespace medcareer::ui {

namespace {

constexpr char32_t replacement = 0xFFFD;

Key key(KeyKind kind) {
  return Key{kind, 0};
}
Key character(char32_t ch) {
  return Key{KeyKind::character, ch};
}

// The key a single byte below 0x80 stands for; nothing for control bytes the quiz ignores.
std::optional<Key> ascii_key(unsigned char c) {
  switch (c) {
    case 3:
      return key(KeyKind::ctrl_c);
    case 4:
      return key(KeyKind::ctrl_d);
    case 8:
    case 127:
      return key(KeyKind::backspace);
    case 9:
      return key(KeyKind::tab);
    case 10:
    case 13:
      return key(KeyKind::enter);
    case 32:
      return key(KeyKind::space);
    default:
      if (c > 32 && c < 127) return character(c);
      return std::nullopt;
  }
}

std::optional<Key> arrow(char final_byte) {
  switch (final_byte) {
    case 'A':
      return key(KeyKind::up);
    case 'B':
      return key(KeyKind::down);
    case 'C':
      return key(KeyKind::right);
    case 'D':
      return key(KeyKind::left);
    case 'H':
      return key(KeyKind::home);
    case 'F':
      return key(KeyKind::end);
    default:
      return std::nullopt;
  }
}

// The keys of "ESC [ N ~" (VT220 style); `parameters` is what stands between '[' and '~'.
// Modifiers after a ';' do not change the key.
std::optional<Key> tilde_key(std::string_view parameters) {
  parameters = parameters.substr(0, parameters.find(';'));
  if (parameters == "1" || parameters == "7") return key(KeyKind::home);
  if (parameters == "4" || parameters == "8") return key(KeyKind::end);
  if (parameters == "5") return key(KeyKind::page_up);
  if (parameters == "6") return key(KeyKind::page_down);
  return std::nullopt;
}

bool is_final(unsigned char c) {
  return c >= 0x40 && c <= 0x7E;
}

}  // namespace

void KeyDecoder::feed(std::string_view bytes) {
  buffer_.append(bytes);
}

std::optional<Key> KeyDecoder::next() {
  if (!flushed_.empty()) {
    Key k = flushed_.front();
    flushed_.pop_front();
    return k;
  }
  return decode();
}

void KeyDecoder::flush() {
  final_ = true;
  while (auto k = decode()) flushed_.push_back(*k);
  final_ = false;
}

// Each step either makes a key, drops bytes the quiz has no use for, or (only when not
// flushing) consumes nothing because the sequence at the front is not complete yet.
std::optional<Key> KeyDecoder::decode() {
  while (!buffer_.empty()) {
    const std::size_t before = buffer_.size();
    const auto c = static_cast<unsigned char>(buffer_[0]);
    std::optional<Key> k;
    if (c == 0x1B) {
      k = escape_sequence();
    } else if (c >= 0x80) {
      k = utf8_character();
    } else {
      buffer_.erase(0, 1);
      k = ascii_key(c);
    }
    if (buffer_.size() == before) return std::nullopt;  // wait for the rest
    const bool line_feed = c == '\n';
    const bool swallow = line_feed && after_cr_;
    after_cr_ = c == '\r';
    if (k && !swallow) return k;
  }
  return std::nullopt;
}

std::optional<Key> KeyDecoder::escape_sequence() {
  auto consume = [this](std::size_t n, std::optional<Key> k) {
    buffer_.erase(0, n);
    return k;
  };
  const auto lone_escape = [&] { return consume(1, key(KeyKind::escape)); };
  if (buffer_.size() < 2) return final_ ? lone_escape() : std::nullopt;
  if (buffer_[1] == '[') {
    // CSI: parameter and intermediate bytes (0x20-0x3F), then one final byte.
    std::size_t i = 2;
    while (i < buffer_.size() && buffer_[i] >= 0x20 && buffer_[i] <= 0x3F) ++i;
    if (i == buffer_.size()) return final_ ? lone_escape() : std::nullopt;
    if (!is_final(static_cast<unsigned char>(buffer_[i]))) return lone_escape();
    if (buffer_[i] == '~') {
      return consume(i + 1, tilde_key(std::string_view(buffer_).substr(2, i - 2)));
    }
    return consume(i + 1, arrow(buffer_[i]));
  }
  if (buffer_[1] == 'O') {
    // SS3: exactly one final byte (arrows in application mode, F1-F4).
    if (buffer_.size() < 3) return final_ ? lone_escape() : std::nullopt;
    if (!is_final(static_cast<unsigned char>(buffer_[2]))) return lone_escape();
    return consume(3, arrow(buffer_[2]));
  }
  // ESC then anything else (a second ESC, or Alt held with a letter): the escape key on
  // its own, and the following byte is read as itself.
  return lone_escape();
}

std::optional<Key> KeyDecoder::utf8_character() {
  const auto lead = static_cast<unsigned char>(buffer_[0]);
  std::size_t length = 0;
  char32_t code = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, code = lead & 0x1Fu, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code = lead & 0x0Fu, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, code = lead & 0x07u, min = 0x10000;
  } else {
    buffer_.erase(0, 1);  // a stray continuation byte, or a lead byte UTF-8 never uses
    return character(replacement);
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (i == buffer_.size()) {
      if (!final_) return std::nullopt;
      buffer_.erase(0, i);
      return character(replacement);
    }
    const auto c = static_cast<unsigned char>(buffer_[i]);
    if ((c & 0xC0) != 0x80) {
      buffer_.erase(0, i);  // the byte that broke the sequence starts the next key
      return character(replacement);
    }
    code = (code << 6) | (c & 0x3Fu);
  }
  buffer_.erase(0, length);
  // Overlong forms, surrogates and values past U+10FFFF are not characters.
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = replacement;
  return character(code);
}

Key read_key(int fd, int timeout_ms, KeyDecoder& decoder) {
  if (auto k = decoder.next()) return *k;
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    int wait = timeout_ms < 0 ? -1 : 0;
    if (timeout_ms >= 0) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      wait = static_cast<int>(std::max<long long>(0, left.count()));
    }
    if (decoder.pending()) wait = escape_wait_ms;
    pollfd poll_fd{fd, POLLIN, 0};
    const int ready = poll(&poll_fd, 1, wait);
    if (ready < 0) return key(errno == EINTR ? KeyKind::none : KeyKind::ctrl_d);
    if (ready == 0) {
      if (!decoder.pending()) return key(KeyKind::none);
      decoder.flush();
      if (auto k = decoder.next()) return *k;
      continue;
    }
    char bytes[64];
    const ssize_t got = read(fd, bytes, sizeof bytes);
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) return key(KeyKind::none);
      return key(KeyKind::ctrl_d);
    }
    if (got == 0) {
      // End of input: what was held back is all there is; the end itself comes next time.
      decoder.flush();
      if (auto k = decoder.next()) return *k;
      return key(KeyKind::ctrl_d);
    }
    decoder.feed(std::string_view(bytes, static_cast<std::size_t>(got)));
    if (auto k = decoder.next()) return *k;
  }
}

}  // namespace medcareer::ui
