#!/usr/bin/env bash
# `score --output FILE` killed with SIGKILL at random moments, KILL_RUNS times (default 50):
# after every kill FILE must be byte for byte either the old file or the complete new one.
# A killed process cannot remove its temporary file (.FILE.tmp-XXXXXX beside FILE); those
# are counted and reported, and must never be mistaken for FILE.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}" "${MEDCAREER_GEN:?path of medcareer-gen}"
runs=${KILL_RUNS:-50}
source "$(dirname "$0")/lib.sh"
now_ms() { echo $(($(date +%s%N) / 1000000)); }

"$MEDCAREER_GEN" csv 10000 >class.csv
head -101 class.csv >small.csv
"$MEDCAREER" score small.csv --format csv --output old.csv 2>/dev/null
start=$(now_ms)
"$MEDCAREER" score class.csv --format csv --output new.csv 2>/dev/null
took=$(($(now_ms) - start))
[ "$(wc -l <new.csv)" -eq 10001 ] || fail "the reference run did not write 10001 lines"
cmp -s old.csv new.csv && fail "old and new output are the same"

# Delays spread over the whole run and a little past it, so kills land before the
# temporary file exists, while it is written, around the rename, and after the end.
span=$((took * 12 / 10 + 20))
old=0 new=0 killed=0 finished=0
for i in $(seq 1 "$runs"); do
  cp old.csv out.csv
  "$MEDCAREER" score class.csv --format csv --output out.csv 2>/dev/null &
  pid=$!
  delay=$((RANDOM % span))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  set +e
  wait "$pid" 2>/dev/null  # no "Killed" notice from the shell
  status=$?
  set -e
  case $status in
    137) killed=$((killed + 1)) ;;
    0) finished=$((finished + 1)) ;;
    *) fail "run $i: exit status $status" ;;
  esac
  if cmp -s out.csv old.csv; then
    old=$((old + 1))
  elif cmp -s out.csv new.csv; then
    new=$((new + 1))
  else
    fail "run $i (killed after ${delay} ms): out.csv is neither the old file nor the new one ($(wc -c <out.csv) bytes)"
  fi
done
temps=$(find . -maxdepth 1 -name '.out.csv.tmp-*' | wc -l)
[ "$temps" -le "$killed" ] || fail "$temps temporary files but only $killed kills"
full=$(wc -c <new.csv)
partial=0
for f in .out.csv.tmp-*; do
  [ -e "$f" ] && [ "$(wc -c <"$f")" -lt "$full" ] && partial=$((partial + 1))
done

echo "ok: $runs runs of a ${took} ms scoring (10000 respondents, $(wc -c <new.csv) bytes of CSV),"
echo "    SIGKILL after 0..${span} ms: $killed killed, $finished finished first"
echo "ok: out.csv was the old file $old times and the complete new file $new times, never anything else"
echo "ok: $temps temporary files (.out.csv.tmp-*) left by killed runs beside it, $partial of them cut"
echo "    short mid-write; the target itself was never a partial file"
