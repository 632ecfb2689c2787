#!/usr/bin/env bash
# A class of 1,000 answers files of which 100 are corrupted in ten different ways, and 50 of
# the good ones are saved with a byte order mark and CRLF line ends. `score DIR --output`
# must score the 900 good ones, report each of the 100 bad ones once with PATH:LINE:COL,
# exit 1, and write a complete, valid CSV; --jobs must not change a byte of it.
set -euo pipefail
: "${MEDCAREER:?path of the medcareer binary}" "${MEDCAREER_GEN:?path of medcareer-gen}"
source "$(dirname "$0")/lib.sh"

"$MEDCAREER_GEN" yaml 1000 class >/dev/null
[ "$(find class -name '*.yaml' | wc -l)" -eq 1000 ] || fail "medcareer-gen did not write 1000 files"

# Every file whose number ends in 7 (7, 17, ..., 997) is corrupted; the tens digit picks how.
kinds=(wrong-version unknown-question unknown-option not-a-number out-of-range
       duplicate-key invalid-utf8 tab-indent unclosed-list empty-file)
: >corrupted.txt
for n in $(seq 7 10 997); do
  f=class/$(printf '%06d' "$n").yaml
  kind=${kinds[$(((n / 10) % 10))]}
  case $kind in
    wrong-version) sed -i 's/^version: [0-9]*$/version: 7/' "$f" ;;
    unknown-question) sed -i 's/^answers:$/answers:\n  favourite_colour: blue/' "$f" ;;
    unknown-option) sed -i '/^  patient_contact:/d; s/^answers:$/answers:\n  patient_contact: sometimes/' "$f" ;;
    not-a-number) sed -i 's/^version: [0-9]*$/version: one/' "$f" ;;
    out-of-range) sed -i '/^  training_months:/d; s/^answers:$/answers:\n  training_months: 480/' "$f" ;;
    duplicate-key) sed -i 's/^version: \([0-9]*\)$/version: \1\nrespondent: again/' "$f" ;;
    invalid-utf8) sed -i 's/^respondent: student/respondent: \xe9tudiant/' "$f" ;;
    tab-indent) sed -i 's/^answers:$/answers:\n\tpace: 2/' "$f" ;;
    unclosed-list) sed -i 's/^answers:$/answers:\n  interests: [caring, typing/' "$f" ;;
    empty-file) : >"$f" ;;
  esac
  echo "$f $kind" >>corrupted.txt
done
# Good files saved by a Windows editor: a byte order mark and CRLF line ends.
for n in $(seq 3 20 983); do
  f=class/$(printf '%06d' "$n").yaml
  { printf '\357\273\277'; sed 's/$/\r/' "$f"; } >tmp && mv tmp "$f"
done

set +e
"$MEDCAREER" score class --format csv --output out.csv --jobs 2 >stdout.txt 2>stderr.txt
status=$?
set -e
[ "$status" -eq 1 ] || fail "exit status $status, expected 1"
[ ! -s stdout.txt ] || fail "unexpected output on stdout"

# Exactly one positioned error per corrupted file, and no other error.
grep -c '^medcareer: error: ' stderr.txt >errors.txt || true
positioned=$(grep -cE '^medcareer: error: class/[0-9]{6}\.yaml:[0-9]+:[0-9]+: ' stderr.txt || true)
[ "$(cat errors.txt)" -eq 100 ] || fail "$(cat errors.txt) error lines, expected 100"
[ "$positioned" -eq 100 ] || fail "$positioned errors with PATH:LINE:COL, expected 100"
diff <(grep -oE '^medcareer: error: class/[0-9]{6}\.yaml' stderr.txt | sed 's/^medcareer: error: //' | sort) \
  <(cut -d' ' -f1 corrupted.txt | sort) || fail "the files reported are not the files corrupted"
grep -qx 'medcareer: 900 scored, 100 failed' stderr.txt || fail "no summary line '900 scored, 100 failed'"

# The CSV: a header and 900 rows, each with as many fields as the header, for exactly the
# 900 good respondents, in input order.
fields() {  # fields per line, quotes respected; prints one number per line
  awk '{ n = 1; q = 0
         for (i = 1; i <= length($0); i++) { c = substr($0, i, 1)
           if (c == "\"") q = !q; else if (c == "," && !q) n++ }
         print (q ? -1 : n) }' "$1"
}
[ "$(wc -l <out.csv)" -eq 1001 ] || fail "out.csv has $(wc -l <out.csv) lines, expected 1001"
[ "$(tail -c 1 out.csv | od -An -c | tr -d ' ')" = '\n' ] || fail "out.csv does not end in a line break"
width=$(fields out.csv | head -1)
bad_rows=$(fields out.csv | awk -v w="$width" '$1 != w' | wc -l)
[ "$bad_rows" -eq 0 ] || fail "$bad_rows rows of out.csv do not have $width fields"
# One row per file, in order: the corrupted ones as `failed` rows in their place.
diff <(tail -n +2 out.csv | cut -d, -f2) \
  <(for n in $(seq 1 1000); do if [ $((n % 10)) -eq 7 ]; then echo failed; else echo scored; fi; done) \
  >/dev/null || fail "the rows of out.csv are not one per file, the failed ones in their place"
diff <(tail -n +2 out.csv | grep '^[^,]*,scored,' | cut -d, -f1) \
  <(for n in $(seq 1 1000); do [ $((n % 10)) -eq 7 ] || echo "student$n"; done) >/dev/null ||
  fail "the scored rows of out.csv are not the 900 good respondents in order"

# The same bytes on one thread.
"$MEDCAREER" score class --format csv --output one-job.csv --jobs 1 2>/dev/null || true
cmp -s out.csv one-job.csv || fail "--jobs 1 and --jobs 2 wrote different files"
[ -z "$(find . -maxdepth 2 -name '.*.tmp-*')" ] || fail "a temporary file was left behind"

echo "ok: 1000 files (100 corrupted: ${kinds[*]}; 50 good ones with BOM and CRLF)"
echo "ok: exit 1, 100 errors all with PATH:LINE:COL, one per corrupted file, '900 scored, 100 failed'"
echo "ok: out.csv = header + 1000 rows of $width fields, one per file in order (900 scored,"
echo "    100 failed with their error); --jobs 1 == --jobs 2"
