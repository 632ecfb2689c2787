# shellcheck shell=bash disable=SC2154,SC2034  # $work is set, and $repeat used, by bench/run.sh
# Timing and counting helpers for bench/run.sh, which sources this file after setting $work.

# measure COMMAND...: wall seconds and peak resident kilobytes, best of 3 runs.
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

# measure_once OUT COMMAND...: the same for one run, its standard output kept in OUT.
measure_once() {
  local out=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$out" 2> "$work/stderr" || true
  cat "$work/time"
}

# "${repeat[@]}" N COMMAND...: runs COMMAND N times, for start-up times too short to time once.
# shellcheck disable=SC2016  # expanded by the inner shell
repeat=(bash -c 'n=$1; shift; for _ in $(seq "$n"); do "$@" > /dev/null 2>&1 || true; done' repeat)

report() {  # report NAME RECORDS "SCORE_S SCORE_KB" "BASE_S BASE_KB" BASE_NAME
  local name=$1 records=$2
  read -r s kb <<< "$3"
  read -r bs _ <<< "$4"
  awk -v n="$name" -v r="$records" -v s="$s" -v kb="$kb" -v bs="$bs" -v b="$5" 'BEGIN {
    rate = s > 0 ? r / s : 0
    ratio = bs > 0 ? s / bs : 0
    printf "%-24s %8d records  %7.2f s  %10.0f records/s  peak %6.1f MB  %6.2fx %s (%.2f s)\n",
           n, r, s, rate, kb / 1024, ratio, b, bs
  }'
}

# count COMMAND...: the instructions callgrind counts for one run (every thread).
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" > /dev/null 2> /dev/null || true
  awk '/^(summary|totals):/ { print $2; exit }' "$work/cg.out"
}

instructions() {  # instructions NAME COMMAND...
  local name=$1
  shift
  printf "%-28s %14d instructions\n" "$name" "$(count "$@")"
}

# per_record NAME N PROGRAM SUBCOMMAND SMALL LARGE ARGS...: the instructions of LARGE less
# those of SMALL, over the N records LARGE has more, so that start-up cancels out.
per_record() {
  local name=$1 n=$2 program=$3 sub=$4 small=$5 large=$6
  shift 6
  local a b
  if [ "$program" = wc ]; then
    a=$(count wc -l "$small") b=$(count wc -l "$large")
  else
    a=$(count "$program" "$sub" "$small" "$@") b=$(count "$program" "$sub" "$large" "$@")
  fi
  awk -v n="$name" -v a="$a" -v b="$b" -v r="$n" \
    'BEGIN { printf "%-28s %14.0f instructions per record\n", n, (b - a) / r }'
}
