#!/usr/bin/env bash
# The rich quiz asks which of two contradicting answers matters more before its results, as
# the plain quiz does: an answer changed from the review into a contradiction brings the
# question up, naming both answers; its keys, q, Esc and a resize behave as on the other
# screens; the choice changes the results and the saved answers exactly as the same choice
# in the plain quiz does.
source "$(dirname "$0")/lib.sh"

# Answers with no contradiction on hands-on care: the same answers as the plain quiz's
# contradiction case (tests/e2e/quiz-plain-contradiction), but OK with blood and needles.
(cd "$WORK" && { for i in $(seq 23); do
  if [ "$i" = 3 ]; then echo 1; else echo $(( i % 2 + 1 )); fi
  [ "$i" != 2 ] || echo 1,2  # the tasks of hands-on care, asked after question 2
done; echo; } | "$MEDCAREER" quiz --plain --save start.yaml >/dev/null 2>&1)
check "a finished answers file to start from" grep -q "blood_ok: yes" "$WORK/start.yaml"

# run_to_question FILE: resumes start.yaml in the rich quiz, saving to FILE, changes the answer
# about blood and needles to "No" from the review, and asks for the results.
run_to_question() {
  cp "$WORK/start.yaml" "$WORK/$1"
  start 80 30 "ACCESSIBLE=0 $MEDCAREER quiz --resume $1"
  wait_for "Press Enter to start." && keys Enter
  wait_for "Your answers" && keys 4 Enter
  wait_for "question 4 of" && keys 2
  wait_for "Your answers" && keys r
  wait_for "Which matters more?"
}

# A: hands-on care matters more; then, on the next pair, the second answer.
run_to_question a.yaml
s=$(flat_screen)
check "the question names the trait" grep -qF 'pull "Hands-on care (shots, blood draws, samples)" in opposite directions' <<<"$s"
check "the question names the first answer" \
  grep -qF "1. Would you like a job where you care for patients with your own hands? -> Yes, that is what I want to do" <<<"$s"
check "the question names the second answer" \
  grep -qF "2. Are you OK being around blood, needles and body fluids like urine? -> No, I can't handle that" <<<"$s"
check "and offers to keep both" grep -qF "3. Keep both answers as they are" <<<"$s"
check "the keys are shown in the footer" \
  row '^up/down or j/k move, Enter or a number chooses, left or b goes back, \? help,'
keys Escape
check "Esc does nothing here, and says so" wait_for "Esc does nothing here. Use up/down and Enter, or type 1, 2 or 3."
keys q
check "q asks before stopping" wait_for "Save your answers and stop? y saves and stops, n goes on."
keys Escape
check "Esc at that question goes on" bash -c "sleep 0.3; ! tmux -L $SOCKET capture-pane -p -t quiz | grep -q 'Save your answers and stop?'"
resize 44 30
sleep 0.5
check "a resize redraws the question at the new width" test "$(joined_screen | longest)" -le 44
check "at 44 columns the keys wrap between hints, never inside one" \
  test "$(screen | grep -v '^ *$' | tail -3)" = "up/down or j/k move,
Enter or a number chooses,
left or b goes back, ? help, q quits"
resize 80 30
sleep 0.3
keys Left
check "left goes back to the review" wait_for "Your answers"
keys r
check "r asks again" wait_for "Which matters more?"
keys j k Enter
check "the choice is taken, and the next pair is asked" wait_for "How much do you enjoy learning medical words"
keys 2
wait_for "q or Enter goes on"
check "the results screen shows, with Medical Assistant open and first" \
  grep -qF "Recommended: Medical Assistant" <<<"$(flat_screen)"
keys q
check "run A ends with exit 0" test "$(wait_exit)" = 0
printed_results a.results
check "A: blood and needles is set aside (to its neutral answer, yes)" grep -q "blood_ok: yes" "$WORK/a.yaml"
check "A: hands-on care is kept" grep -q "hands_on: love_it" "$WORK/a.yaml"
check "A: medical words is set aside (to the middle)" grep -q "medical_language: 3" "$WORK/a.yaml"
(cd "$WORK" && COLUMNS=80 "$MEDCAREER" score a.yaml --explain --color never) >"$WORK/a.scored"
check "A: the printed results are score --explain of the saved answers" \
  diff <(sed 1d "$WORK/a.results") <(sed 1d "$WORK/a.scored")
tmux -L "$SOCKET" kill-server

# B: keep both.
run_to_question b.yaml
keys 3
wait_for "q or Enter goes on"
check "B: keeping both asks nothing more and shows the results" \
  grep -qF "Two answers pull" <<<"$(flat_screen)"
keys q
check "run B ends with exit 0" test "$(wait_exit)" = 0
printed_results b.results
check "B: both answers are kept" \
  bash -c "grep -q 'blood_ok: no' '$WORK/b.yaml' && grep -q 'hands_on: love_it' '$WORK/b.yaml'"
check "B: Medical Assistant is ruled out, not recommended" \
  bash -c "grep -qE '^  assistant .*ruled out' '$WORK/b.results' && ! grep -q 'Recommended: Medical Assistant' '$WORK/b.results'"
check "A and B differ by the choice" bash -c "! diff -q '$WORK/a.results' '$WORK/b.results' >/dev/null"

# The plain quiz, given B's answers and A's choices, saves what A saved.
(cd "$WORK" && printf '\n1\n2\n' | "$MEDCAREER" quiz --plain --resume b.yaml --save c.yaml >/dev/null 2>&1)
check "the same choices in the plain quiz save the same answers" test -s "$WORK/c.yaml" -a -s "$WORK/a.yaml"
check "  (answer for answer)" \
  diff <(grep -v respondent "$WORK/a.yaml") <(grep -v respondent "$WORK/c.yaml")
finish
