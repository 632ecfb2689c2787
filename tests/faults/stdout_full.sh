#!/usr/bin/env bash
# Standard output that cannot be written, for every command: `> /dev/full` (writing to it is
# harmless; it is only ever opened for writing here) and a file over a size limit
# (ulimit -f). Each time: a non-zero exit, one clear error naming standard output and the
# reason, and no "N scored, 0 failed" after results that were lost.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}" "${MEDCAREER_GEN:?path of medcareer-gen}"
source "$(dirname "$0")/lib.sh"
[ -c /dev/full ] || {
  echo "SKIP: no /dev/full here"
  exit 77
}
cp "$src/tests/personas/coder.yaml" "$src/tests/personas/scribe.yaml" .
"$MEDCAREER_GEN" csv 3000 >class.csv
answers() {  # a whole plain quiz
  for i in $(seq 23); do echo $((i % 2 + 1)); [ $i != 2 ] || echo 1,2; done
  echo
}

# expect_lost REASON COMMAND... (standard output already redirected by the caller)
expect_lost() {
  local reason=$1 status
  shift
  set +e
  "$@" 2>stderr.txt
  status=$?
  set -e
  [ "$status" -ne 0 ] || fail "$*: exit 0 with standard output lost"
  grep -qF "medcareer: error: cannot write to standard output: $reason" stderr.txt ||
    fail "$*: exit $status, but no clear error: $(head -3 stderr.txt)"
  ! grep -q "scored, " stderr.txt || fail "$*: reported a count after losing the results"
}

commands=(
  "roles" "roles list --format json" "roles show coder" "roles compare coder biller"
  "certs" "certs show CPC --format json" "certs --role coder"
  "questions" "questions --format json" "questions --format csv-header"
  "validate" "--help" "--version" "score --help"
  "score coder.yaml" "score coder.yaml scribe.yaml --format json"
  "score class.csv --format csv" "score class.csv --summary" "score class.csv --format jsonl"
)
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086  # the words of the command
  expect_lost "No space left on device" "$MEDCAREER" $c >/dev/full
done
answers | expect_lost "No space left on device" "$MEDCAREER" quiz --plain >/dev/full
answers | expect_lost "No space left on device" "$MEDCAREER" quiz --plain --format json >/dev/full
echo "ok: ${#commands[@]} commands and 2 quizzes with > /dev/full: non-zero exit, 'cannot write to standard output: No space left on device'"

# A file size limit: 64 KiB of the 3000 respondents' CSV, then EFBIG.
(
  ulimit -f 64
  expect_lost "File too large" "$MEDCAREER" score class.csv --format csv >limited.csv
)
[ "$(stat -c %s limited.csv)" -le 65536 ] || fail "more than the limit was written"
echo "ok: score > a file over ulimit -f 64: non-zero exit, 'File too large', no count"

# What still works: a reader that stops early ends medcareer by SIGPIPE, silently.
set +e
"$MEDCAREER" score class.csv --format csv 2>stderr.txt | head -1 >/dev/null
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 141 ] || [ "$status" -eq 0 ] || fail "| head: exit $status"
! grep -q "error" stderr.txt || fail "| head: $(cat stderr.txt)"
echo "ok: score | head -1 ends quietly (exit $status)"
