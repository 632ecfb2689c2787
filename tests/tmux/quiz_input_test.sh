#!/usr/bin/env bash
# Typing and saving as people do it: a fresh number replaces the one shown in the field
# (Backspace edits it), the unit reads "1 month" for one, the footer wraps between key
# hints, the welcome says how to reach the accessible mode, and a resumed quiz is saved back
# into the file it came from, which the screen says.
source "$(dirname "$0")/lib.sh"

# to_number: from the welcome, answers until the number question shows.
to_number() {
  wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
  for _ in $(seq 40); do
    [ "$(question_kind)" = number ] && return 0
    answer_current || return 1
  done
  return 1
}

start 95 30 "$MEDCAREER quiz"
wait_for "Press Enter to start."
check "the welcome says how to switch to the accessible mode" \
  grep -qF "medcareer quiz --plain (or set ACCESSIBLE=1)" <<<"$(flat_screen)"
keys Enter && wait_for "question 1 of"
# At 95 columns the longest footer (a multi question that may be skipped) takes two rows,
# and no hint is cut in two: each row is whole hints separated by ", ".
for _ in $(seq 40); do
  [ "$(question_kind)" = multi ] && flat_screen | grep -qF "s skips" && break
  answer_current || break
done
footer=$(screen | grep -E "(goes on|quits)" | sed 's/ *$//')
check "the footer of a multi question is on rows of whole hints" bash -c '
  while IFS= read -r line; do
    case "$line" in *", s" | "skips"* | *", q" | "quits"* | *", ?" | "help"*) exit 1 ;; esac
  done <<<"$1"' _ "$footer"
check "its hints are all there" grep -qF "s skips, q quits" <<<"$(tr '\n' ' ' <<<"$footer")"
tmux -L "$SOCKET" kill-server

start 80 30 "$MEDCAREER quiz"
to_number
check "the field shows the default" row '^  \[ 6 \] months'
keys 2 4
check "2 then 4 on the default 6 gives 24" row '^  \[ 24 \] months'
keys BSpace
check "Backspace edits what was typed" row '^  \[ 2 \] months'
keys BSpace 1
check "one reads '1 month'" row '^  \[ 1 \] month$'
here=$(flat_screen | grep -o "question [0-9]* of" | grep -o "[0-9]*")
keys Enter
check "the answer is taken" wait_for "question $(( here + 1 )) of"
keys Left
check "going back shows the answer given" row '^  \[ 1 \] month$'
keys BSpace 3
check "Backspace on an answer given edits it" row '^  \[ 3 \] months'
keys Up
check "Up counts from what is typed" row '^  \[ 4 \] months'
tmux -L "$SOCKET" kill-server

# Saved with q, resumed and finished: the answers go back into the same file. (The runs
# above were ended by closing their terminal, which saved their answers to fresh files.)
start 80 30 "$MEDCAREER quiz --save q.yaml"
wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
for _ in 1 2 3; do answer_current; done
keys q && wait_for "Save your answers and stop?" && keys y
check "quit and saved" test "$(wait_exit)" = 0
partial=$(grep -cE '^  [a-z_]+:' "$WORK/q.yaml")
check "q.yaml holds the first answers ($partial)" test "${partial:-0}" -ge 3
files_before=$(ls "$WORK" | sort)
start 80 30 "$MEDCAREER quiz --resume q.yaml"
wait_for "Press Enter to start."
check "the welcome says where the resumed answers will go" \
  grep -qF "Your answers will be saved back in q.yaml." <<<"$(flat_screen)"
keys Enter
answer_to_review
to_results && keys q
check "the resumed quiz ends without asking for a file name" test "$(wait_exit)" = 0
check "and says where the answers went" \
  grep -qF "answers saved back in q.yaml, the file you resumed from" <<<"$(joined_history)"
check "no other file is asked for" bash -c "! grep -qF 'Save your answers to a file?' <<<\"\$1\"" _ \
  "$(joined_history)"
full=$(grep -cE '^  [a-z_]+:' "$WORK/q.yaml")
check "q.yaml now holds every answer ($full)" test "${full:-0}" -gt 20
check "no other file was written" test "$(ls "$WORK" | sort)" = "$files_before"
check "q.yaml is complete: score reads it" bash -c "'$MEDCAREER' score '$WORK/q.yaml' >/dev/null"

finish
