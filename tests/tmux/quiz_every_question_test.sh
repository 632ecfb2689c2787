#!/usr/bin/env bash
# One way of breaking off the quiz (ctrl-c, sigterm, sighup or ctrl-d, the end of input),
# at every question in turn: the quiz is broken off at question 1, resumed, question 1
# answered and the quiz broken off at question 2, and so on to the review. Each time the
# terminal must be restored, the exit status must say why it ended, the saved file must
# hold every answer given so far, and --resume must come back at the next question. The
# chain of resumed runs must end with the same results as a run without a break: both
# `score` of the saved files and the results the quiz printed itself.
#   quiz_every_question_test.sh ctrl-c|sigterm|sighup|ctrl-d
source "$(dirname "$0")/lib.sh"
how=${1:?ctrl-c, sigterm, sighup or ctrl-d}

# A run without a break, as the reference.
reference_run straight.yaml
total=$(grep -cE '^  [a-z0-9_]+:' "$WORK/straight.yaml")

case $how in
  ctrl-c) expected=130 ;;
  sigterm) expected=143 ;;
  sighup) expected=129 ;;
  ctrl-d) expected=1 ;;
  *) echo "unknown way: $how" >&2; exit 2 ;;
esac

breaks=0
cmd="$MEDCAREER quiz --save chain.yaml"
for question in $(seq 1 60); do
  start 80 30 "$cmd"
  wait_for "Press Enter to start." && keys Enter || break
  if [ "$question" -gt 1 ]; then
    # Resumed: back at the question broken off last time; answer it and go on.
    wait_for "question $((question - 1)) of" || break
    answer_current || break
  fi
  if [ "$(question_kind)" = review ]; then
    to_results && keys q
    check "$how: the last resumed run ends" test "$(wait_exit)" = 0
    printed_results chain.yaml.results
    tmux -L "$SOCKET" kill-server
    break
  fi
  wait_for "question $question of" || break
  case $how in
    ctrl-c) keys C-c ;;
    sigterm) signal_quiz TERM ;;
    sighup) signal_quiz HUP ;;
    ctrl-d) keys C-d ;;
  esac
  status=$(wait_exit)
  breaks=$((breaks + 1))
  check "$how at question $question: exit status $expected (got $status)" test "$status" = "$expected"
  [ "$status" = timeout ] && break  # still running: a next session would race with it
  check "$how at question $question: the terminal is restored" \
    bash -c "grep -q ' echo ' '$WORK/stty' && grep -q ' icanon ' '$WORK/stty'"
  check "$how at question $question: the $((question - 1)) answers given are saved" \
    test "$(grep -cE '^  [a-z0-9_]+:' "$WORK/chain.yaml")" = "$((question - 1))"
  tmux -L "$SOCKET" kill-server
  cmd="$MEDCAREER quiz --resume chain.yaml --save chain.yaml --force"
done

check "$how: broken off at each of the $total questions" test "$breaks" = "$total"
same_results "$how: the resumed results equal the uninterrupted ones" straight.yaml chain.yaml
# And what the quiz itself showed at the end: the same results, word for word.
check "$how: both the uninterrupted and the last resumed run printed their results" \
  bash -c "grep -q '^How well each first job fits you' '$WORK/straight.yaml.results' &&
           grep -q '^How well each first job fits you' '$WORK/chain.yaml.results'"
diff "$WORK/straight.yaml.results" "$WORK/chain.yaml.results" >"$WORK/results.diff"
check "$how: the quiz's own results after resuming equal those of the run without a break" \
  test ! -s "$WORK/results.diff"
sed 's/^/  | /' "$WORK/results.diff" | head -20 >&2
finish
