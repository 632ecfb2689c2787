#!/usr/bin/env bash
# Both HTML reports must be valid HTML for Debian's HTML Tidy: `tidy -q -e` reports every
# error and warning, and any is a failure (tidy exits 1 for warnings, 2 for errors).
# A cohort of 100,000 respondents must still give a usable report: valid, under 5 MB, the
# respondents' table cut at its documented size (1,000 rows) and saying so.
# usage: tidy_test.sh MEDCAREER MEDCAREER_GEN   (run from the source directory)
set -uo pipefail
medcareer=$1
gen=$2
command -v tidy >/dev/null || { echo "tidy is not installed (Debian: tidy)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1764547200
"$medcareer" score tests/personas/coder.yaml --format html --output "$work/person.html" || exit 1
"$medcareer" score tests/personas/neutral.yaml --format html --output "$work/neutral.html" || exit 1
# The issue's trade-off reproduction: a trade-off, growth branches, an optional step.
sed 's/training_months: 0/training_months: 1/; s/^  pay: .*/  pay: high/' tests/personas/scribe.yaml |
  "$medcareer" score - --format html --output "$work/trade-off.html" || exit 1
"$medcareer" score tests/personas/close-scribe-assistant.yaml --format html \
  --output "$work/close.html" || exit 1
"$medcareer" score tests/batch/class/class.csv tests/batch/class/more.jsonl \
  tests/batch/talk-first.jsonl \
  --id-column "Email Address" --summary --format html --output "$work/cohort.html" 2>/dev/null
[ -s "$work/cohort.html" ] || { echo "no cohort report"; exit 1; }
"$gen" csv 100000 >"$work/big.csv" && echo "not,a,row" >>"$work/big.csv"
"$medcareer" score "$work/big.csv" --summary --format html --output "$work/big.html" 2>/dev/null
failed=0
size=$(wc -c <"$work/big.html")
rows=$(grep -c '<td data-label="Respondent">' "$work/big.html")
if [ "$size" -lt 5000000 ] && [ "$rows" = 1000 ] &&
  grep -q '99000 more scored respondents are not listed' "$work/big.html" &&
  grep -q '<dt>Respondents</dt><dd>100001</dd>' "$work/big.html"; then
  echo "big.html: 100,001 records, $size bytes, $rows rows in the table, the rest counted"
else
  echo "big.html: $size bytes, $rows rows: not the summarised report expected"
  failed=1
fi
for f in person neutral trade-off close cohort big; do
  if tidy -q -e "$work/$f.html" 2>"$work/$f.tidy"; then
    echo "$f.html: valid ($(wc -c <"$work/$f.html") bytes), no tidy warnings"
  else
    echo "$f.html: tidy found:"
    cat "$work/$f.tidy"
    failed=1
  fi
done
exit $failed
