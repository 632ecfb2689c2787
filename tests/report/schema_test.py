#!/usr/bin/env python3
"""Validates real output of `medcareer score` (every persona in json and jsonl, with and
without --explain; jsonl with failed records; the cohort summary) and of `medcareer quiz
--format json` against docs/result.schema.json, with Debian's python3-jsonschema; checks
that every member of the advice was seen filled in some output, that documents broken one
member at a time are rejected, and that the JSON Lines output has exactly one item per input
record, in input order.

usage: schema_test.py MEDCAREER   (run from the source directory)
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

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
seen = []  # every scored item validated, to check below that each advice member was seen filled


def run(*args, stdin=None):
    done = subprocess.run([medcareer, "score", *args], capture_output=True, text=True,
                          input=stdin)
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
    for item in document if isinstance(document, list) else [document]:
        if item.get("status") == "scored":
            seen.append(item)


# Every persona, alone and together, in both JSON formats, with --explain and without.
personas = sorted(glob.glob("tests/personas/*.yaml"))
for persona in personas:
    for explain in ([], ["--explain"]):
        one = json.loads(run(persona, "--format", "json", *explain))
        validate(one, f"{persona} json {' '.join(explain)}")
        (line,) = run(persona, "--format", "jsonl", *explain).splitlines()
        validate(json.loads(line), f"{persona} jsonl {' '.join(explain)}")
validate(json.loads(run(*personas, "--format", "json", "--explain")), "an array, json")
# The thin reproduction and its trade-off: the scribe persona hoping for more pay
# with one month of training (the e2e case score-trade-off-pay-scribe).
scribe = open("tests/personas/scribe.yaml", encoding="utf-8").read()
scribe = re.sub(r"training_months: 0", "training_months: 1", scribe)
scribe = re.sub(r"(?m)^  pay: .*", "  pay: high", scribe)
trade_off = json.loads(run("-", "--format", "json", "--explain", stdin=scribe))
validate(trade_off, "the trade-off reproduction")
if not trade_off["recommendation"]["trade_offs"]:
    sys.exit("the trade-off reproduction carries no trade-off")

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
# The people a counselor should talk to first: every role ruled out (needs among the
# reasons), answers that contradict each other.
for line in run("tests/batch/talk-first.jsonl", "--format", "jsonl", "--explain").splitlines():
    validate(json.loads(line), "talk-first.jsonl --explain")
validate(json.loads(run(csv, "--summary", "--format", "json")), "summary json")
validate(json.loads(run(csv, "--summary", "--format", "jsonl")), "summary jsonl")

# What the quiz prints with --format json: the e2e case quiz-plain-json run as it is (its
# command line types the answers), so that the two never disagree about the keystrokes.
with tempfile.TemporaryDirectory() as work:
    case = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e",
                        "quiz-plain-json", "cmd")
    with open(case, encoding="utf-8") as f:
        command = f.read()
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True,
                          env={**os.environ, "MEDCAREER": os.path.abspath(medcareer),
                               "WORK": work})
    printed, _, status = done.stdout.rstrip("\n").rpartition("\n")
    if status != "exit 0":
        sys.exit(f"e2e/quiz-plain-json's command ended with {status!r}: {done.stderr}")
    done.stdout = printed
    validate(json.loads(done.stdout), "quiz --format json")

# Each member of the advice was seen with something in it, so that its schema was tried.
filled = {
    "a close call": lambda i: i["recommendation"]["close_call"],
    "growth branches": lambda i: i["recommendation"]["growth"]["branches"],
    "a trade-off": lambda i: i["recommendation"]["trade_offs"],
    "an optional path step": lambda i: any(s.get("optional") for s in i["recommendation"]["path"]),
    "an optional certification": lambda i: any(
        c["optional"] for c in i["recommendation"]["ranked_certifications"]),
    "a certification for later": lambda i: i["recommendation"]["later_certifications"],
    "a contradiction": lambda i: i["contradictions"],
    "a need": lambda i: i["needs"],
    "a change that would help": lambda i: i.get("what_would_change"),
    "no pick": lambda i: i["recommendation"]["role"] is None,
}
unseen = [what for what, test in filled.items() if not any(test(i) for i in seen)]
if unseen:
    sys.exit(f"no validated output had {', '.join(unseen)}")

# And the schema rejects what it should: a wrong version, a failed record without error,
# and real documents broken one member at a time (a required member missing, one that the
# schema does not know, a value of the wrong kind).
bad = [{"schema_version": 2, "status": "failed", "respondent": "x",
        "error": {"path": "", "line": 0, "column": 0, "message": "m", "text": "m"}},
       {"schema_version": 1, "status": "failed", "respondent": "x"}]


def broken(document, path, change):
    """A copy of `document` with `change(parent, key)` applied at `path` (keys and indexes)."""
    copied = copy.deepcopy(document)
    parent = copied
    for key in path[:-1]:
        parent = parent[key]
    change(parent, path[-1])
    return copied


def drop(parent, key):
    del parent[key]


def extra(parent, key):
    parent[key]["unexpected"] = 1


def wrong(parent, key):
    parent[key] = "not this"


explained = json.loads(run(personas[0], "--format", "json", "--explain"))
for path, change in [
        (["recommendation", "growth"], drop),
        (["recommendation", "close_call"], drop),
        (["recommendation", "ranked_certifications"], drop),
        (["recommendation", "path", 0, "stage"], drop),
        (["recommendation", "growth", "branches", 0, "why"], drop),
        (["evidence", "level"], drop),
        (["contradictions"], drop),
        (["what_would_change"], drop),
        (["recommendation"], extra),
        (["recommendation", "growth"], extra),
        (["recommendation", "pay", 0], extra),
        (["evidence"], extra),
        (["recommendation", "close_call"], wrong),
        (["recommendation", "ranked_certifications", 0, "optional"], wrong)]:
    bad.append(broken(explained, path, change))
bad.append(broken(trade_off, ["recommendation", "trade_offs", 0, "hoped_pay"], drop))
bad.append(broken(trade_off, ["recommendation", "trade_offs", 0, "blocked_by"], wrong))
summary = json.loads(run(csv, "--summary", "--format", "json"))
bad.append(broken(summary, ["roles", 0, "average_match"], drop))
bad.append(broken(summary, ["evidence"], extra))
for document in bad:
    if validator.is_valid(document):
        sys.exit(f"the schema accepts a broken document: {json.dumps(document)[:300]}")
print(f"{checked} documents valid against docs/result.schema.json, {len(bad)} broken ones "
      f"rejected; "
      f"{len(rows)} records of {csv} gave {len(lines)} jsonl items ({statuses.count('failed')} failed)")
