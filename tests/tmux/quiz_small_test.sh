#!/usr/bin/env bash
# Screens taller than the terminal: on 30x12 the welcome, a question with its help open,
# the review and the results keep their first line and the line the cursor is on, and no
# frame is taller than the terminal (nothing scrolls off the top).
source "$(dirname "$0")/lib.sh"

first_row() { screen | head -1; }

# A finished set of answers, to reach the review and the results at once.
(cd "$WORK" && { for i in $(seq 23); do echo $(( i % 2 + 1 )); [ $i != 2 ] || echo 1,2; done; echo; } |
  "$MEDCAREER" quiz --plain --save full.yaml >/dev/null 2>&1)
check "a finished answers file to resume from" test -s "$WORK/full.yaml"

start 30 12 "$MEDCAREER quiz"
wait_for "Press Enter to start."
check "30x12 welcome: the title is the first row" grep -q "^Healthcare support career" <<<"$(first_row)"
check "30x12 welcome: what is cut is announced" wait_for "more below; down scrolls)"
keys Down Down
check "30x12 welcome: down scrolls" wait_for "more lines above)"
check "30x12 welcome: the title stays when it scrolls" grep -q "^Healthcare support career" <<<"$(first_row)"
keys Enter && wait_for "question 1 of"
keys "?"
check "30x12 help open: the count stays on the first row" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | head -1 | grep -q '^You and patients - question'"
check "30x12 help open: the prompt stays (the row after the count)" \
  test "$(screen | sed -n '2,3p' | grep -c '[a-z]')" -ge 1
check "30x12 help open: the option under the cursor shows" row '^> 1\. \( \) '
keys End
check "30x12 help open: the last option, once under the cursor, shows" row '^> 6\. \( \) '
keys x
check "30x12: a message shows" wait_for "does nothing here"
check "30x12: with the message, the cursor row stays" row '^> 6\. \( \) '
check "30x12: the frame is no taller than the terminal" test "$(screen | wc -l)" -le 12
keys q y
check "30x12: q y stops with exit 0" test "$(wait_exit)" = 0

start 30 12 "$MEDCAREER quiz --resume full.yaml"
wait_for "Press Enter to start." && keys Enter
wait_for "Your answers"
check "30x12 review: the title is the first row" test "$(first_row)" = "Your answers"
check "30x12 review: the answer under the cursor shows" row '^>  1\. '
keys End
check "30x12 review: the last line, once under the cursor, shows" row '^> See my results'
check "30x12 review: the title stays" test "$(first_row)" = "Your answers"
keys Enter
through_contradictions
check "30x12 results: the title is the first row" test "$(first_row)" = "Results"
check "30x12 results: no line is wider than the terminal" test "$(joined_screen | longest)" -le 30
keys Space
check "30x12 results: space scrolls a page" wait_for "more lines above)"
check "30x12 results: the title stays when it scrolls" test "$(first_row)" = "Results"
keys q
check "30x12: the resumed quiz ends with exit 0, without a save offer" test "$(wait_exit)" = 0
check "30x12: and says its answers went back into the file" \
  grep -qF "answers saved back in full.yaml, the file you resumed from" <<<"$(joined_screen)"
finish
