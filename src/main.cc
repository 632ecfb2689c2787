#include <csignal>

#include "commands/commands.h"
#include "commands/exit_signals.h"

int main(int argc, char** argv) {
  // Over a file size limit (ulimit -f) the kernel would kill the process with SIGXFSZ and
  // leave a temporary file behind; ignored, write() fails with EFBIG instead and the error
  // is reported like any other, with the output file left as it was.
  std::signal(SIGXFSZ, SIG_IGN);
  medcareer::commands::remove_temporary_files_on_signal();
  return medcareer::commands::run(argc, argv);
}
