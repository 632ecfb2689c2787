# Helpers for driving the interactive quiz in a real terminal under tmux.
# Each test runs its own tmux server (its own socket), so tests can run in parallel.
set -uo pipefail

MEDCAREER=${MEDCAREER:?set MEDCAREER to the binary}
SOCKET_BASE="medcareer-test-$$-$RANDOM"
SOCKET=$SOCKET_BASE
sessions=0
WORK=$(mktemp -d)
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
failures=0

# start WIDTH HEIGHT COMMAND: runs COMMAND in $WORK in a fresh pane; when it ends, its exit
# status goes to $WORK/exit and the terminal's echo/icanon settings to $WORK/stty. The exit
# file is written last, so a test that has seen it can read the settings.
start() {
  local width=$1 height=$2 cmd=$3
  rm -f "$WORK/exit" "$WORK/stty"
  # A fresh server for each session: a server just told to exit may still be shutting down,
  # and a new session started on its socket would go down with it.
  tmux -L "$SOCKET" kill-server 2>/dev/null
  sessions=$((sessions + 1))
  SOCKET="$SOCKET_BASE-$sessions"
  tmux -L "$SOCKET" -f /dev/null new-session -d -x "$width" -y "$height" -s quiz \
    "cd '$WORK' && env -u NO_COLOR TERM=xterm-256color $cmd; s=\$?; stty -a > stty; echo \$s > exit; sleep 600"
  tmux -L "$SOCKET" set-option -t quiz -g remain-on-exit on >/dev/null
}

screen() { tmux -L "$SOCKET" capture-pane -p -t quiz; }
# The screen as one line, its rows joined by a blank: text the program wrapped to a
# narrow width reads as it would on a wide one.
flat_screen() { screen | tr '\n' ' ' | tr -s ' '; }
# The screen with lines the terminal wrapped joined again: a line longer than the terminal
# here is one the program left to the terminal to wrap.
joined_screen() { tmux -L "$SOCKET" capture-pane -p -J -t quiz | sed 's/ *$//'; }
# The screen with everything scrolled off above it.
history() { tmux -L "$SOCKET" capture-pane -p -t quiz -S -; }
joined_history() { tmux -L "$SOCKET" capture-pane -p -J -t quiz -S - | sed 's/ *$//'; }
# Whether the cursor is shown and the alternate screen is on, as tmux sees the pane:
# "cursor=1 alternate=0" is the terminal as it should be left.
terminal_state() {
  tmux -L "$SOCKET" display-message -p -t quiz 'cursor=#{cursor_flag} alternate=#{alternate_on}'
}
resize() { tmux -L "$SOCKET" resize-window -t quiz -x "$1" -y "$2"; }
# The width of the longest line in stdin, in columns (not bytes: the bars are UTF-8).
longest() { LC_ALL=C.UTF-8 wc -L; }

keys() { tmux -L "$SOCKET" send-keys -t quiz "$@"; }

# signal_quiz SIGNAL: sends SIGNAL to the program in the pane (the pane's shell's child), and
# to no other: tests running side by side may run the very same command line.
signal_quiz() {
  local shell
  shell=$(tmux -L "$SOCKET" display-message -p -t quiz '#{pane_pid}')
  pkill "-$1" -P "$shell"
}

# wait_for TEXT: until TEXT shows on the screen, wrapped or not (10 s at most).
wait_for() {
  for _ in $(seq 100); do
    flat_screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "FAIL: timed out waiting for: $1" >&2
  screen | sed 's/^/  | /' >&2
  failures=$((failures + 1))
  return 1
}

# row PATTERN: some row of the screen matches the extended regex PATTERN (5 s at most); on
# failure shows the screen and leaves the counting to the caller.
row() {
  for _ in $(seq 50); do
    screen | grep -qE -- "$1" && return 0
    sleep 0.1
  done
  screen | sed 's/^/  | /' >&2
  return 1
}

# wait_exit [SECONDS]: until the program has ended (10 s at most unless told); prints its
# exit status, or "timeout".
wait_exit() {
  for _ in $(seq $((${1:-10} * 10))); do
    [ -s "$WORK/exit" ] && { cat "$WORK/exit"; return 0; }
    sleep 0.1
  done
  echo "timeout"
}

