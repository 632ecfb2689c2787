#!/usr/bin/env bash
# `quiz --save` (and, without --save, the --resume file the answers go back into) where it
# cannot be written: a folder that is not there, a read-only folder, a directory with
# --force. Refused before the first question, exit 2 with the reason. When the save still
# fails at the end (the folder went away during the quiz), the answers go to a fresh file
# in the current folder, or else the home folder; medcareer says where and exits non-zero.
# The same when the quiz is interrupted and the resumed file's folder has gone.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}"
source "$(dirname "$0")/lib.sh"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  # shellcheck disable=SC2054  # the commas belong to setpriv's argument
  as_user=(setpriv --bounding-set=-dac_override,-dac_read_search,-fowner --)
fi
answers() {  # a whole plain quiz
  for i in $(seq 23); do echo $((i % 2 + 1)); [ $i != 2 ] || echo 1,2; done
  echo
}
count_answers() { grep -cE '^  [a-z_]+:' "$1"; }
answers | "$MEDCAREER" quiz --plain --save full.yaml >/dev/null 2>&1
total=$(count_answers full.yaml)
[ "$total" -gt 20 ] || fail "a finished quiz saved $total answers"

# refused FIRST-LINE COMMAND...: exit 2 before the first question, with the reason.
refused() {
  local line=$1 status
  shift
  set +e
  answers | "$@" >stdout.txt 2>stderr.txt
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "$*: exit $status, expected 2: $(cat stderr.txt)"
  [ "$(head -1 stderr.txt)" = "$line" ] || fail "$*: $(cat stderr.txt)"
  [ ! -s stdout.txt ] || fail "$*: the quiz started: $(head -3 stdout.txt)"
}
refused "medcareer: error: no-such-dir/a.yaml: cannot create a temporary file in no-such-dir: No such file or directory" \
  "$MEDCAREER" quiz --plain --save no-such-dir/a.yaml
mkdir folder
refused "medcareer: error: folder: is a directory, not a file" \
  "$MEDCAREER" quiz --plain --save folder --force
echo "ok: --save into a missing folder, and onto a directory with --force: exit 2 before the first question"

mkdir ro
cp full.yaml ro/resumed.yaml
chmod 555 ro
if "${as_user[@]}" touch ro/probe 2>/dev/null; then
  echo "skipped: the read-only part (cannot make a read-only folder here)"
else
  refused "medcareer: error: ro/a.yaml: cannot create a temporary file in ro: Permission denied" \
    "${as_user[@]}" "$MEDCAREER" quiz --plain --save ro/a.yaml
  refused "medcareer: error: ro/resumed.yaml: cannot create a temporary file in ro: Permission denied" \
    "${as_user[@]}" "$MEDCAREER" quiz --plain --resume ro/resumed.yaml
  grep -qF "add --save FILE to save them elsewhere" stderr.txt || fail "no way out: $(cat stderr.txt)"
  # With --save somewhere else, the read-only resumed file is fine.
  echo | "${as_user[@]}" "$MEDCAREER" quiz --plain --resume ro/resumed.yaml --save elsewhere.yaml \
    >/dev/null 2>stderr.txt || fail "--resume ro/... --save elsewhere.yaml: $(cat stderr.txt)"
  [ "$(count_answers elsewhere.yaml)" = "$total" ] || fail "elsewhere.yaml lacks answers"
  echo "ok: --save into a read-only folder, and --resume from one without --save: exit 2 before the first question"
fi

# The folder goes away while the quiz runs: the answers land in the current folder.
# started WHERE: waits (up to 30 s) until the quiz has printed its first question, so its
# checks of the save target are behind it, however slow a loaded machine starts it.
started() {
  for _ in $(seq 600); do grep -q "Question 1 of" "$1" 2>/dev/null && return; sleep 0.05; done
}
mkdir gone
set +e
{
  started first.txt
  rmdir gone
  answers
} | "$MEDCAREER" quiz --plain --save gone/a.yaml >first.txt 2>stderr.txt
status=$?
set -e
[ "$status" -eq 1 ] || fail "a save that failed at the end: exit $status, expected 1"
grep -qxF "medcareer: your answers could not be saved in gone/a.yaml; they are in medcareer-answers.yaml" \
  stderr.txt || fail "the fallback was not told: $(cat stderr.txt)"
[ "$(count_answers medcareer-answers.yaml)" = "$total" ] || fail "the fallback file lacks answers"
echo "ok: a save that fails at the end: exit 1, every answer in ./medcareer-answers.yaml, and it says so"

# ... and when the current folder cannot be written either, in the home folder.
if [ ${#as_user[@]} -gt 0 ] || [ "$(id -u)" -ne 0 ]; then
  mkdir -p home ro-cwd/gone
  chmod 777 home
  set +e
  {
    started second.txt
    rmdir ro-cwd/gone
    chmod 555 ro-cwd
    answers
  } | (cd ro-cwd && HOME="$work/home" "${as_user[@]}" "$MEDCAREER" quiz --plain --save gone/a.yaml \
    >"$work/second.txt" 2>"$work/stderr.txt")
  status=$?
  set -e
  [ "$status" -eq 1 ] || fail "fallback to home: exit $status: $(cat stderr.txt)"
  grep -qF "they are in $work/home/medcareer-answers.yaml" stderr.txt ||
    fail "fallback to home: $(cat stderr.txt)"
  [ "$(count_answers home/medcareer-answers.yaml)" = "$total" ] || fail "the home fallback lacks answers"
  echo "ok: and with the current folder read-only too: every answer in \$HOME/medcareer-answers.yaml"
fi

# Interrupted, resumed from a file whose folder has gone: the answers so far are kept.
mkdir sub
printf '1\n2\n' | "$MEDCAREER" quiz --plain --save sub/partial.yaml >/dev/null 2>&1 || true
[ -s sub/partial.yaml ] || fail "no partial answers file"
rm -f medcareer-answers*.yaml
mkfifo input
set +e
"$MEDCAREER" quiz --plain --resume sub/partial.yaml <input >stdout.txt 2>stderr.txt &
pid=$!
exec 3>input
printf '1\n' >&3
for _ in $(seq 600); do grep -q "question 4 of\|4\. " stdout.txt 2>/dev/null && break; sleep 0.05; done
rm -r sub
kill -TERM "$pid"
wait "$pid"
status=$?
exec 3>&-
set -e
[ "$status" -eq 143 ] || fail "SIGTERM: exit $status, expected 143: $(cat stderr.txt)"
grep -qF "your answers could not be saved in sub/partial.yaml; they are in medcareer-answers.yaml" \
  stderr.txt || fail "SIGTERM: $(cat stderr.txt)"
[ "$(count_answers medcareer-answers.yaml)" -ge 3 ] || fail "SIGTERM: the answers so far were lost"
echo "ok: SIGTERM in a quiz resumed from a folder that has gone: exit 143, $(count_answers medcareer-answers.yaml) answers in ./medcareer-answers.yaml"
