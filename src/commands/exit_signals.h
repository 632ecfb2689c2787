// What a signal that ends medcareer must not leave behind: the temporary file of an output
// being written (`score --output`, `quiz --save`). Until a command installs its own handlers
// (the quiz does, to save the answers), SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGPIPE remove
// those files and then end the process as the signal would have: same status, same core dump.
#pragma once

namespace medcareer::commands {

// Installs the handlers; a signal that was ignored when medcareer started (nohup, a job in
// the background of a script) stays ignored.
void remove_temporary_files_on_signal();

}  // namespace medcareer::commands
