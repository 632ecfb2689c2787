#include "ui/keys.h"

#include <doctest/doctest.h>
#include <pthread.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

#include "ui/terminal.h"

using medcareer::ui::Key;
using medcareer::ui::KeyDecoder;
using medcareer::ui::KeyKind;
using medcareer::ui::read_key;

namespace {

std::vector<Key> keys_of(KeyDecoder& decoder) {
  std::vector<Key> out;
  while (auto k = decoder.next()) out.push_back(*k);
  return out;
}

std::vector<Key> decode(std::string_view bytes) {
  KeyDecoder decoder;
  decoder.feed(bytes);
  return keys_of(decoder);
}

Key k(KeyKind kind) {
  return Key{kind, 0};
}
Key ch(char32_t c) {
  return Key{KeyKind::character, c};
}
const Key bad = ch(0xFFFD);

}  // namespace

TEST_CASE("arrows come as CSI or SS3, with or without modifiers") {
  CHECK(decode("\x1b[A\x1b[B\x1b[C\x1b[D") ==
        std::vector{k(KeyKind::up), k(KeyKind::down), k(KeyKind::right), k(KeyKind::left)});
  CHECK(decode("\x1bOA\x1bOB\x1bOC\x1bOD") ==
        std::vector{k(KeyKind::up), k(KeyKind::down), k(KeyKind::right), k(KeyKind::left)});
  CHECK(decode("\x1b[1;5A\x1b[1;2D") == std::vector{k(KeyKind::up), k(KeyKind::left)});
}

TEST_CASE("PgUp, PgDn, Home and End in their usual forms") {
  CHECK(decode("\x1b[5~\x1b[6~\x1b[5;5~") ==
        std::vector{k(KeyKind::page_up), k(KeyKind::page_down), k(KeyKind::page_up)});
  const std::vector<Key> home_end{k(KeyKind::home), k(KeyKind::end)};
  CHECK(decode("\x1b[H\x1b[F") == home_end);
  CHECK(decode("\x1bOH\x1bOF") == home_end);
  CHECK(decode("\x1b[1~\x1b[4~") == home_end);
  CHECK(decode("\x1b[7~\x1b[8~") == home_end);
  CHECK(decode("\x1b[2~\x1b[15~x") == std::vector{ch('x')});  // Insert, F5: dropped
}

TEST_CASE("single bytes: enter, backspace, space, tab, Ctrl-C, Ctrl-D") {
  CHECK(decode("\r") == std::vector{k(KeyKind::enter)});
  CHECK(decode("\n") == std::vector{k(KeyKind::enter)});
  CHECK(decode("\x7f\x08") == std::vector{k(KeyKind::backspace), k(KeyKind::backspace)});
  CHECK(decode(" \t") == std::vector{k(KeyKind::space), k(KeyKind::tab)});
  CHECK(decode("\x03\x04") == std::vector{k(KeyKind::ctrl_c), k(KeyKind::ctrl_d)});
}

TEST_CASE("CR LF is one enter, even split between reads; CR CR and LF LF are two") {
  CHECK(decode("\r\n") == std::vector{k(KeyKind::enter)});
  CHECK(decode("\r\r") == std::vector{k(KeyKind::enter), k(KeyKind::enter)});
  CHECK(decode("\n\n") == std::vector{k(KeyKind::enter), k(KeyKind::enter)});
  CHECK(decode("\r\x1b[A\n") == std::vector{k(KeyKind::enter), k(KeyKind::up), k(KeyKind::enter)});
  KeyDecoder decoder;
  decoder.feed("\r");
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::enter)});
  decoder.feed("\n1");
  CHECK(keys_of(decoder) == std::vector{ch('1')});
}

TEST_CASE("printable ASCII and UTF-8 characters") {
  CHECK(decode("aZ~") == std::vector{ch('a'), ch('Z'), ch('~')});
  CHECK(decode("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") ==
        std::vector{ch(0xE9), ch(0x20AC), ch(0x1F600)});
  CHECK(decode("ab\x1b[Bc") == std::vector{ch('a'), ch('b'), k(KeyKind::down), ch('c')});
}

TEST_CASE("a UTF-8 character split between reads waits for its last byte") {
  KeyDecoder decoder;
  decoder.feed("\xe2\x82");
  CHECK_FALSE(decoder.next());
  CHECK(decoder.pending());
  decoder.feed("\xac");
  CHECK(keys_of(decoder) == std::vector{ch(0x20AC)});
  CHECK_FALSE(decoder.pending());
}

