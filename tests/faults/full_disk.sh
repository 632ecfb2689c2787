#!/usr/bin/env bash
# `score --output FILE` when the output cannot be written to the end:
#  1. a file size limit (ulimit -f 64, i.e. 64 KiB): medcareer ignores SIGXFSZ, so write()
#     fails with EFBIG instead of the process being killed;
#  2. a full file system: a 256 KiB tmpfs, mounted in a private mount namespace when the
#     test may (root, unshare); otherwise that part is reported as skipped.
# Each time: exit 1, one clear error naming FILE, the old FILE unchanged, no temporary file.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}" "${MEDCAREER_GEN:?path of medcareer-gen}"
source "$(dirname "$0")/lib.sh"
"$MEDCAREER_GEN" csv 5000 >class.csv  # about 340 kB of CSV results

# Runs medcareer writing to $1 (in a subshell with the limit $2 of ulimit -f, or none) and
# checks the outcome; $3 is the strerror text expected.
check() {
  local out=$1 limit=$2 reason=$3 dir status
  dir=$(dirname "$out")
  echo "old results" >"$out"
  set +e
  (
    [ "$limit" = none ] || ulimit -f "$limit"
    exec "$MEDCAREER" score class.csv --format csv --output "$out"
  ) >stdout.txt 2>stderr.txt
  status=$?
  set -e
  [ "$status" -eq 1 ] || fail "$reason: exit status $status, expected 1 (153 would be death by SIGXFSZ)"
  printf 'medcareer: error: %s: cannot write: %s\nmedcareer: hint: %s was not changed (no partial file is left)\n' \
    "$out" "$reason" "$out" >expected.txt
  diff expected.txt stderr.txt || fail "$reason: unexpected message"
  [ ! -s stdout.txt ] || fail "$reason: results went to stdout instead"
  [ "$(cat "$out")" = "old results" ] || fail "$reason: the old file changed"
  [ -z "$(find "$dir" -maxdepth 1 -name '.*.tmp-*')" ] || fail "$reason: a temporary file was left"
}

check out.csv 64 "File too large"
echo "ok: ulimit -f 64: exit 1, '$(head -1 expected.txt)', old file kept, no temporary file"

if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
  export -f check fail
  export MEDCAREER work
  unshare -m bash -euo pipefail -c '
    mkdir full
    mount -t tmpfs -o size=256k tmpfs full
    check full/out.csv none "No space left on device"
    umount full'
  echo "ok: a full 256 KiB tmpfs: exit 1, '$(head -1 expected.txt)', old file kept, no temporary file"
else
  echo "skipped: the full tmpfs part (needs root and unshare -m); the ulimit part ran"
fi