check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what" >&2; failures=$((failures + 1)); fi
}

# The kind of the question on screen, from its key hint (which may wrap on a narrow one).
question_kind() {
  local s
  s=$(flat_screen)
  if grep -q "Your answers" <<<"$s"; then echo review
  elif grep -q "space or a number ticks" <<<"$s"; then echo multi
  elif grep -q "type a number, up/down" <<<"$s"; then echo number
  elif grep -q "question [0-9]* of" <<<"$s"; then echo list
  else echo unknown; fi
}

# answer_current: answers the question on screen the same way every time and waits for
# the screen to change: question N gets option N % 3 + 1 (the first if there are fewer),
# so that the answers vary and the results say something; a multi gets its first option
# and a number 12.
answer_current() {
  local before kind n options pick
  before=$(flat_screen | grep -o "question [0-9]* of [0-9]*")
  kind=$(question_kind)
  n=$(grep -o '[0-9]*' <<<"$before" | head -1)
  options=$(screen | grep -cE '^[> ] [0-9]\. [[(]')
  pick=$(( ${n:-0} % 3 + 1 ))
  [ "$pick" -le "$options" ] || pick=1
  case $kind in
    multi) keys 1 Enter ;;
    number) keys BSpace BSpace BSpace 1 2 Enter ;;
    list) keys "$pick" ;;
    *) return 1 ;;
  esac
  for _ in $(seq 50); do
    [ "$(flat_screen | grep -o "question [0-9]* of [0-9]*")" != "$before" ] && return 0
    sleep 0.1
  done
  return 1
}

# answer_to_review: answers every question from the one on screen to the review screen.
answer_to_review() {
  for _ in $(seq 40); do
    [ "$(question_kind)" = review ] && return 0
    answer_current || return 1
  done
}

# through_contradictions: when the quiz asks which of two contradicting answers matters more
# (before the results), keeps both, which ends the asking; then waits for the results screen.
through_contradictions() {
  for _ in $(seq 50); do
    flat_screen | grep -qF "q or Enter goes on" && return 0
    flat_screen | grep -qF "Which matters more?" && { keys 3; break; }
    sleep 0.1
  done
  wait_for "q or Enter goes on"
}

# to_results: from the review, to the results screen (the full-screen, scrollable one),
# keeping both answers of any pair that contradict each other.
to_results() {
  wait_for "Your answers" && keys r && through_contradictions
}

# printed_results FILE: the results the quiz printed to the normal screen after the results
# screen (from "Results" to the end of "What would change the pick"), into $WORK/FILE.
printed_results() {
  history | awk '/^Results/ { on = 1 } /^(medcareer: |Save your answers)/ { on = 0 } on' \
    | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$WORK/$1"
}

# reference_run FILE: takes the whole quiz without a break, answering with answer_current,
# and saves to FILE in $WORK: the run that interrupted and resumed ones must match. The
# results it printed go to FILE.results.
reference_run() {
  start 80 30 "$MEDCAREER quiz --save $1"
  wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
  answer_to_review
  to_results && keys q
  check "the uninterrupted run ends" test "$(wait_exit)" = 0
  printed_results "$1.results"
  tmux -L "$SOCKET" kill-server
}

# same_results WHAT A B: answers files A and B in $WORK give the same results, explanation
# and all (only the respondent's name, which is the file's, may differ).
same_results() {
  local a b
  a=$("$MEDCAREER" score "$WORK/$2" --format json --explain | grep -v respondent)
  b=$("$MEDCAREER" score "$WORK/$3" --format json --explain | grep -v respondent)
  check "$1" test -n "$a" -a "$a" = "$b"
  [ "$a" = "$b" ] || diff "$WORK/$2" "$WORK/$3" | sed 's/^/  | /' >&2
}

finish() {
  if [ "$failures" -eq 0 ]; then echo "all passed"; exit 0; fi
  echo "$failures failed" >&2
  exit 1
}
