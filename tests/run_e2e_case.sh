#!/usr/bin/env bash
# Runs one end-to-end case: CASE/cmd holds the arguments (one shell line, run from the
# source directory with $MEDCAREER pointing at the binary); CASE/stdin, if present, is fed
# to it. The output must equal CASE/stdout and CASE/stderr byte for byte, and the exit
# status CASE/status. With UPDATE_GOLDEN=1 the expected files are rewritten instead.
set -uo pipefail
binary=$1
case_dir=$2
export MEDCAREER=$binary NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
unset MEDCAREER_DATA_DIR MEDCAREER_QUESTIONS ACCESSIBLE
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"
export WORK=$work
bash -c "$(cat "$case_dir/cmd")" <"$stdin" >"$work/stdout" 2>"$work/stderr"
echo $? >"$work/status"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/stdout" "$work/stderr" "$work/status" "$case_dir/"
  exit 0
fi
failed=0
for f in status stdout stderr; do
  if ! diff -u --label "expected $f" --label "actual $f" "$case_dir/$f" "$work/$f"; then
    failed=1
  fi
done
exit $failed
