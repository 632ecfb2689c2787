#!/usr/bin/env zsh
# zsh's own line editor, in a pseudo-terminal (zpty): types each LINE, presses Tab, and
# prints what the line became, so that the completion system itself (compinit, fpath,
# compadd) is what is tested. Run by shells_test.sh with medcareer on PATH.
#   zsh_line_editor.zsh COMPLETIONS_DIR LINE...
zmodload zsh/zpty
dir=$1; shift
zpty -b z zsh -f -i
zpty -w z "PS1='> '; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D; unsetopt beep; bindkey '^I' complete-word; print READY"
# Wait for the shell to start before typing.
out=
for i in {1..50}; do
  while zpty -r -t z chunk; do out+=$chunk; done
  [[ $out == *READY* ]] && break
  sleep 0.1
done
for line in "$@"; do
  # Tab, then Ctrl-A and Ctrl-E wrap what is on the line in a command that prints it.
  zpty -n -w z "$line"$'\t'
  sleep 0.5
  zpty -n -w z $'\C-aprint -r -- "RESULT:" \C-e\n'
  out=
  while zpty -r -t z chunk; do out+=$chunk; done
  sleep 0.3
  while zpty -r -t z chunk; do out+=$chunk; done
  result=${${(M)${(f)out}:#RESULT:*}[-1]}
  result=${result#RESULT: }
  print -r -- "${result%%$'\r'*}"
done
zpty -d z
