#!/usr/bin/env python3
"""Keeps the output pasted in README.md equal to what medcareer prints.

    tests/readme/examples.py MEDCAREER            # exit 1 with a diff if the README is stale
    tests/readme/examples.py MEDCAREER --update   # rewrite the examples in README.md

Each example is the fenced block after a marker sentence of the README; the block's text
is replaced by the command's real output (stdout and stderr, as a terminal shows them),
run from the source directory without colour.
"""
import difflib
import os
import subprocess
import sys
import tempfile

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PERSONA = "tests/personas/close-coder-billing-coding.yaml"
CLASS = 'tests/batch/class/class.csv --id-column "Email Address"'


def run(binary, args, stdin=None, cwd=SOURCE):
    env = dict(os.environ, NO_COLOR="1")
    env.pop("COLUMNS", None)
    result = subprocess.run(f"'{binary}' {args}", shell=True, cwd=cwd, env=env, input=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return result.stdout


def replace_block(text, marker, content, skip=0):
    """Replaces the inside of the (skip+1)-th fenced block after `marker`."""
    at = text.index(marker)
    for _ in range(skip + 1):
        start = text.index("\n", text.index("```", at)) + 1
        end = text.index("```", start)
        at = end + 3
    return text[:start] + content.rstrip("\n") + "\n" + text[end:]


def examples(binary):
    """(marker, skip, block text) for every example."""
    with tempfile.TemporaryDirectory() as scratch:
        # Four answers, then the input ends; the quiz's save message is not shown.
        quiz = run(binary, "quiz --plain", stdin="2\n1\n1,2\n1\n", cwd=scratch)
    quiz = quiz[: quiz.index("Your workday\n") + len("Your workday\n")]
    with open(os.path.join(SOURCE, PERSONA), encoding="utf-8") as f:
        persona = f.read()
    persona = persona[persona.index("questionnaire:"):]
    return [
        ("answer, no cursor", 0,
         "$ printf '2\\n1\\n...' | medcareer quiz --plain --save answers.yaml\n" + quiz + "\n...\n"),
        ("a close call between two desk jobs:", 0, persona),
        ("a close call between two desk jobs:", 1,
         f"$ medcareer score {PERSONA} --explain\n" + run(binary, f"score {PERSONA} --explain")),
        ("`why` and `what_would_change` members in JSON.", 0,
         f"$ medcareer score {CLASS}\n" + run(binary, f"score {CLASS}")),
        ("match per role, and how many answer sets", 0,
         "$ medcareer score tests/personas --summary\n" + run(binary, "score tests/personas --summary")),
        ("proves that every first job can come out on top", 0,
         "$ medcareer validate\n" + run(binary, "validate")),
        ("A near miss, in an id, a command", 0,
         "$ medcareer roles show codr\n" + run(binary, "roles show codr")),
        ("A near miss, in an id, a command", 1,
         "$ medcareer score tests/personas --sumary\n" + run(binary, "score tests/personas --sumary")),
        ("### `medcareer roles`", 0, run(binary, "roles")),
        ("### `medcareer roles compare coder assistant scribe`", 0,
         run(binary, "roles compare coder assistant scribe")),
        ("### `medcareer certs --role coder`", 0, run(binary, "certs --role coder")),
    ]


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    readme_path = os.path.join(SOURCE, "README.md")
    with open(readme_path, encoding="utf-8") as f:
        old = f.read()
    new = old
    blocks = examples(binary)
    for marker, skip, content in blocks:
        new = replace_block(new, marker, content, skip)
    if "--update" in sys.argv[2:]:
        if new != old:
            with open(readme_path, "w", encoding="utf-8") as f:
                f.write(new)
        return 0
    if new == old:
        print(f"README.md: all {len(blocks)} examples match the binary's output")
        return 0
    sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                               "README.md", "what medcareer prints"))
    print("README.md is stale: run tests/readme/examples.py MEDCAREER --update", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
