#!/usr/bin/env bash
# Tab completion in a real shell: bash (through bash-completion, as a user's shell loads it),
# zsh (the completion function run with compadd captured, then zsh's line editor in a
# pseudo-terminal) and fish (`complete -C`). Each
# case is a command line typed so far and the exact candidates the shell must offer.
#   shells_test.sh bash|zsh|fish SOURCE_DIR        (MEDCAREER: the binary)
set -euo pipefail
shell=$1
src=$(cd "$2" && pwd)
command -v "$shell" >/dev/null || { echo "SKIP: $shell is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/cwd"
ln -s "$MEDCAREER" "$work/bin/medcareer"
export PATH="$work/bin:$PATH"
touch "$work/cwd/results.csv" "$work/cwd/results.jsonl"
mkdir "$work/cwd/proofs"
cd "$work/cwd"

# LINE<TAB>CANDIDATES (sorted, space-separated; empty: none)
cases=$(cat <<'CASES'
medcareer ro	roles
medcareer 	certs questions quiz roles score validate
medcareer roles 	compare list show
medcareer roles show co	coder coding-supervisor consultant
medcareer roles compare coder bil	biller billing-coding
medcareer certs show cp	CPB CPC CPC-P CPMA
medcareer certs --role bil	biller billing-coding
medcareer score --format 	csv html json jsonl text
medcareer roles -f 	json text
medcareer questions --format c	csv-header
medcareer --color 	always auto never
medcareer roles --color n	never
medcareer score --ex	--explain
medcareer score --s	--strict --summary
medcareer score -o res	results.csv results.jsonl
medcareer validate --proofs pr	proofs
medcareer --data-dir /nonexistent roles show co	
CASES
)

candidates_bash() {
  bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    source "$1/completions/medcareer.bash"
    [ "$(complete -p medcareer)" = "complete -F _medcareer medcareer" ] || { echo "not registered"; exit 1; }
    COMP_LINE=$2
    COMP_POINT=${#COMP_LINE}
    # bash splits at blanks and at the characters of COMP_WORDBREAKS such as "=".
    read -ra COMP_WORDS <<<"${COMP_LINE//=/ = }"
    [[ $COMP_LINE == *" " || $COMP_LINE == *= ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _medcareer
    printf "%s\n" "${COMPREPLY[@]}"' bash "$src" "$1"
}

candidates_zsh() {
  zsh -f -c '
    fpath=("$1/completions" $fpath)
    # Outside the line editor compadd cannot run, so it is replaced by one that prints the
    # words it is given (compadd -l -d DESCRIPTIONS -a ARRAY...), and _files by a marker.
    compadd() {
      local -a l d a
      zparseopts -D -E l=l d:=d a=a
      local name
      for name in "$@"; do print -rl -- "${(@P)name}"; done
    }
    _files() { print -r -- "<files $*>"; }
    words=(${(z)2})
    [[ $2 == *" " ]] && words+=("")
    CURRENT=${#words}
    autoload -Uz _medcareer
    _medcareer' zsh "$src" "$1"
}

candidates_fish() {
  fish --no-config -c '
    set -p fish_complete_path $argv[1]/completions
    complete -C $argv[2]' "$src" "$1" | cut -f1
}

# zsh leaves paths to _files and does not filter by what was typed (the line editor does).
zsh_expected() {
  case $1 in
    "medcareer score -o res") echo "<files >" ;;
    "medcareer validate --proofs pr") echo "<files -/>" ;;
    *) echo "$2" ;;
  esac
}

failed=0
check() {
  local line=$1 expected=$2 got
  got=$({ "candidates_$shell" "$line" || true; } | { grep -v '^$' || true; } | sort | tr '\n' ' ' | sed 's/ $//')
  [ "$shell" = zsh ] && expected=$(zsh_expected "$line" "$expected")
  [ "$shell" != fish ] || expected=${expected//proofs/proofs\/}  # fish marks a folder
  if [ "$got" = "$expected" ]; then
    printf 'ok    %-50s %s\n' "'$line'" "$got"
  else
    printf 'FAIL  %-50s expected [%s], got [%s]\n' "'$line'" "$expected" "$got"
    failed=1
  fi
}
while IFS=$'\t' read -r line expected; do check "$line" "$expected"; done <<<"$cases"
if [ "$shell" = bash ]; then
  check 'medcareer score --format=j' 'json jsonl'  # bash replaces only what follows "="
else
  check 'medcareer score --format=j' '--format=json --format=jsonl'
fi

# zsh's line editor itself, in a pseudo-terminal: Tab completes a line with one candidate.
if [ "$shell" = zsh ]; then
  lines=("medcareer ro" "medcareer certs show CPC-" "medcareer score --ex" "medcareer --color ne"
    "medcareer roles show coding-s" "medcareer questions -f csv-")
  wanted=("medcareer roles" "medcareer certs show CPC-P" "medcareer score --explain"
    "medcareer --color never" "medcareer roles show coding-supervisor"
    "medcareer questions -f csv-header")
  mapfile -t got < <(timeout 300 zsh -f "$src/tests/completion/zsh_line_editor.zsh" \
    "$src/completions" "${lines[@]}")
  for i in "${!lines[@]}"; do
    if [ "${got[$i]:-}" = "${wanted[$i]}" ]; then
      printf 'ok    %-50s %s\n' "'${lines[$i]}<Tab>' in zle" "${got[$i]}"
    else
      printf 'FAIL  %-50s expected [%s], got [%s]\n' "'${lines[$i]}<Tab>' in zle" "${wanted[$i]}" "${got[$i]:-}"
      failed=1
    fi
  done
fi

# bash-completion finds the installed script by itself, from where it is installed.
if [ "$shell" = bash ]; then
  prefix=$work/prefix
  mkdir -p "$prefix/share/bash-completion/completions"
  cp "$src/completions/medcareer.bash" "$prefix/share/bash-completion/completions/medcareer"
  loaded=$(XDG_DATA_DIRS="$prefix/share" bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    _completion_loader medcareer
    complete -p medcareer' 2>&1)
  if [ "$loaded" = "complete -F _medcareer medcareer" ]; then
    echo "ok    bash-completion loads share/bash-completion/completions/medcareer on demand"
  else
    echo "FAIL  bash-completion did not load the installed script: $loaded"
    failed=1
  fi
fi
exit $failed
