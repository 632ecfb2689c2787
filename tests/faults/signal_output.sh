#!/usr/bin/env bash
# Ctrl-C, SIGTERM, SIGHUP and SIGQUIT while `score --output FILE` writes: the temporary file
# (.FILE.tmp-XXXXXX) is removed, FILE is the old file, and the process ends as the signal
# ends it (128 + the signal). A signal that was ignored when medcareer started (a job in the
# background of a script ignores SIGINT) stays ignored: the run finishes and writes FILE.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}" "${MEDCAREER_GEN:?path of medcareer-gen}"
source "$(dirname "$0")/lib.sh"
"$MEDCAREER_GEN" csv 50000 >class.csv
ulimit -c 0  # SIGQUIT would dump core

# Starts the scoring in the background with every signal at its default (sets $pid), and
# waits until its temporary file exists.
start_scoring() {
  echo "old results" >out.csv
  env --default-signal "$MEDCAREER" score class.csv --format csv --output out.csv \
    2>/dev/null &
  pid=$!
  local i
  for i in $(seq 200); do
    [ -n "$(find . -maxdepth 1 -name '.out.csv.tmp-*')" ] && return
    sleep 0.02
  done
  fail "no temporary file appeared"
}

for sig in INT TERM HUP QUIT; do
  start_scoring
  sleep 0.1  # well inside the run: it takes seconds
  kill -s "$sig" "$pid"
  set +e
  wait "$pid" 2>/dev/null
  status=$?
  set -e
  want=$((128 + $(kill -l "$sig")))
  [ "$status" -eq "$want" ] || fail "SIG$sig: exit $status, expected $want"
  left=$(find . -maxdepth 1 -name '.out.csv.tmp-*')
  [ -z "$left" ] || fail "SIG$sig: the temporary file was left: $left"
  [ "$(cat out.csv)" = "old results" ] || fail "SIG$sig: out.csv changed"
  echo "ok: SIG$sig during score --output: exit $status, no temporary file, the old file kept"
done

# Ignored from the start (as `cmd &` in a script has it): Ctrl-C changes nothing.
echo "old results" >out.csv
(trap '' INT && exec "$MEDCAREER" score class.csv --format csv --output out.csv 2>/dev/null) &
pid=$!
sleep 0.2
kill -s INT "$pid"
wait "$pid" || fail "an ignored SIGINT ended the run (exit $?)"
[ "$(wc -l <out.csv)" -eq 50001 ] || fail "an ignored SIGINT: out.csv has $(wc -l <out.csv) lines"
echo "ok: a SIGINT ignored from the start stays ignored: the run finished and wrote out.csv"
