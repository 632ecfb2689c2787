#!/usr/bin/env bash
# Narrow (40 columns) and wide (120 columns) terminals: every screen is laid out for the
# width (no line is left for the terminal to wrap: capture-pane -J joins such lines back,
# so a joined line longer than the terminal is one), and a resize lays it out again: after
# question 1, on the results screen, and for the results printed at the end.
source "$(dirname "$0")/lib.sh"

prompt="How much do you want to be with patients, face to face?"
fits() {  # fits WIDTH WHAT: no joined line on the screen is wider than WIDTH
  local n
  n=$(joined_screen | longest)
  check "$2: no line is wider than $1 columns (longest: $n)" test "$n" -le "$1"
}
uses() {  # uses WIDTH WHAT: some line is wider than WIDTH (the text was laid out wider)
  local n
  n=$(joined_screen | longest)
  check "$2: lines use more than $1 columns (longest: $n)" test "$n" -gt "$1"
}

# 120 columns, then stop with q and y: the answers so far are saved.
start 120 30 "$MEDCAREER quiz"
wait_for "Press Enter to start."
fits 120 "width 120, welcome"
keys Enter && wait_for "question 1 of"
check "width 120: the whole prompt is on one line" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -qF '$prompt'"
fits 120 "width 120, question 1"
keys 2 && wait_for "question 2 of"
keys q && wait_for "Save your answers and stop?"
keys x && wait_for "Press y to save your answers and stop, or n to go on."
keys y
check "width 120: q then y stops with exit 0" test "$(wait_exit)" = 0
check "width 120: q then y saves the answer given" \
  test "$(grep -cE '^  [a-z_]+:' "$WORK/medcareer-answers.yaml" 2>/dev/null)" = 1
check "width 120: the terminal is restored" test "$(terminal_state)" = "cursor=1 alternate=0"

# 40 columns, resized along the way, to the end.
start 40 30 "$MEDCAREER quiz --save narrow.yaml"
wait_for "Press Enter to start."
check "width 40: the welcome keeps its title" test "$(screen | head -1)" = "Healthcare support career quiz"
check "width 40: the welcome keeps the way to start" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q 'Press Enter to start.'"
fits 40 "width 40, welcome"
keys Enter && wait_for "question 1 of"
joined=$(screen | tr '\n' ' ' | tr -s ' ')
check "width 40: the whole prompt is shown" grep -qF "$prompt" <<<"$joined"
check "width 40: the prompt wraps" bash -c "! tmux -L $SOCKET capture-pane -p -t quiz | grep -qF '$prompt'"
fits 40 "width 40, question 1"
resize 100 30
sleep 0.5
check "resized to 100 at question 1: the prompt fits on one line" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -qF '$prompt'"
fits 100 "resized to 100, question 1"
keys 2 && wait_for "question 2 of"
resize 40 30
sleep 0.5
fits 40 "resized back to 40, question 2"
answer_to_review
wait_for "Your answers"
check "width 40: the review keeps its title" test "$(screen | head -1)" = "Your answers"
fits 40 "width 40, review"
to_results
fits 40 "width 40, results screen"
check "width 40: the results screen keeps its title" test "$(screen | head -1)" = Results
check "width 40: the results screen keeps its keys" grep -q 'q or Enter goes on' <<<"$(flat_screen)"
keys PageDown
wait_for "more lines above"
resize 70 30
sleep 0.5
fits 70 "resized to 70, results screen"
uses 40 "resized to 70, results screen"
keys q
check "width 40 resized to 70: the quiz ends with exit 0" test "$(wait_exit)" = 0
n=$(joined_history | longest)
check "the printed results follow the last width: none wider than 70 ($n)" test "$n" -le 70
check "the printed results follow the last width: wider than 40 ($n)" test "$n" -gt 40
check "the narrow run saved its answers" test -s "$WORK/narrow.yaml"
finish
