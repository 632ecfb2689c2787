#!/usr/bin/env bash
# A long batch run shows a progress bar on stderr when stderr is a terminal, clears it when
# done, and prints nothing of it when stderr is not a terminal.
source "$(dirname "$0")/lib.sh"
: "${MEDCAREER_GEN:?path of medcareer-gen}"
# Long enough for the bar to show (after a second); fewer under the sanitizers (the asan
# preset sets PROGRESS_ROWS), where every record takes many times longer.
rows=${PROGRESS_ROWS:-200000}
"$MEDCAREER_GEN" csv "$rows" >"$WORK/class.csv"

start 100 10 "$MEDCAREER score class.csv --format csv --output out.csv --jobs 1"
seen=""
for _ in $(seq 600); do
  line=$(screen | grep -E '^\[[#.]+\] +[0-9]+%  scored [0-9]+, 0 failed$' | head -1)
  [ -n "$line" ] && { seen=$line; break; }
  [ -s "$WORK/exit" ] && break
  sleep 0.05
done
check "a progress bar is drawn while scoring (saw: ${seen:-nothing})" test -n "$seen"
check "the run ends well" test "$(wait_exit 600)" = 0  # minutes under the sanitizers
check "the bar is cleared, and the closing count stands alone on its line" \
  test "$(screen | grep -v '^$')" = "medcareer: $rows scored, 0 failed"
check "every record is written" test "$(wc -l <"$WORK/out.csv")" = $((rows + 1))
tmux -L "$SOCKET" kill-server

# Not a terminal: only the closing count.
(cd "$WORK" && "$MEDCAREER" score class.csv --format csv --output out2.csv --jobs 1 2>err.txt)
check "without a terminal, stderr holds only the closing count" \
  test "$(cat "$WORK/err.txt")" = "medcareer: $rows scored, 0 failed"
finish
