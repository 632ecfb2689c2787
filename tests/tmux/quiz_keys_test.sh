#!/usr/bin/env bash
# Every key of the rich quiz in a real terminal: j/k and the arrows move, Space and numbers
# choose and tick, b/Left/Backspace go back, y/n answer a yes/no question, keys that do
# nothing say so, a bad number is refused, s is refused on a question that cannot be
# skipped, a follow-up question comes and goes with the count (with the five-year goal),
# and the review takes numbers, ? and q. Matched on structure (counts, marks, key hints),
# not on the wording of the questions, which belongs to the questionnaire (but for finding
# the five-year goal).
source "$(dirname "$0")/lib.sh"

count() { flat_screen | grep -o "question [0-9]* of [0-9]*"; }

start 80 30 "$MEDCAREER quiz"
wait_for "Press Enter to start."
keys x
check "welcome: another key says what to press" wait_for "Press Enter to start, or q to stop."
keys Enter && wait_for "question 1 of"

# Question 1: moving, and keys that do nothing.
keys j
check "j moves down" row '^> 2\. \( \) '
keys k
check "k moves up" row '^> 1\. \( \) '
keys Down Down
check "Down moves down" row '^> 3\. \( \) '
keys Up
check "Up moves up" row '^> 2\. \( \) '
keys x
check "an unused letter says so" wait_for "'x' does nothing here."
keys Right
check "Right says what to press instead" wait_for "Right does nothing here. Press Enter to choose and go on."
keys s
check "s on a question that cannot be skipped says so" wait_for "This question cannot be skipped"
keys 7
check "a number past the options says the range" wait_for "Pick a number from 1 to 6."
keys Space
check "Space chooses the option under the cursor" wait_for "question 2 of"

# Question 2: back with Backspace and b, the answer kept.
keys BSpace
wait_for "question 1 of"
check "Backspace goes back, and the answer is marked" row '^> 2\. \(\*\) '
keys Enter && wait_for "question 2 of"
keys b
wait_for "question 1 of"
check "b goes back" row '^> 2\. \(\*\) '
keys Enter && wait_for "question 2 of"
# "I'd rather not" asks no follow-up on the tasks: the yes/no question comes next.
keys 4 && wait_for "question 3 of"

# Question 3 is yes/no: n answers it; going back shows the answer, y changes it.
check "a yes/no question names y/n in its keys" wait_for "y/n or a number chooses"
keys n && wait_for "question 4 of"
keys Left && wait_for "question 3 of"
check "n answered the second option" row '^> 2\. \(\*\) '
keys y && wait_for "question 4 of"
keys Left && wait_for "question 3 of"
check "y answered the first option" row '^> 1\. \(\*\) '
keys Enter && wait_for "question 4 of"

# On to a multi and the number question, answering the rest as answer_current does.
multi_done="" number_done="" follow_up=""
for _ in $(seq 40); do
  kind=$(question_kind)
  [ "$kind" = review ] && break
  # The five-year goal decides whether a follow-up is asked: the count changes with it.
  if [ -z "$follow_up" ] && flat_screen | grep -q "Where do you want to be in five years"; then
    here=$(count)
    number=${here#question }
    keys 1 && wait_for "question $(( ${number%% of*} + 1 )) of"
    with=$(count)
    keys Left && wait_for "question ${number%% of*} of"
    keys 2 && wait_for "Your answers"  # no follow-up: on to the review, and back to it
    for digit in $(echo "${number%% of*}" | grep -o .); do keys "$digit"; done
    keys Enter && wait_for "question ${number%% of*} of"
    without=$(count)
    check "a follow-up comes and goes with an earlier answer ($here, $with, $without)" \
      test "${with##* }" = $(( ${without##* } + 1 ))
    follow_up=yes
    continue
  fi
  if [ "$kind" = multi ] && [ -z "$multi_done" ]; then
    keys Space
    check "Space ticks in a multi" row '^> 1\. \[x\] '
    keys j Space
    check "j then Space ticks the second" row '^> 2\. \[x\] '
    keys 1
    check "a number unticks" row '^> 1\. \[ \] '
    keys 2 Enter
    check "Enter with nothing ticked says what to do" wait_for "Tick at least one option"
    keys Space Enter
    multi_done=yes
    sleep 0.3
    continue
  fi
  if [ "$kind" = number ] && [ -z "$number_done" ]; then
    keys BSpace BSpace BSpace 9 9 Enter
    check "a number out of range is refused with the range" wait_for "99 is more than 48."
    keys x
    check "a letter in a number is refused" wait_for "Type digits only, then press Enter."
    keys BSpace BSpace Enter
    check "an empty number is refused with the range" wait_for "Type a number from 0 to 48 months."
    keys 1 2 Enter
    number_done=yes
    sleep 0.3
    continue
  fi
  answer_current || break
done
check "a multi question was met" test -n "$multi_done"
check "the number question was met" test -n "$number_done"
check "the five-year goal was met" test -n "$follow_up"

# The review: keys that do nothing say so; numbers move; q asks before it stops.
wait_for "Your answers"
keys x
check "review: an unused letter says so" wait_for "'x' does nothing here. Use up/down and Enter"
keys "?"
check "review: ? explains the screen" wait_for "Every answer you gave is listed."
keys 5
check "review: a number moves to that answer" row '^>  5\. '
keys q
check "review: q asks before stopping" wait_for "Save your answers and stop?"
keys x
check "review: another key at that question says what to press" \
  wait_for "Press y to save your answers and stop, or n to go on."
keys n
to_results
keys x
check "results: an unused letter says so" wait_for "'x' does nothing here."
keys q
wait_for "Save your answers to a file?"
keys Enter
check "Enter at the save offer goes on to the report offer" \
  wait_for "Save a report you can open in a browser?"
keys Enter
check "Enter at the report offer ends the quiz with exit 0" test "$(wait_exit)" = 0
check "and writes no report" test -z "$(ls "$WORK"/*.html 2>/dev/null)"
check "and says the answers were not saved" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -q 'Your answers were not saved.'"
check "nothing was saved" test -z "$(ls "$WORK"/*.yaml 2>/dev/null)"
finish
