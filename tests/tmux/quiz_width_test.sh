#!/usr/bin/env bash
# A narrow (40 columns) and a wide (120 columns) terminal: text wraps to the width, and a
# resize redraws the question to the new width.
source "$(dirname "$0")/lib.sh"

prompt="How much do you want to be with patients, face to face?"
for width in 40 120; do
  start "$width" 30 "$MEDCAREER quiz"
  wait_for "Press Enter to start." && keys Enter && wait_for "question 1 of"
  joined=$(screen | tr '\n' ' ' | tr -s ' ')
  check "width $width: the whole prompt is shown" grep -qF "$prompt" <<<"$joined"
  longest=$(screen | awk '{ if (length($0) > n) n = length($0) } END { print n }')
  check "width $width: no line is wider than the terminal ($longest)" test "$longest" -le "$width"
  if [ "$width" = 40 ]; then
    check "width 40: the prompt wraps" bash -c "! tmux -L $SOCKET capture-pane -p -t quiz | grep -qF '$prompt'"
    tmux -L "$SOCKET" resize-window -t quiz -x 100 -y 30
    sleep 0.5
    check "after a resize to 100 columns the prompt fits on one line" bash -c "tmux -L $SOCKET capture-pane -p -t quiz | grep -qF '$prompt'"
  fi
  keys q y
  wait_exit >/dev/null
  tmux -L "$SOCKET" kill-server
done
finish
