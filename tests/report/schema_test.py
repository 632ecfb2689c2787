#!/usr/bin/env python3
"""Validates real output of `medcareer score` (json, jsonl with failed records, the cohort
summary) against docs/result.schema.json, with Debian's python3-jsonschema, and checks that
the JSON Lines output has exactly one item per input record, in input order.

usage: schema_test.py MEDCAREER   (run from the source directory)
"""
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed")
    sys.exit(77)

medcareer = sys.argv[1]
schema = json.load(open("docs/result.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
checked = 0


def run(*args):
    done = subprocess.run([medcareer, "score", *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"medcareer score {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def validate(document, what):
    global checked
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        sys.exit(f"{what}: {e.message} at {'/'.join(map(str, e.path))}")
    checked += 1


personas = ["tests/personas/coder.yaml", "tests/personas/neutral.yaml"]
validate(json.loads(run(personas[0], "--format", "json")), "one respondent, json")
validate(json.loads(run(personas[0], "--format", "json", "--explain")), "json --explain")
validate(json.loads(run(*personas, "--format", "json", "--explain")), "an array, json")

# The class export has good and bad rows: every one must come back, in order.
csv = "tests/batch/class/class.csv"
lines = run(csv, "--id-column", "Email Address", "--format", "jsonl").splitlines()
rows = open(csv, encoding="utf-8").read().splitlines()[1:]
if len(lines) != len(rows):
    sys.exit(f"jsonl has {len(lines)} items for {len(rows)} records of {csv}")
statuses = []
for n, line in enumerate(lines, 1):
    item = json.loads(line)
    validate(item, f"jsonl item {n}")
    statuses.append(item["status"])
    if item["status"] == "failed" and item["error"]["line"] != n + 1:
        sys.exit(f"jsonl item {n} is the failure of line {item['error']['line']}, not {n + 1}")
if "failed" not in statuses or "scored" not in statuses:
    sys.exit(f"expected both scored and failed records, got {statuses}")

for line in run("tests/batch/class/more.jsonl", "--format", "jsonl", "--explain").splitlines():
    validate(json.loads(line), "more.jsonl --explain")
validate(json.loads(run(csv, "--summary", "--format", "json")), "summary json")
validate(json.loads(run(csv, "--summary", "--format", "jsonl")), "summary jsonl")

# And the schema rejects what it should: a wrong version, a failed record without error.
for bad in [{"schema_version": 2, "status": "failed", "respondent": "x",
             "error": {"path": "", "line": 0, "column": 0, "message": "m", "text": "m"}},
            {"schema_version": 1, "status": "failed", "respondent": "x"}]:
    if validator.is_valid(bad):
        sys.exit(f"the schema accepts {bad}")
print(f"{checked} documents valid against docs/result.schema.json; "
      f"{len(rows)} records of {csv} gave {len(lines)} jsonl items ({statuses.count('failed')} failed)")
