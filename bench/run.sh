#!/usr/bin/env bash
# Measures `medcareer score` on large generated inputs: records per second, peak memory,
# and time as a ratio to a plain read of the same input in the same run (`wc -l` for CSV
# and JSON Lines, `cat` for a folder of YAML files), because the machines are shared and
# only ratios taken side by side mean anything.
#
#   bench/run.sh [BUILD_DIR]        default build/dev; needs /usr/bin/time (Debian: time)
#   ROWS=100000 FILES=1000 bench/run.sh   smaller inputs for a quick look
#   JOBS=1 bench/run.sh                   scoring on one thread (default: one per core)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
bin=$build/medcareer
gen=$build/medcareer-gen
rows=${ROWS:-1000000}
files=${FILES:-10000}
jobs=${JOBS:-$(nproc)}
[ -x "$bin" ] && [ -x "$gen" ] || { echo "bench: build first (cmake --build --preset dev)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

echo "generating $rows CSV rows, $rows JSON lines and $files YAML files in $work"
"$gen" csv "$rows" > "$work/export.csv"
"$gen" jsonl "$rows" > "$work/answers.jsonl"
"$gen" yaml "$files" "$work/yaml"

# measure LABEL COMMAND...: wall seconds and peak resident kilobytes, best of 3 runs.
measure() {
  local best_s="" best_kb=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || true
    read -r s kb < "$work/time"
    if [ -z "$best_s" ] || awk "BEGIN { exit !($s < $best_s) }"; then best_s=$s; fi
    if [ -z "$best_kb" ] || [ "$kb" -gt "$best_kb" ]; then best_kb=$kb; fi
  done
  echo "$best_s $best_kb"
}

report() {  # report NAME RECORDS "SCORE_S SCORE_KB" "BASE_S BASE_KB" BASE_NAME
  local name=$1 records=$2
  read -r s kb <<< "$3"
  read -r bs _ <<< "$4"
  awk -v n="$name" -v r="$records" -v s="$s" -v kb="$kb" -v bs="$bs" -v b="$5" 'BEGIN {
    rate = s > 0 ? r / s : 0
    ratio = bs > 0 ? s / bs : 0
    printf "%-22s %9d records  %7.2f s  %10.0f records/s  peak %6.1f MB  %6.1fx %s (%.2f s)\n",
           n, r, s, rate, kb / 1024, ratio, b, bs
  }'
}

echo "medcareer score --format csv --jobs $jobs, best of 3:"
report "CSV export" "$rows" "$(measure "$bin" score "$work/export.csv" --format csv --jobs "$jobs")" \
  "$(measure wc -l "$work/export.csv")" "wc -l"
report "JSON Lines" "$rows" "$(measure "$bin" score "$work/answers.jsonl" --format csv --jobs "$jobs")" \
  "$(measure wc -l "$work/answers.jsonl")" "wc -l"
report "YAML files" "$files" "$(measure "$bin" score "$work/yaml" --format csv --jobs "$jobs")" \
  "$(measure sh -c "cat '$work'/yaml/*.yaml")" "cat"
