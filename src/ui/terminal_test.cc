#include "ui/terminal.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <iostream>
#include <stdexcept>
#include <string>
#include <system_error>

#include "ui/keys.h"

using medcareer::ui::RawTerminal;

namespace {

// A pseudo-terminal: `terminal` is the side a program uses, `screen` what the terminal
// emulator would read from (what the program prints) and write to (what the person types).
struct Pty {
  int screen = -1, terminal = -1;
  Pty() {
    screen = posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(screen >= 0);
    REQUIRE(grantpt(screen) == 0);
    REQUIRE(unlockpt(screen) == 0);
    terminal = open(ptsname(screen), O_RDWR | O_NOCTTY);
    REQUIRE(terminal >= 0);
  }
  ~Pty() {
    close(terminal);
    close(screen);
  }
  termios modes() const {
    termios t{};
    REQUIRE(tcgetattr(terminal, &t) == 0);
    return t;
  }
  // Everything printed so far.
  std::string printed() const {
    std::string out;
    pollfd p{screen, POLLIN, 0};
    while (poll(&p, 1, 50) > 0) {
      char buffer[256];
      const ssize_t n = read(screen, buffer, sizeof buffer);
      if (n <= 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
  }
  void type(std::string_view bytes) const {
    REQUIRE(write(screen, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  }
};

bool same(const termios& a, const termios& b) {
  return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag &&
         a.c_lflag == b.c_lflag && std::equal(std::begin(a.c_cc), std::end(a.c_cc), b.c_cc) &&
         cfgetispeed(&a) == cfgetispeed(&b) && cfgetospeed(&a) == cfgetospeed(&b);
}

}  // namespace

TEST_CASE("raw mode turns off echo, line editing and signals, and restore puts all back") {
  Pty pty;
  const termios before = pty.modes();
  REQUIRE((before.c_lflag & ECHO) != 0);
  REQUIRE((before.c_lflag & ICANON) != 0);
  REQUIRE((before.c_lflag & ISIG) != 0);
  RawTerminal raw(pty.terminal);
  CHECK(raw.active());
  const termios during = pty.modes();
  CHECK((during.c_lflag & (ECHO | ICANON | ISIG | IEXTEN)) == 0);
  CHECK((during.c_iflag & (ICRNL | IXON | ISTRIP)) == 0);
  CHECK((during.c_oflag & OPOST) != 0);
  CHECK(during.c_cc[VMIN] == 1);
  CHECK(during.c_cc[VTIME] == 0);
  CHECK(pty.printed() == "\x1b[?25l");

  raw.restore();
  CHECK_FALSE(raw.active());
  CHECK(same(pty.modes(), before));
  CHECK(pty.printed() == "\x1b[0m\x1b[?25h");
  raw.restore();
  CHECK(pty.printed() == "");
}

TEST_CASE("the alternate screen is entered and left, and the destructor restores") {
  Pty pty;
  const termios before = pty.modes();
  {
    RawTerminal raw(pty.terminal, true);
    CHECK(pty.printed() == "\x1b[?1049h\x1b[?25l");
  }
  CHECK(same(pty.modes(), before));
  CHECK(pty.printed() == "\x1b[0m\x1b[?25h\x1b[?1049l");
}

TEST_CASE("in raw mode Ctrl-C and Enter arrive as keys") {
  Pty pty;
  RawTerminal raw(pty.terminal);
  medcareer::ui::KeyDecoder decoder;
  pty.type("\x03\r");
  CHECK(read_key(pty.terminal, 1000, decoder).kind == medcareer::ui::KeyKind::ctrl_c);
  CHECK(read_key(pty.terminal, 1000, decoder).kind == medcareer::ui::KeyKind::enter);
  CHECK(pty.printed() == "\x1b[?25l");  // no echo
}

TEST_CASE("raw mode is refused on a non-terminal and while another is active") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  CHECK_THROWS_AS(RawTerminal{fds[0]}, std::system_error);
  close(fds[0]);
  close(fds[1]);

  Pty pty;
  {
    RawTerminal first(pty.terminal);
    CHECK_THROWS_AS(RawTerminal{pty.terminal}, std::logic_error);
  }
  RawTerminal again(pty.terminal);
  CHECK(again.active());
}

TEST_CASE("a signal restores the terminal and is kept pending instead of ending the process") {
  Pty pty;
  const termios before = pty.modes();
  auto handlers = medcareer::ui::install_restore_on_signal();
  medcareer::ui::clear_pending_signal();
  RawTerminal raw(pty.terminal, true);
  CHECK(pty.printed() == "\x1b[?1049h\x1b[?25l");

  raise(SIGTERM);
  CHECK(medcareer::ui::pending_signal() == SIGTERM);
  CHECK(same(pty.modes(), before));
  CHECK(pty.printed() == "\x1b[0m\x1b[?25h\x1b[?1049l");
  raw.restore();  // already done by the handler: nothing more is written
  CHECK(pty.printed() == "");
  medcareer::ui::clear_pending_signal();
  CHECK(medcareer::ui::pending_signal() == 0);
}

TEST_CASE("SIGWINCH sets resized() once") {
  auto handlers = medcareer::ui::install_restore_on_signal();
  medcareer::ui::resized();
  raise(SIGWINCH);
  CHECK(medcareer::ui::resized());
  CHECK_FALSE(medcareer::ui::resized());
  CHECK(medcareer::ui::pending_signal() == 0);
}

TEST_CASE("a second signal while one is pending ends the process") {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    auto handlers = medcareer::ui::install_restore_on_signal();
    medcareer::ui::clear_pending_signal();
    raise(SIGINT);
    if (medcareer::ui::pending_signal() != SIGINT) _exit(3);
    raise(SIGHUP);
    _exit(4);  // not reached
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGHUP);
}

TEST_CASE("a resize does not break a blocking read of a line, a stopping signal does") {
  for (const int sig : {SIGWINCH, SIGTERM}) {
    int input[2], ready[2];
    REQUIRE(pipe(input) == 0);
    REQUIRE(pipe(ready) == 0);
    std::cout.flush();  // the child reads std::cin, which flushes what it inherited of cout
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      auto handlers = medcareer::ui::install_restore_on_signal();
      medcareer::ui::clear_pending_signal();
      dup2(input[0], STDIN_FILENO);
      close(input[1]);
      if (write(ready[1], "r", 1) != 1) _exit(5);
      std::string line;
      // What the plain quiz and the save prompt do: std::getline on std::cin.
      if (!std::getline(std::cin, line)) _exit(medcareer::ui::pending_signal() ? 6 : 7);
      _exit(line == "typed" ? 0 : 8);
    }
    close(ready[1]);  // input[0] stays open here, so the write below cannot meet a closed pipe
    char byte = 0;
    REQUIRE(read(ready[0], &byte, 1) == 1);
    usleep(100'000);  // the child is blocked in read() by now
    REQUIRE(kill(child, sig) == 0);
    usleep(100'000);
    REQUIRE(write(input[1], "typed\n", 6) == 6);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    close(input[0]);
    close(input[1]);
    close(ready[0]);
    REQUIRE(WIFEXITED(status));
    CAPTURE(sig);
    CHECK(WEXITSTATUS(status) == (sig == SIGWINCH ? 0 : 6));
  }
}
