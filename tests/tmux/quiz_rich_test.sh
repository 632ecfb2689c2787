#!/usr/bin/env bash
# The rich quiz in a real terminal: answers typed with keys, going back, help, skip,
# changing an answer from the review, results; the saved answers match what was typed.
source "$(dirname "$0")/lib.sh"

start 80 30 "$MEDCAREER quiz --save answers.yaml"
wait_for "Press Enter to start."
keys Enter
wait_for "question 1 of"
check "the first question shows its section and count" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q 'You and patients - question 1 of'"

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

# Answer the rest; skip the first optional question met.
skipped=""
for _ in $(seq 40); do
  kind=$(question_kind)
  [ "$kind" = review ] && break
  if [ -z "$skipped" ] && screen | grep -q "s skips"; then
    skipped=$(screen | grep -o "question [0-9]* of")
    keys s
    sleep 0.3
    continue
  fi
  answer_current || break
done
wait_for "Your answers"
check "an optional question was skipped" test -n "$skipped"
check "the review marks the skipped answer" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q '(skipped)'"

# Change the first answer from the review: Up wraps to "See my results", so go to the top.
keys Down
keys Up
keys Enter
wait_for "question 1 of"
keys 4
wait_for "Your answers"
check "the changed answer shows in the review" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q -- '-> Some. I like'"
keys r
status=$(wait_exit)
check "the results are shown" bash -c "tmux -L $SOCKET capture-pane -p -t quiz -S - | grep -q 'How well each first job fits you'"
check "the results show a bar and a match for each of the 5 roles" \
  test "$(history | grep -cE '^  [a-z-]+ +[^ ]+ +[0-9.]+%$')" = 5
check "the quiz exits 0" test "$status" = 0
check "the saved answers have the changed first answer" grep -q "patient_contact: some" "$WORK/answers.yaml"
check "the saved answers have the typed number" grep -q "training_months: 12" "$WORK/answers.yaml"
check "the saved answers leave out the skipped question" bash -c "test -s '$WORK/answers.yaml' && ! grep -q '^  settings:' '$WORK/answers.yaml'"
check "the terminal is restored (echo, icanon)" bash -c "grep -q ' echo ' '$WORK/stty' && grep -q ' icanon ' '$WORK/stty'"
"$MEDCAREER" score "$WORK/answers.yaml" >/dev/null
check "the saved answers score" test $? = 0
finish
