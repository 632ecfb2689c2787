#!/usr/bin/env bash
# `score --output DIR/FILE` where DIR is read-only, or does not exist: a clear error before
# any scoring, exit 1, the old FILE untouched and no temporary file anywhere.
# root ignores file permissions, so as root the command runs without CAP_DAC_OVERRIDE
# (setpriv); where that is not possible the test is skipped (exit 77).
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}"
source "$(dirname "$0")/lib.sh"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  # shellcheck disable=SC2054  # the commas belong to setpriv's argument
  as_user=(setpriv --bounding-set=-dac_override,-dac_read_search,-fowner --)
fi

cp "$src/tests/personas/coder.yaml" "$src/tests/personas/scribe.yaml" .
mkdir ro
echo "old results" >ro/out.csv
chmod 555 ro
if "${as_user[@]}" touch ro/probe 2>/dev/null; then
  echo "SKIP: cannot make a read-only directory here (root without setpriv?)"
  exit 77
fi

set +e
"${as_user[@]}" "$MEDCAREER" score coder.yaml scribe.yaml --format csv --output ro/out.csv \
  >stdout.txt 2>stderr.txt
status=$?
set -e
[ "$status" -eq 1 ] || fail "read-only directory: exit status $status, expected 1"
cat >expected.txt <<'END'
medcareer: error: ro/out.csv: cannot create a temporary file in ro: Permission denied
medcareer: hint: ro/out.csv was not changed (no partial file is left)
END
diff expected.txt stderr.txt || fail "read-only directory: unexpected message"
[ ! -s stdout.txt ] || fail "read-only directory: results went to stdout instead"
[ "$(cat ro/out.csv)" = "old results" ] || fail "read-only directory: the old file changed"
[ "$(ls -A ro)" = "out.csv" ] || fail "read-only directory: files left in it: $(ls -A ro)"

set +e
"$MEDCAREER" score coder.yaml --output no-such-dir/out.csv 2>stderr.txt
status=$?
set -e
[ "$status" -eq 1 ] || fail "missing directory: exit status $status, expected 1"
grep -qx 'medcareer: error: no-such-dir/out.csv: cannot create a temporary file in no-such-dir: No such file or directory' \
  stderr.txt || fail "missing directory: unexpected message: $(cat stderr.txt)"
[ ! -e no-such-dir ] || fail "missing directory: it was created"

echo "ok: a read-only output directory${as_user:+ (as root, without CAP_DAC_OVERRIDE)}: exit 1,"
echo "    '$(head -1 expected.txt)', old file kept, nothing left in the directory"
echo "ok: a missing output directory: exit 1, the same kind of message, nothing created"