TEST_CASE("malformed UTF-8 gives U+FFFD and the breaking byte is read as itself") {
  CHECK(decode("\x80") == std::vector{bad});
  CHECK(decode("\xc3(") == std::vector{bad, ch('(')});
  CHECK(decode("\xc0\xaf") == std::vector{bad, bad});  // overlong two-byte form
  CHECK(decode("\xe0\x80\xaf") == std::vector{bad});   // overlong three-byte form
  CHECK(decode("\xed\xa0\x80") == std::vector{bad});   // a surrogate
  CHECK(decode("\xf5\x80") == std::vector{bad, bad});  // past U+10FFFF
  KeyDecoder decoder;
  decoder.feed("\xe2\x82");
  decoder.flush();
  CHECK(keys_of(decoder) == std::vector{bad});
}

TEST_CASE("a lone ESC is held back until more bytes come or flush() is called") {
  KeyDecoder decoder;
  decoder.feed("\x1b");
  CHECK_FALSE(decoder.next());
  CHECK(decoder.pending());
  decoder.flush();
  CHECK_FALSE(decoder.pending());
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::escape)});

  decoder.feed("\x1b");
  CHECK_FALSE(decoder.next());
  decoder.feed("[A");
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::up)});
}

TEST_CASE("ESC before anything that does not start a sequence is the escape key") {
  CHECK(decode("\x1bx") == std::vector{k(KeyKind::escape), ch('x')});
  KeyDecoder decoder;
  decoder.feed("\x1b\x1b");
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::escape)});
  decoder.flush();
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::escape)});
  CHECK(decode("\x1b[\x03") == std::vector{k(KeyKind::escape), ch('['), k(KeyKind::ctrl_c)});
}

TEST_CASE("a cut-off sequence waits, and on flush is escape and characters") {
  KeyDecoder decoder;
  decoder.feed("\x1b[1;");
  CHECK_FALSE(decoder.next());
  decoder.flush();
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::escape), ch('['), ch('1'), ch(';')});
  decoder.feed("\x1bO");
  CHECK_FALSE(decoder.next());
  decoder.flush();
  CHECK(keys_of(decoder) == std::vector{k(KeyKind::escape), ch('O')});
}

TEST_CASE("sequences and control bytes the quiz does not use are dropped") {
  CHECK(decode("\x1b[3~a") == std::vector{ch('a')});                       // Delete
  CHECK(decode("\x1bOPb") == std::vector{ch('b')});                        // F1
  CHECK(decode("\x1b[200~hi\x1b[201~") == std::vector{ch('h'), ch('i')});  // bracketed paste
  CHECK(decode(std::string_view("\x01\x1a\x00x", 4)) == std::vector{ch('x')});
}

namespace {

struct Pipe {
  int read_end = -1, write_end = -1;
  Pipe() {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    read_end = fds[0], write_end = fds[1];
  }
  ~Pipe() {
    close(read_end);
    if (write_end >= 0) close(write_end);
  }
  void write(std::string_view bytes) const {
    REQUIRE(::write(write_end, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  }
  void close_writing() { close(write_end), write_end = -1; }
};

}  // namespace

TEST_CASE("read_key returns each key once, keeping what it read beyond one key") {
  Pipe p;
  KeyDecoder decoder;
  p.write("x\x1b[A");
  CHECK(read_key(p.read_end, 1000, decoder) == ch('x'));
  CHECK(read_key(p.read_end, 1000, decoder) == k(KeyKind::up));
  CHECK(read_key(p.read_end, 10, decoder) == k(KeyKind::none));
}

TEST_CASE("read_key turns a lone ESC into escape after a short wait") {
  Pipe p;
  KeyDecoder decoder;
  p.write("\x1b");
  const auto start = std::chrono::steady_clock::now();
  CHECK(read_key(p.read_end, 5000, decoder) == k(KeyKind::escape));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("read_key gives what was held back, then ctrl_d at the end of input") {
  Pipe p;
  KeyDecoder decoder;
  p.write("\x1b");
  p.close_writing();
  CHECK(read_key(p.read_end, 1000, decoder) == k(KeyKind::escape));
  CHECK(read_key(p.read_end, 1000, decoder) == k(KeyKind::ctrl_d));
  CHECK(read_key(p.read_end, 1000, decoder) == k(KeyKind::ctrl_d));
}

TEST_CASE("a signal during read_key returns none and loses no key") {
  auto handlers = medcareer::ui::install_restore_on_signal();
  medcareer::ui::resized();  // forget any earlier change
  Pipe p;
  KeyDecoder decoder;
  const pthread_t reader = pthread_self();
  std::thread resizer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    pthread_kill(reader, SIGWINCH);
  });
  const auto start = std::chrono::steady_clock::now();
  const Key interrupted = read_key(p.read_end, 5000, decoder);
  resizer.join();
  CHECK(interrupted == k(KeyKind::none));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(4));
  CHECK(medcareer::ui::resized());
  p.write("a");
  CHECK(read_key(p.read_end, 1000, decoder) == ch('a'));
}
