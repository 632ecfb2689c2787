#!/usr/bin/env bash
# The rich quiz in a real terminal: answers typed with keys, going back, help, skip,
# changing an answer from the review, the results screen; the saved answers match what was
# typed, the results printed match `score` of them, and the terminal is left as it was.
source "$(dirname "$0")/lib.sh"

# ACCESSIBLE=0 means off: the rich mode runs.
start 80 30 "ACCESSIBLE=0 $MEDCAREER quiz --save answers.yaml"
wait_for "Press Enter to start."
check "the quiz uses the alternate screen and hides the cursor" \
  test "$(terminal_state)" = "cursor=0 alternate=1"
keys Enter
wait_for "question 1 of"
check "ACCESSIBLE=0 gives the rich mode, with its section and count" \
  bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q '^You and patients - question 1 of'"

# Help, then answer, then back: the earlier answer is kept and marked.
keys "?"
wait_for "Some of these jobs put you in the room"
keys 2
wait_for "question 2 of"
keys Left
wait_for "question 1 of"
check "going back keeps the earlier answer" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q '> 2. (\*) A little'"
keys 2
wait_for "question 2 of"

# Answer the rest; skip the settings question (optional), whose number has two digits.
skipped=""
for _ in $(seq 40); do
  kind=$(question_kind)
  [ "$kind" = review ] && break
  if [ -z "$skipped" ] && screen | grep -q "s skips" && screen | grep -q "Where would you like"; then
    skipped=$(screen | grep -o "question [0-9]* of")
    keys s
    sleep 0.3
    continue
  fi
  answer_current || break
done
wait_for "Your answers"
check "an optional question was skipped" test -n "$skipped"
# The review is taller than the screen: typing the skipped question's number brings it up.
n=$(grep -o '[0-9]*' <<<"$skipped")
for (( i = 0; i < ${#n}; i++ )); do keys "${n:i:1}"; done
check "the review marks the skipped answer, under the cursor" wait_for "> $(printf '%2d' "$n"). "
check "the review marks the skipped answer" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -A2 '^> $(printf '%2d' "$n")\. ' | grep -q '(skipped)'"

# Change the first answer from the review.
keys Home Enter
wait_for "question 1 of"
keys 4
wait_for "Your answers"
check "the changed answer shows in the review" wait_for "-> Some. I like"
to_results
check "the results screen shows every role" \
  test "$(screen | grep -cE '^  [a-z-]+ +[^ ]+ +[0-9.]+%')" = 5
keys q
status=$(wait_exit)
check "the quiz exits 0" test "$status" = 0
check "the terminal is restored: cursor shown, alternate screen left" \
  test "$(terminal_state)" = "cursor=1 alternate=0"
check "the terminal is restored: echo, icanon" \
  bash -c "grep -q ' echo ' '$WORK/stty' && grep -q ' icanon ' '$WORK/stty'"
printed_results printed.txt
check "the results are printed to the normal screen, a bar and a match for each of the 5 roles" \
  test "$(grep -cE '^  [a-z-]+ +[^ ]+ +[0-9.]+%' "$WORK/printed.txt")" = 5
check "the saved answers have the changed first answer" grep -q "patient_contact: some" "$WORK/answers.yaml"
check "the saved answers have the typed number" grep -q "training_months: 12" "$WORK/answers.yaml"
check "the saved answers record the skip, and no answer for it" \
  bash -c "grep -q '^skipped: \[settings\]' '$WORK/answers.yaml' && ! grep -q '^  settings:' '$WORK/answers.yaml'"
# What the quiz showed is what `score` makes of the file it saved.
(cd "$WORK" && COLUMNS=80 "$MEDCAREER" score answers.yaml --explain --color never) >"$WORK/scored.txt"
check "the saved answers score" test $? = 0
check "the printed results equal score --explain of the saved file" \
  diff <(sed 1d "$WORK/printed.txt") <(sed 1d "$WORK/scored.txt")
finish
