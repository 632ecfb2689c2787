#!/usr/bin/env zsh
# zsh's own line editor, in a pseudo-terminal (zpty): types each LINE, presses Tab, and
# prints what the line became, so that the completion system itself (compinit, fpath,
# compadd) is what is tested. Run by shells_test.sh with medcareer on PATH.
#   zsh_line_editor.zsh COMPLETIONS_DIR LINE...
zmodload zsh/zpty
dir=$1; shift
zpty -b z zsh -f -i
# The marker is typed as RE""ADY, so that only the shell's output, not the echo of what was
# typed, matches READY.
zpty -w z "PS1='> '; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D; unsetopt beep; bindkey '^I' complete-word; print RE\"\"ADY"
# Wait for the shell to start before typing: polled, up to 60 s, since a loaded machine
# (the suite runs tests side by side) can take seconds where an idle one takes a blink.
out=
for i in {1..600}; do
  while zpty -r -t z chunk; do out+=$chunk; done
  [[ $out == *READY* ]] && break
  sleep 0.1
done
for line in "$@"; do
  # Tab, then Ctrl-A and Ctrl-E wrap what is on the line in a command that prints it. The
  # line editor takes the keys in order, so the print sees the line as Tab left it.
  zpty -n -w z "$line"$'\t'
  sleep 0.2
  zpty -n -w z $'\C-aprint -r -- "RESULT:" \C-e\n'
  # Polled until the printed line has arrived whole (up to 60 s), not for a fixed time.
  out=
  result=
  for i in {1..600}; do
    while zpty -r -t z chunk; do out+=$chunk; done
    result=${${(M)${(f)out}:#RESULT:*$'\r'*}[-1]}
    [[ -n $result ]] && break
    sleep 0.1
  done
  result=${result#RESULT: }
  print -r -- "${result%%$'\r'*}"
done
zpty -d z
