#include "ui/terminal.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "medcareer/atomic_file.h"

namespace medcareer::ui {

namespace {

constexpr std::string_view hide_cursor = "\x1b[?25l";
constexpr std::string_view show_cursor = "\x1b[?25h";
constexpr std::string_view enter_alternate = "\x1b[?1049h";
constexpr std::string_view leave_alternate = "\x1b[?1049l";
constexpr std::string_view reset_colours = "\x1b[0m";

constexpr int handled[] = {SIGTERM, SIGHUP, SIGINT, SIGWINCH};

// What a signal handler needs to restore the active RawTerminal. `claimed` keeps a second
// RawTerminal from overwriting it; `fd` is set last, once `saved` and `sequence` are
// complete, and whoever takes it back to -1 (the handler or restore()) does the restoring.
struct HandlerView {
  std::atomic<bool> claimed{false};
  std::atomic<int> fd{-1};
  termios saved{};
  char sequence[32] = {};
  std::size_t sequence_length = 0;
};
HandlerView handler_view;

std::atomic<int> pending{0};
std::atomic<bool> window_changed{false};

static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free,
              "the signal handlers may only touch lock-free atomics");

// Async-signal-safe: write() in a loop, nothing else.
void write_all(int fd, const char* data, std::size_t length) {
  while (length > 0) {
    const ssize_t n = write(fd, data, length);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data += n;
    length -= static_cast<std::size_t>(n);
  }
}

void put_back(int fd, const termios& saved, const char* sequence, std::size_t length) {
  write_all(fd, sequence, length);
  tcsetattr(fd, TCSANOW, &saved);
}

extern "C" void on_signal(int signal_number) {
  const int saved_errno = errno;
  if (signal_number == SIGWINCH) {
    window_changed.store(true);
  } else {
    const int fd = handler_view.fd.exchange(-1);
    if (fd >= 0) {
      put_back(fd, handler_view.saved, handler_view.sequence, handler_view.sequence_length);
    }
    if (pending.exchange(signal_number) != 0) {
      // Asked twice: the quiz is not getting to it. The other handled signals are blocked
      // while this runs, so the raised one takes effect as soon as this handler returns.
      // An answers file being saved must not leave its temporary file behind.
      remove_temporary_files();
      signal(signal_number, SIG_DFL);
      raise(signal_number);
    }
  }
  errno = saved_errno;
}

[[noreturn]] void system_error(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

}  // namespace

RawTerminal::RawTerminal(int fd, bool alternate_screen)
    : fd_(fd), alternate_screen_(alternate_screen) {
  if (!isatty(fd)) system_error("not a terminal");
  if (tcgetattr(fd, &saved_) != 0) system_error("tcgetattr");
  if (handler_view.claimed.exchange(true)) {
    throw std::logic_error("only one RawTerminal can be active at a time");
  }
  std::string restore_sequence(reset_colours);
  restore_sequence += show_cursor;
  if (alternate_screen) restore_sequence += leave_alternate;
  static_assert(sizeof handler_view.sequence >=
                reset_colours.size() + show_cursor.size() + leave_alternate.size());
  handler_view.saved = saved_;
  std::memcpy(handler_view.sequence, restore_sequence.data(), restore_sequence.size());
  handler_view.sequence_length = restore_sequence.size();

  termios raw = saved_;
  // No CR-to-NL translation (the decoder takes CR as enter), no XON/XOFF flow control (so
  // Ctrl-S and Ctrl-Q cannot freeze the quiz), no stripping of the 8th bit (UTF-8).
  raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
  raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  // TCSANOW rather than TCSAFLUSH: keys typed ahead are kept, not thrown away.
  if (tcsetattr(fd, TCSANOW, &raw) != 0) {
    const int error = errno;
    handler_view.claimed.store(false);
    throw std::system_error(error, std::generic_category(), "tcsetattr");
  }
  active_ = true;
  handler_view.fd.store(fd);

  std::string enter;
  if (alternate_screen) enter += enter_alternate;
  enter += hide_cursor;
  write_all(fd, enter.data(), enter.size());
}

void RawTerminal::restore() {
  if (!active_) return;
  active_ = false;
  int expected = fd_;
  if (handler_view.fd.compare_exchange_strong(expected, -1)) {
    put_back(fd_, saved_, handler_view.sequence, handler_view.sequence_length);
  }
  handler_view.claimed.store(false);
}

SignalHandlers::SignalHandlers() {
  static_assert(std::size(handled) == sizeof previous_ / sizeof previous_[0]);
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  for (int s : handled) sigaddset(&action.sa_mask, s);
  for (std::size_t i = 0; i < std::size(handled); ++i) {
    // A signal that stops the quiz must interrupt a blocked read (no SA_RESTART: it sees
    // EINTR). A resize must not: the plain quiz and the save prompt read whole lines with
    // std::getline, which would take EINTR for the end of input. With SA_RESTART such a
    // read carries on; poll() never restarts (signal(7)), so the rich quiz still wakes up
    // to redraw.
    action.sa_flags = handled[i] == SIGWINCH ? SA_RESTART : 0;
    sigaction(handled[i], &action, &previous_[i]);
  }
}

SignalHandlers::~SignalHandlers() {
  for (std::size_t i = 0; i < std::size(handled); ++i) {
    sigaction(handled[i], &previous_[i], nullptr);
  }
}

int pending_signal() {
  return pending.load();
}
void clear_pending_signal() {
  pending.store(0);
}
bool resized() {
  return window_changed.exchange(false);
}

}  // namespace medcareer::ui
