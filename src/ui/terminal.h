// The terminal during the interactive quiz: raw mode for single key presses, and the
// guarantee that the person gets their terminal back as it was, whether the quiz ends
// normally, throws, or is stopped by a signal.
#pragma once

#include <signal.h>
#include <termios.h>

namespace medcareer::ui {

// Raw mode on a terminal for the life of the object: no echo, no line editing, and ISIG
// off so that Ctrl-C arrives as byte 3 (KeyKind::ctrl_c) and the quiz can save the answers
// before it exits. The cursor is hidden and, if asked, the alternate screen is used.
// Output processing (OPOST) is left on, so "\n" still starts a new line and text rendered
// for plain output shows the same here.
//
// The control sequences are written to `fd` itself, not to an output sink: the signal
// handler must be able to write them too, and a descriptor is all it can use.
//
// At most one RawTerminal exists at a time, since a signal handler can restore only one.
class RawTerminal {
 public:
  // Throws std::system_error if `fd` is not a terminal or its modes cannot be read or set,
  // and std::logic_error if another RawTerminal is active.
  explicit RawTerminal(int fd, bool alternate_screen = false);
  ~RawTerminal() { restore(); }
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  // Puts back exactly the modes saved on entry, shows the cursor, leaves the alternate
  // screen and resets colours. Idempotent; does nothing if a signal handler already did
  // it. Errors are ignored: there is nothing better to do with a terminal that is gone.
  void restore();
  bool active() const { return active_; }

 private:
  int fd_;
  bool alternate_screen_;
  bool active_ = false;
  termios saved_{};
};

// While the returned object lives, SIGTERM, SIGHUP and SIGINT restore the active
// RawTerminal (if any) and set pending_signal() instead of ending the process, so the quiz
// loop can save the answers and exit with 128 + pending_signal(). A second such signal
// while one is pending ends the process the default way (after the terminal was already
// restored), so a program that stopped polling can still be stopped. SIGWINCH sets
// resized(). The destructor puts the previous handlers back.
//
// The stopping signals are installed without SA_RESTART: a blocking read() or poll()
// returns EINTR when one arrives, and read_key() then returns KeyKind::none. SIGWINCH has
// SA_RESTART, so a resize never breaks a blocking read() of a line; poll() is never
// restarted, so read_key() still returns none on a resize and the screen is redrawn.
//
// Async-signal-safety: the handlers only call tcsetattr(), write(), signal() and raise()
// (all async-signal-safe in POSIX), read data that was fully written before the terminal
// was published to them, store to lock-free atomics, and save and restore errno. They
// allocate nothing and take no lock.
class SignalHandlers {
 public:
  SignalHandlers();
  ~SignalHandlers();
  SignalHandlers(const SignalHandlers&) = delete;
  SignalHandlers& operator=(const SignalHandlers&) = delete;

 private:
  struct sigaction previous_[4] = {};
};

[[nodiscard]] inline SignalHandlers install_restore_on_signal() {
  return {};
}

// The signal that asked the quiz to stop (SIGTERM, SIGHUP or SIGINT), or 0.
int pending_signal();
// Forgets the pending signal: for tests, and for a caller that decides to carry on.
void clear_pending_signal();
// Whether the window changed size since the last call.
bool resized();

}  // namespace medcareer::ui
