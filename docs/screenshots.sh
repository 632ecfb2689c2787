#!/usr/bin/env bash
# Makes the README's screenshots of the two HTML reports (docs/report-person.png and
# docs/report-cohort.png) with headless Chromium, from the same inputs as the golden tests.
# usage: docs/screenshots.sh [MEDCAREER]   (run from the source directory; default build/ci)
set -euo pipefail
medcareer=${1:-build/ci/medcareer}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1764547200
"$medcareer" score tests/personas/coder.yaml --format html --output "$work/person.html"
"$medcareer" score tests/batch/class/class.csv tests/batch/class/more.jsonl \
  tests/batch/talk-first.jsonl --id-column "Email Address" --summary --format html --output "$work/cohort.html" 2>/dev/null || true
for name in person cohort; do
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" \
    --window-size=900,1400 --screenshot="docs/report-$name.png" "file://$work/$name.html" 2>/dev/null
  echo "docs/report-$name.png: $(wc -c <"docs/report-$name.png") bytes"
done
