#!/usr/bin/env bash
# `score --output` and `quiz --save` onto what is not a plain file, all in a scratch folder:
#  - character devices (null and full, made with mknod in the scratch folder, never the real
#    /dev nodes): written straight to, still devices after; full gives "No space left";
#  - a FIFO: the results come out of it, and it stays a FIFO;
#  - /dev/stdout and `-`: the results on standard output;
#  - a symbolic link (also a dangling one): the target replaced, the link kept;
#  - a 0600 file owned by someone else: still 0600 and theirs;
#  - one of the inputs (by name, through a link, or as standard input), a directory, and an
#    empty name: refused before any record is read, the file untouched.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}"
source "$(dirname "$0")/lib.sh"
cp "$src/tests/personas/coder.yaml" "$src/tests/personas/scribe.yaml" .
"$MEDCAREER" score coder.yaml scribe.yaml --format csv >expected.csv 2>/dev/null
[ -s expected.csv ] || fail "no reference output"
score() { "$MEDCAREER" score coder.yaml scribe.yaml --format csv "$@"; }
kind() { stat -c %F "$1"; }
answers() {  # a whole plain quiz
  for i in $(seq 23); do echo $((i % 2 + 1)); [ $i != 2 ] || echo 1,2; done
  echo
}

# Character devices, made here: if medcareer renamed over one, only this copy would suffer.
if mknod null c 1 3 2>/dev/null && mknod full c 1 7 2>/dev/null && echo probe >null 2>/dev/null; then
  score --output null 2>stderr.txt || fail "--output null: exit $?: $(cat stderr.txt)"
  [ "$(kind null)" = "character special file" ] || fail "null is now a $(kind null)"
  set +e
  score --output full 2>stderr.txt
  status=$?
  set -e
  [ "$status" -eq 1 ] || fail "--output full: exit $status, expected 1"
  grep -qF "medcareer: error: full: cannot write: No space left on device" stderr.txt ||
    fail "--output full: $(cat stderr.txt)"
  [ "$(kind full)" = "character special file" ] || fail "full is now a $(kind full)"
  answers | "$MEDCAREER" quiz --plain --save null --force >/dev/null 2>stderr.txt ||
    fail "quiz --save null: $(cat stderr.txt)"
  [ "$(kind null)" = "character special file" ] || fail "quiz --save made null a $(kind null)"
  echo "ok: --output onto a null and a full device (mknod here): written straight, exit 0 and 1, still devices"
else
  echo "skipped: the device part (mknod needs root on a file system without nodev)"
fi
[ -z "$(find . -name '.*.tmp-*')" ] || fail "temporary files left: $(find . -name '.*.tmp-*')"

# A FIFO.
mkfifo fifo
cat fifo >from-fifo &
reader=$!
score --output fifo 2>stderr.txt || fail "--output fifo: $(cat stderr.txt)"
wait "$reader"
cmp -s expected.csv from-fifo || fail "the FIFO did not carry the results"
[ "$(kind fifo)" = fifo ] || fail "fifo is now a $(kind fifo)"
echo "ok: --output onto a FIFO: the results came out of it, and it is still a FIFO"

# Standard output by name.
score --output /dev/stdout 2>/dev/null | cat >via-pipe.csv
cmp -s expected.csv via-pipe.csv || fail "--output /dev/stdout into a pipe printed $(wc -c <via-pipe.csv) bytes"
score --output /dev/stdout >via-file.csv 2>/dev/null
cmp -s expected.csv via-file.csv || fail "--output /dev/stdout into a file"
score --output - >dash.csv 2>/dev/null
cmp -s expected.csv dash.csv || fail "--output - did not write to standard output"
echo "ok: --output /dev/stdout (a pipe, a file) and --output - write to standard output"

# Symbolic links.
echo old >real.csv
ln -s real.csv link.csv
score --output link.csv 2>/dev/null
[ -L link.csv ] || fail "the link was replaced by a file"
cmp -s expected.csv real.csv || fail "the link's target does not hold the results"
mkdir sub
ln -s sub/new.csv dangling.csv
score --output dangling.csv 2>/dev/null
[ -L dangling.csv ] && cmp -s expected.csv sub/new.csv || fail "a dangling link was not written through"
echo "ok: a link (and a dangling one) is written through: target replaced, link kept"

# Mode and owner.
echo old >private.csv
chmod 600 private.csv
owner=$(id -u):$(id -g)
if [ "$(id -u)" -eq 0 ]; then
  chown 1234:2345 private.csv
  owner=1234:2345
fi
score --output private.csv 2>/dev/null
[ "$(stat -c %a private.csv)" = 600 ] || fail "a 0600 file became $(stat -c %a private.csv)"
[ "$(stat -c %u:%g private.csv)" = "$owner" ] || fail "owner $owner became $(stat -c %u:%g private.csv)"
cmp -s expected.csv private.csv || fail "private.csv does not hold the results"
echo "ok: a 0600 file owned by $owner stays 0600 and $owner"

# Refused before any work: the message, exit status, and nothing read or written.
refused() {  # refused STATUS EXPECTED-FIRST-LINE COMMAND...
  local want=$1 line=$2 status
  shift 2
  set +e
  "$@" >stdout.txt 2>stderr.txt
  status=$?
  set -e
  [ "$status" -eq "$want" ] || fail "$*: exit $status, expected $want: $(cat stderr.txt)"
  [ "$(head -1 stderr.txt)" = "$line" ] || fail "$*: $(cat stderr.txt)"
  ! grep -q "scored" stderr.txt || fail "$*: records were scored first"
  [ ! -s stdout.txt ] || fail "$*: printed results"
}
cp coder.yaml input.yaml
printf 'not: [valid\n' >broken.yaml  # would be reported if anything were read
refused 2 "medcareer: error: input.yaml: is also an input (input.yaml): writing it would destroy what is read" \
  "$MEDCAREER" score broken.yaml input.yaml --output input.yaml
ln -s input.yaml input-link.yaml
refused 2 "medcareer: error: input-link.yaml: is also an input (input.yaml): writing it would destroy what is read" \
  "$MEDCAREER" score broken.yaml input.yaml --output input-link.yaml
refused 2 "medcareer: error: input.yaml: is also an input (standard input): writing it would destroy what is read" \
  "$MEDCAREER" score broken.yaml - --output input.yaml <input.yaml
cmp -s coder.yaml input.yaml || fail "the input was changed"
mkdir results
refused 1 "medcareer: error: results: is a directory, not a file" \
  "$MEDCAREER" score broken.yaml coder.yaml --output results
refused 2 "medcareer: error: --output needs a file name" \
  "$MEDCAREER" score broken.yaml coder.yaml --output ""
echo "ok: an input as --output (by name, by a link, as standard input), a directory and \"\" are refused before any work"

# Whatever happened above, the real null device is still one.
[ "$(kind /dev/null)" = "character special file" ] || fail "/dev/null is now a $(kind /dev/null)"
