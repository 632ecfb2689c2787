#!/usr/bin/env python3
"""WCAG AA contrast of the HTML reports' colours: every text colour of the style sheet
against its rule's background (white where the rule sets none) at least 4.5:1, and every
bar and line the charts draw against white at least 3:1 (non-text graphics).

usage: contrast_test.py MEDCAREER   (run from the source directory)
"""
import os
import re
import subprocess
import sys


def luminance(hex_colour):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


env = dict(os.environ, SOURCE_DATE_EPOCH="0")
html = subprocess.run([sys.argv[1], "score", "tests/personas/coder.yaml", "--format", "html"],
                      capture_output=True, text=True, env=env, check=True).stdout
# The trade-off reproduction draws what the coder's report does not: an optional step,
# several growth branches.
scribe = open("tests/personas/scribe.yaml", encoding="utf-8").read()
scribe = re.sub(r"(?m)^  pay: .*", "  pay: high", scribe.replace("training_months: 0",
                                                                  "training_months: 1"))
charts = html + subprocess.run([sys.argv[1], "score", "-", "--format", "html"], input=scribe,
                               capture_output=True, text=True, env=env, check=True).stdout
css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
failures, checked = [], 0
for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
    colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
    if not colour:
        continue
    background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", body)
    against = background.group(1) if background else "#ffffff"
    r = ratio(colour.group(1), against)
    checked += 1
    if r < 4.5:
        failures.append(f"{selector.strip()}: {colour.group(1)} on {against} is {r:.2f}:1")
# The backgrounds that text sits on elsewhere (the pick, the warnings, table headers).
for background in set(re.findall(r"background:\s*(#[0-9a-fA-F]{6})", css)):
    r = ratio("#1a1a1a", background)
    checked += 1
    if r < 4.5:
        failures.append(f"body text on {background} is {r:.2f}:1")
# The light track behind each bar only shows where 100% would end; the bar itself is what
# must stand out. White is the page itself: the inside of a hollow (optional) step, whose
# ring is what must stand out.
for fill in set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', charts)) - {"#e6eaee",
                                                                               "#ffffff"}:
    r = ratio(fill, "#ffffff")
    checked += 1
    if r < 3:
        failures.append(f"chart colour {fill} on white is {r:.2f}:1")
for failure in failures:
    print("FAIL:", failure)
print(f"{checked} colour pairs checked, {len(failures)} below WCAG AA")
sys.exit(1 if failures else 0)
