#!/usr/bin/env python3
"""The manual pages say what --help says, and man renders them without a warning.

    help_matches_man.py MEDCAREER MAN_DIR

For medcareer and every command below it, the options, examples, global options and
environment variables in `medcareer ... --help` must be those of its manual page
(medcareer(1), medcareer-COMMAND(1), or the COMMAND: section of its parent's page), and
`man --warnings -l` must print nothing on stderr for every page, medcareer-data(5) too.
"""
import glob
import os
import re
import subprocess
import sys

binary, man_dir = sys.argv[1], sys.argv[2]
env = dict(os.environ, MANWIDTH="200", LC_ALL="C.UTF-8", COLUMNS="200", NO_COLOR="1")
failures = []


def run(args):
    return subprocess.run(args, capture_output=True, text=True, env=env)


def help_sections(command):
    text = run([binary, *command, "--help"]).stdout
    sections, name = {}, "intro"
    for line in text.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            name = line[:-1].split(" (")[0].lower()
            sections[name] = []
        elif line.strip():
            sections.setdefault(name, []).append(line)
    return sections


def option_names(lines):
    """Every -x / --name that starts an item, however it is laid out."""
    names = set()
    for line in lines:
        m = re.match(r"^\s+(-[-\w, ]*[\w])", line)
        if m and line.strip().startswith("-"):
            names.update(n for n in re.findall(r"--?[\w][\w-]*", m.group(1)))
    return names


def man_sections(page):
    result = run(["man", "--warnings", "-l", page])
    if result.stderr.strip():
        failures.append(f"{os.path.basename(page)}: man --warnings: {result.stderr.strip()}")
    sections, name = {}, "head"
    for line in result.stdout.splitlines():
        if line and not line.startswith(" "):
            name = line.strip().lower()
            sections[name] = []
        elif line.strip():
            sections.setdefault(name, []).append(line)
    return sections


def examples(lines):
    return [line.strip() for line in lines if line.strip().startswith("medcareer")
            or re.match(r"^\s+[A-Z_]+=\S+ medcareer", line)]


def env_names(lines):
    return sorted(set(re.findall(r"^\s+([A-Z][A-Z_]+)\b", "\n".join(lines), re.M)))


def compare(what, command, from_help, from_man):
    if from_help != from_man:
        failures.append(f"medcareer {' '.join(command)}: {what} differ: --help {sorted(from_help)}"
                        f" but the manual page {sorted(from_man)}")


def check(command, page, section=None):
    help_ = help_sections(command)
    man = man_sections(page)
    if section is None:
        own = man.get("options", [])
        man_examples = examples(man.get("examples", []))
    else:  # a command described inside its parent's page
        own = man.get(section, [])
        start = next((i for i, l in enumerate(own) if l.strip() == "Examples:"), len(own))
        man_examples = examples(own[start:])
        own = own[:start]
    compare("options", command, option_names(help_.get("options", [])), option_names(own))
    compare("examples", command, examples(help_.get("examples", [])), man_examples)
    if section is None:
        compare("global options", command,
                option_names(help_.get("global options", [])),
                option_names(man.get("global options", [])))
        compare("environment variables", command,
                env_names(help_.get("environment", [])), env_names(man.get("environment", [])))
    checked.append(" ".join(["medcareer", *command]))


def subcommands(command):
    lines = help_sections(command).get("subcommands", [])
    return [line.split()[0] for line in lines if re.match(r"^  \w", line)]


checked = []
check([], os.path.join(man_dir, "medcareer.1"))
for name in subcommands([]):
    page = os.path.join(man_dir, f"medcareer-{name}.1")
    if not os.path.exists(page):
        failures.append(f"no manual page for 'medcareer {name}'")
        continue
    check([name], page)
    for sub in subcommands([name]):
        check([name, sub], page, f"command: {sub}")
pages = sorted(glob.glob(os.path.join(man_dir, "*.[15]")))
for page in pages:
    man_sections(page)  # warnings only
if not any(p.endswith("medcareer-data.5") for p in pages):
    failures.append("no medcareer-data(5)")
for f in dict.fromkeys(failures):  # a page is rendered more than once
    print("FAIL:", f)
print(f"checked {len(checked)} commands against their pages: {', '.join(checked)}")
print(f"rendered {len(pages)} pages with man --warnings")
sys.exit(1 if failures else 0)
