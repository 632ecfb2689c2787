#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset) and runs each for SECONDS (default 30),
# seeded from tests/fuzz/corpus/TARGET/ (and tests/bad/ when it exists). Prints how many
# inputs each target ran and fails on any crash, hang (10 s per input), leak or memory use
# over 2 GiB. New corpus entries and crash inputs go to a scratch directory, never the repo.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
# Environment: FUZZ_BUILD_DIR (default build/fuzz; ./setup.sh test uses build/asan, which has
# the targets already), FUZZ_WORK (default a new temporary dir),
# FUZZ_JOBS (build jobs, default 2), FUZZ_PARALLEL (fuzzers run at once, default one per
# core).
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] ||
  targets=(fuzz_questionnaire fuzz_catalog fuzz_answers_yaml fuzz_csv fuzz_jsonl fuzz_plain_input
    fuzz_data_dir fuzz_resume fuzz_compiled_data fuzz_indexed)
build=${FUZZ_BUILD_DIR:-build/fuzz}
work=${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/medcareer-fuzz.XXXXXX")}

mkdir -p "$work"
# A build configured with the fuzz targets already (the `asan` preset is) is used as it is;
# any other directory is configured with the `fuzz` preset.
configure=(cmake --preset fuzz -B "$build")
grep -qs '^MEDCAREER_FUZZ:BOOL=ON$' "$build/CMakeCache.txt" && configure=(true)
if ! { "${configure[@]}" &&
  cmake --build "$build" -j "${FUZZ_JOBS:-2}" --target "${targets[@]}"; } >"$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "fuzz: the build failed" >&2
  exit 1
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# run_target TARGET: one fuzzer for the set time; its status goes to $work/TARGET.status.
run_target() {
  local target=$1
  mkdir -p "$work/corpus/$target" "$work/crashes/$target"
  local seeds=("tests/fuzz/corpus/$target")
  [ -d tests/bad ] && seeds+=(tests/bad)
  local dict=()
  case $target in
    fuzz_questionnaire | fuzz_catalog | fuzz_answers_yaml) dict=(-dict=tests/fuzz/yaml.dict) ;;
    fuzz_jsonl) dict=(-dict=tests/fuzz/json.dict) ;;
    fuzz_csv) dict=(-dict=tests/fuzz/csv.dict) ;;
    fuzz_indexed)  # reads CSV, JSON Lines and YAML; libFuzzer takes one dictionary
      cat tests/fuzz/csv.dict tests/fuzz/json.dict tests/fuzz/yaml.dict >"$work/indexed.dict"
      dict=(-dict="$work/indexed.dict")
      ;;
  esac
  # The scratch corpus comes first: libFuzzer writes what it finds to the first directory.
  "$build/tests/fuzz/$target" "$work/corpus/$target" "${seeds[@]}" "${dict[@]}" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/crashes/$target/" >"$work/$target.log" 2>&1
  echo $? >"$work/$target.status"
}

# Each fuzzer is single-threaded, so FUZZ_PARALLEL of them (default: one per core) run side
# by side; each still gets its full time. The report follows the targets' order.
parallel=${FUZZ_PARALLEL:-$(nproc 2>/dev/null || echo 1)}
running=0
for target in "${targets[@]}"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n
    running=$((running - 1))
  fi
  run_target "$target" &
  running=$((running + 1))
done
wait

failed=()
for target in "${targets[@]}"; do
  log="$work/$target.log"
  status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  printf '%-20s %10s executions in %ss' "$target" "${runs:-?}" "$seconds"
  if [ "$status" -ne 0 ]; then
    printf '  FAILED (exit %d)\n' "$status"
    failed+=("$target")
    grep -E '^(==[0-9]+==|SUMMARY|fuzz invariant|.*runtime error)' "$log" | head -20 | sed 's/^/  | /'
    for crash in "$work/crashes/$target"/*; do
      [ -f "$crash" ] || continue
      echo "  input $crash (first bytes, as od -c):"
      od -c "$crash" | head -8 | sed 's/^/  | /'
    done
    echo "  full log: $log"
  else
    echo
  fi
done
echo "fuzz: scratch corpus and logs in $work"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
