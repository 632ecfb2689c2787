#!/usr/bin/env bash
# Measures `medcareer score` on large generated inputs: records per second, peak memory,
# and time as a ratio to a plain read of the same input in the same run (`wc -l` for CSV
# and JSON Lines, `cat` for a folder of YAML files) and to a plain Python scorer of the
# same model (bench/peer_score.py, whose rows must be medcareer's byte for byte), because
# the machines are shared and only ratios taken side by side mean anything. Then what is
# stable on a noisy machine: instructions per record under callgrind, start-up excluded.
#
#   bench/run.sh [BUILD_DIR]        default build/dev; needs /usr/bin/time (Debian: time)
#   ROWS=100000 FILES=1000 bench/run.sh   smaller inputs for a quick look
#   JOBS=1 bench/run.sh                   scoring on one thread (default: one per core)
#   PEER=0 bench/run.sh                   without the Python scorer (it takes a minute a run)
#   CALLGRIND=0 bench/run.sh              without the instruction counts (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build/dev}
bin=$build/medcareer
gen=$build/medcareer-gen
rows=${ROWS:-1000000}
files=${FILES:-10000}
jobs=${JOBS:-$(nproc)}
explain_rows=${EXPLAIN_ROWS:-$((rows / 10))}
[ -x "$bin" ] && [ -x "$gen" ] || { echo "bench: build first (cmake --build --preset dev)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT
# shellcheck source=bench/measure.sh
. bench/measure.sh

echo "generating $rows CSV rows, $rows JSON lines and $files YAML files in $work"
"$gen" csv "$rows" > "$work/export.csv"
"$gen" jsonl "$rows" > "$work/answers.jsonl"
"$gen" yaml "$files" "$work/yaml"
head -n $((explain_rows + 1)) "$work/export.csv" > "$work/explain.csv"

echo "medcareer score --format csv --jobs $jobs, best of 3:"
csv_t=$(measure "$bin" score "$work/export.csv" --format csv --jobs "$jobs")
jsonl_t=$(measure "$bin" score "$work/answers.jsonl" --format csv --jobs "$jobs")
yaml_t=$(measure "$bin" score "$work/yaml" --format csv --jobs "$jobs")
report "CSV export" "$rows" "$csv_t" "$(measure wc -l "$work/export.csv")" "wc -l"
report "JSON Lines" "$rows" "$jsonl_t" "$(measure wc -l "$work/answers.jsonl")" "wc -l"
report "YAML files" "$files" "$yaml_t" "$(measure sh -c "cat '$work'/yaml/*.yaml")" "cat"
report "CSV, --jobs 1" "$rows" "$(measure "$bin" score "$work/export.csv" --format csv --jobs 1)" \
  "$csv_t" "--jobs $jobs"
explain_base=$(measure "$bin" score "$work/explain.csv" --format csv --jobs "$jobs")
report "CSV, --explain" "$explain_rows" \
  "$(measure "$bin" score "$work/explain.csv" --format csv --jobs "$jobs" --explain)" \
  "$explain_base" "without"

yaml_files=("$work"/yaml/*.yaml)
one=$(basename "${yaml_files[0]}")
echo "start-up, 20 runs, best of 3:"
report "score one file" 20 "$(measure "${repeat[@]}" 20 "$bin" score "$work/yaml/$one" --format csv)" \
  "$(measure "${repeat[@]}" 20 /bin/true)" "/bin/true"
report "roles" 20 "$(measure "${repeat[@]}" 20 "$bin" roles)" "$(measure "${repeat[@]}" 20 /bin/true)" "/bin/true"

if [ "${PEER:-1}" != 0 ]; then
  echo "the Python scorer (bench/peer_score.py), one run each, output checked against medcareer's:"
  for input in export.csv answers.jsonl yaml; do
    peer_t=$(measure_once "$work/peer.out" python3 -B bench/peer_score.py "$root" "$work/$input")
    "$bin" score "$work/$input" --format csv --jobs "$jobs" > "$work/ours.out" 2> /dev/null || true
    if ! cmp -s "$work/ours.out" "$work/peer.out"; then
      echo "bench: the Python scorer's output differs from medcareer's on $input:" >&2
      diff "$work/ours.out" "$work/peer.out" | head -n 6 >&2
      exit 1
    fi
    case $input in
      export.csv) ours=$csv_t n=$rows ;;
      answers.jsonl) ours=$jsonl_t n=$rows ;;
      yaml) ours=$yaml_t n=$files ;;
    esac
    report "Python, $input" "$n" "$peer_t" "$ours" "medcareer"
  done
fi

if [ "${CALLGRIND:-1}" != 0 ] && command -v valgrind > /dev/null; then
  echo "instructions (callgrind, --jobs 1; per record: the difference of two input sizes):"
  small=${CG_SMALL:-1000} large=${CG_LARGE:-4000}
  head -n $((small + 1)) "$work/export.csv" > "$work/cg-small.csv"
  head -n $((large + 1)) "$work/export.csv" > "$work/cg-large.csv"
  head -n "$small" "$work/answers.jsonl" > "$work/cg-small.jsonl"
  head -n "$large" "$work/answers.jsonl" > "$work/cg-large.jsonl"
  mkdir -p "$work/cg-small-yaml" "$work/cg-large-yaml"
  cp -t "$work/cg-small-yaml" "${yaml_files[@]:0:$((small / 10))}"
  cp -t "$work/cg-large-yaml" "${yaml_files[@]:0:$((large / 10))}"
  per_record "CSV export" $((large - small)) "$bin" score "$work/cg-small.csv" "$work/cg-large.csv" \
    --format csv --jobs 1
  per_record "JSON Lines" $((large - small)) "$bin" score "$work/cg-small.jsonl" \
    "$work/cg-large.jsonl" --format csv --jobs 1
  per_record "YAML files" $(((large - small) / 10)) "$bin" score "$work/cg-small-yaml" \
    "$work/cg-large-yaml" --format csv --jobs 1
  # The general path's parser, yaml-cpp, on the same files: node trees (what it does) against
  # events with duplicate keys found (what an event reader would do). A build of the release
  # before has no medcareer-yaml-bench.
  if [ -x "$build/medcareer-yaml-bench" ]; then
    per_record "yaml-cpp nodes, per file" $(((large - small) / 10)) "$build/medcareer-yaml-bench" \
      nodes "$work/cg-small-yaml" "$work/cg-large-yaml"
    per_record "yaml-cpp events, per file" $(((large - small) / 10)) \
      "$build/medcareer-yaml-bench" events "$work/cg-small-yaml" "$work/cg-large-yaml"
  fi
  per_record "CSV, --explain" $((large - small)) "$bin" score "$work/cg-small.csv" \
    "$work/cg-large.csv" --format csv --jobs 1 --explain
  per_record "wc -l on CSV" $((large - small)) wc -l "$work/cg-small.csv" "$work/cg-large.csv"
  instructions "start-up: score one file" "$bin" score "$work/yaml/$one" --format csv
  instructions "start-up: roles" "$bin" roles
  instructions "start-up: /bin/true" /bin/true
fi
