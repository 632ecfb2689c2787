#include "commands/exit_signals.h"

#include <csignal>

#include "medcareer/atomic_file.h"

namespace medcareer::commands {

namespace {

// Async-signal-safe: unlink(), sigaction() and raise() only.
extern "C" void remove_and_end(int signal_number) {
  remove_temporary_files();
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal_number, &fallback, nullptr);
  raise(signal_number);  // delivered on return: the handler runs with it blocked
}

}  // namespace

void remove_temporary_files_on_signal() {
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) {
    struct sigaction previous {};
    if (sigaction(signal_number, nullptr, &previous) != 0) continue;
    if (previous.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = remove_and_end;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  // a read or write in progress carries on until the signal
    sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace medcareer::commands
