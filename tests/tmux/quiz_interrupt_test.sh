#!/usr/bin/env bash
# Ctrl-C, SIGTERM and SIGHUP in the middle of the quiz: the terminal is restored, the
# answers so far are saved, and --resume ends with the same results as a run without a
# break.
source "$(dirname "$0")/lib.sh"

answer_n() {  # answers N questions
  for _ in $(seq "$1"); do answer_current || return 1; done
}

# A run without a break, as the reference.
start 80 30 "$MEDCAREER quiz --save straight.yaml"
wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
for _ in $(seq 40); do [ "$(question_kind)" = review ] && break; answer_current || break; done
wait_for "Your answers" && keys r
check "the uninterrupted run ends" test "$(wait_exit)" = 0
tmux -L "$SOCKET" kill-server

for how in ctrl-c sigterm sighup; do
  start 80 30 "$MEDCAREER quiz --save part-$how.yaml"
  wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
  answer_n 5
  case $how in
    ctrl-c) keys C-c; expected=130 ;;
    sigterm) pkill -TERM -f "^$MEDCAREER quiz --save part-$how.yaml"; expected=143 ;;
    sighup) pkill -HUP -f "^$MEDCAREER quiz --save part-$how.yaml"; expected=129 ;;
  esac
  status=$(wait_exit)
  check "$how: exit status $expected" test "$status" = "$expected"
  check "$how: the terminal is restored" bash -c "grep -q ' echo ' '$WORK/stty' && grep -q ' icanon ' '$WORK/stty'"
  check "$how: five answers saved" test "$(grep -c '^  ' "$WORK/part-$how.yaml")" -ge 5
  tmux -L "$SOCKET" kill-server

  start 80 30 "$MEDCAREER quiz --resume part-$how.yaml --save part-$how.yaml --force"
  wait_for "Press Enter to start." && keys Enter && wait_for "question 6 of"
  for _ in $(seq 40); do [ "$(question_kind)" = review ] && break; answer_current || break; done
  wait_for "Your answers" && keys r
  check "$how: the resumed run ends" test "$(wait_exit)" = 0
  tmux -L "$SOCKET" kill-server
  a=$("$MEDCAREER" score "$WORK/straight.yaml" --format json --explain | grep -v respondent)
  b=$("$MEDCAREER" score "$WORK/part-$how.yaml" --format json --explain | grep -v respondent)
  check "$how: resumed results equal the uninterrupted ones" test -n "$a" -a "$a" = "$b"
done
finish
