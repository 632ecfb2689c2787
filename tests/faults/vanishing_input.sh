#!/usr/bin/env bash
# An input that disappears:
#  1. mid-batch: `score DIR` lists DIR first, then reads the files in order; a file is
#     deleted while an earlier, large one is being scored (the test waits until medcareer
#     has that one open, which proves the listing is done);
#  2. deterministically: a path named on the command line that no longer exists, with and
#     without --strict.
# Each time: one clear error naming the file, every other respondent scored, exit 1, and an
# output file that is complete (or, with --strict, the old one).
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}" "${MEDCAREER_GEN:?path of medcareer-gen}"
source "$(dirname "$0")/lib.sh"

# 1. Deleted mid-batch. Retried with a larger export if scoring outran the deletion.
done_mid=no
for rows in 20000 80000 200000; do
  rm -rf class && mkdir class
  "$MEDCAREER_GEN" csv "$rows" >class/a-export.csv
  cp "$src/tests/personas/coder.yaml" class/b-coder.yaml
  cp "$src/tests/personas/scribe.yaml" class/c-scribe.yaml
  "$MEDCAREER" score class --format csv --output out.csv --jobs 1 2>stderr.txt &
  pid=$!
  seen=no
  while kill -0 "$pid" 2>/dev/null; do
    if find "/proc/$pid/fd" -lname '*/class/a-export.csv' 2>/dev/null | grep -q .; then
      seen=yes
      break
    fi
    sleep 0.005
  done
  rm class/b-coder.yaml
  running=no
  kill -0 "$pid" 2>/dev/null && running=yes
  set +e
  wait "$pid"
  status=$?
  set -e
  if [ "$seen" = no ] || [ "$running" = no ] || grep -q '^Daniel,' out.csv; then
    echo "note: scoring $rows rows outran the deletion; trying a larger export"
    continue
  fi
  [ "$status" -eq 1 ] || fail "mid-batch: exit status $status, expected 1"
  grep -qx 'medcareer: error: class/b-coder.yaml: cannot open: No such file or directory' stderr.txt ||
    fail "mid-batch: no clear error for the deleted file: $(head -3 stderr.txt)"
  [ "$(grep -c '^medcareer: error:' stderr.txt)" -eq 1 ] || fail "mid-batch: more than one error"
  grep -qx "medcareer: $((rows + 1)) scored, 1 failed" stderr.txt || fail "mid-batch: wrong summary"
  [ "$(wc -l <out.csv)" -eq $((rows + 3)) ] ||
    fail "mid-batch: out.csv is not header + $((rows + 2)) rows (one for the deleted file)"
  grep -q '^class/b-coder.yaml,failed,' out.csv || fail "mid-batch: no failed row for the deleted file"
  tail -1 out.csv | grep -q '^Maya,' || fail "mid-batch: the file after the deleted one is missing"
  echo "ok: a file deleted mid-batch (while a $rows-row export listed before it was being scored):"
  echo "    exit 1, 'medcareer: error: class/b-coder.yaml: cannot open: No such file or directory',"
  echo "    '$((rows + 1)) scored, 1 failed', out.csv complete ($((rows + 3)) lines: a failed row for"
  echo "    the deleted file, ending with the next file)"
  done_mid=yes
  break
done
if [ "$done_mid" = no ]; then
  echo "SKIP: could not delete the file while medcareer was scoring (no /proc, or too fast)"
  exit 77
fi

# 2. A named input removed before it is read.
cp "$src/tests/personas/coder.yaml" "$src/tests/personas/scribe.yaml" .
cp coder.yaml gone.yaml && rm gone.yaml
echo "old results" >out.csv
set +e
"$MEDCAREER" score coder.yaml gone.yaml scribe.yaml --format csv --output out.csv 2>stderr.txt
status=$?
set -e
[ "$status" -eq 1 ] || fail "named input: exit status $status, expected 1"
diff - stderr.txt <<'END' || fail "named input: unexpected messages"
medcareer: error: gone.yaml: cannot open: No such file or directory
medcareer: 2 scored, 1 failed
END
[ "$(wc -l <out.csv)" -eq 4 ] || fail "named input: out.csv is not header + 3 rows"
sed -n 3p out.csv | grep -q '^gone.yaml,failed,' || fail "named input: no failed row in its place"
echo "old results" >out.csv
set +e
"$MEDCAREER" score coder.yaml gone.yaml scribe.yaml --format csv --output out.csv --strict 2>stderr.txt
status=$?
set -e
[ "$status" -eq 1 ] || fail "named input, --strict: exit status $status, expected 1"
[ "$(cat out.csv)" = "old results" ] || fail "named input, --strict: the old file changed"
[ -z "$(find . -maxdepth 1 -name '.*.tmp-*')" ] || fail "a temporary file was left"
echo "ok: a named input that is gone: exit 1, 'gone.yaml: cannot open: ...', a failed row in its"
echo "    place in out.csv, the other 2 scored;"
echo "    with --strict: exit 1 and the old output file kept"
