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
# status goes to $WORK/exit and the terminal's echo/icanon settings to $WORK/stty.
start() {
  local width=$1 height=$2 cmd=$3
  rm -f "$WORK/exit" "$WORK/stty"
  # A fresh server for each session: a server just told to exit may still be shutting down,
  # and a new session started on its socket would go down with it.
  tmux -L "$SOCKET" kill-server 2>/dev/null
  sessions=$((sessions + 1))
  SOCKET="$SOCKET_BASE-$sessions"
  tmux -L "$SOCKET" -f /dev/null new-session -d -x "$width" -y "$height" -s quiz \
    "cd '$WORK' && env -u NO_COLOR TERM=xterm-256color $cmd; echo \$? > exit; stty -a > stty; sleep 600"
  tmux -L "$SOCKET" set-option -t quiz -g remain-on-exit on >/dev/null
}

screen() { tmux -L "$SOCKET" capture-pane -p -t quiz; }
# The screen with everything scrolled off above it.
history() { tmux -L "$SOCKET" capture-pane -p -t quiz -S -; }

keys() { tmux -L "$SOCKET" send-keys -t quiz "$@"; }

# signal_quiz SIGNAL: sends SIGNAL to the program in the pane (the pane's shell's child), and
# to no other: tests running side by side may run the very same command line.
signal_quiz() {
  local shell
  shell=$(tmux -L "$SOCKET" display-message -p -t quiz '#{pane_pid}')
  pkill "-$1" -P "$shell"
}

# wait_for TEXT: until TEXT shows on the screen (10 s at most).
wait_for() {
  for _ in $(seq 100); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "FAIL: timed out waiting for: $1" >&2
  screen | sed 's/^/  | /' >&2
  failures=$((failures + 1))
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

# The kind of the question on screen, from its key hint line.
question_kind() {
  local s
  s=$(screen)
  if grep -q "Your answers" <<<"$s"; then echo review
  elif grep -q "space picks" <<<"$s"; then echo multi
  elif grep -q "type a number, up/down" <<<"$s"; then echo number
  elif grep -q "question [0-9]* of" <<<"$s"; then echo list
  else echo unknown; fi
}

# answer_current: answers the question on screen the same way every time (the second
# option, the first for a multi, 12 for a number) and waits for the screen to change.
answer_current() {
  local before kind
  before=$(screen | grep -o "question [0-9]* of [0-9]*")
  kind=$(question_kind)
  case $kind in
    multi) keys 1 Enter ;;
    number) keys BSpace BSpace BSpace 1 2 Enter ;;
    list) keys 2 ;;
    *) return 1 ;;
  esac
  for _ in $(seq 50); do
    [ "$(screen | grep -o "question [0-9]* of [0-9]*")" != "$before" ] && return 0
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

# reference_run FILE: takes the whole quiz without a break, answering with answer_current,
# and saves to FILE in $WORK: the run that interrupted and resumed ones must match.
reference_run() {
  start 80 30 "$MEDCAREER quiz --save $1"
  wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
  answer_to_review
  wait_for "Your answers" && keys r
  check "the uninterrupted run ends" test "$(wait_exit)" = 0
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
