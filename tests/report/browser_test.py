#!/usr/bin/env python3
"""Opens the HTML reports in a real browser (Debian's headless Chromium) and checks what a
reader would see:

- at 390 px (a phone) and 1280 px (a desktop) wide, nothing is wider than the window (the
  page's scrollWidth, and the right edge of every element), and every chart is drawn: each
  SVG has a size and each of its bars a width inside it, and the screenshot holds pixels of
  the bars' colour;
- the page's content security policy keeps a script out, even one that got into the file;
- printed to PDF, the text (pdftotext) holds the recommendation, the first certification
  and every source cited, on at most MAX_PAGES pages.

Since the reports run no script, the measuring is done by a test-only page that holds the
report in an iframe.

usage: browser_test.py MEDCAREER [OUT_DIR]   (run from the source directory; OUT_DIR keeps
the screenshots and PDFs, by default a temporary folder)
"""
import concurrent.futures
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_pixels import count_colour  # noqa: E402

MAX_PAGES = {"person": 8, "trade-off": 8, "cohort": 6}
BAR_RGB = (0x1F, 0x5F, 0x99)  # report.css and svg.cc: the bars' colour
WIDTHS = (390, 1280)

medcareer = sys.argv[1]
for tool in ("chromium", "pdftotext", "pdfinfo"):
    if not shutil.which(tool):
        print(f"{tool} is not installed (Debian: chromium, poppler-utils)")
        sys.exit(77)
out = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="medcareer-browser-")
os.makedirs(out, exist_ok=True)
profiles = tempfile.mkdtemp(prefix="medcareer-chromium-")
env = dict(os.environ, SOURCE_DATE_EPOCH="1764547200")
failures = []
started = time.monotonic()


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def chromium(*args):
    profile = tempfile.mkdtemp(dir=profiles)
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"chromium {' '.join(args)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout


# Headless Chromium will not make a window narrower than 500 px, so each report is laid out
# in an iframe of the width under test, inside a test-only page. With
# --allow-file-access-from-files that page's script may measure the report in the frame.
PROBE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>probe</title></head>
<body style="margin:0">
<iframe id="report" src="REPORT" style="border:0;display:block;width:WIDTHpx;height:HEIGHTpx"></iframe>
<pre id="probe">MEASURE</pre>
<script>
window.addEventListener('load', function () {
  var win = document.getElementById('report').contentWindow, doc = win.document;
  var w = win.innerWidth, wide = [];
  // Inside a box that hides what overflows it (a visually hidden header row), and within
  // the window: nothing of it shows past the edge. A box that scrolls does not count.
  function clipped(e) {
    for (var a = e.parentElement; a && a !== doc.body; a = a.parentElement) {
      var style = win.getComputedStyle(a);
      if ((style.overflowX === 'hidden' || style.overflowX === 'clip') &&
          a.getBoundingClientRect().right <= w + 0.5) return true;
    }
    return false;
  }
  doc.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > w + 0.5 && !e.closest('svg') && !clipped(e)) wide.push(e.tagName + ' ' + Math.round(r.right));
  });
  var charts = [];
  doc.querySelectorAll('svg').forEach(function (s) {
    var box = s.getBoundingClientRect(), bars = [];
    s.querySelectorAll('.bar').forEach(function (b) {
      var r = b.getBoundingClientRect();
      bars.push([r.width, r.left >= box.left - 0.5 && r.right <= box.right + 0.5]);
    });
    charts.push({title: s.querySelector('title') ? s.querySelector('title').textContent : '',
                 width: box.width, height: box.height, right: box.right, bars: bars});
  });
  var scripts = doc.querySelectorAll('script').length;
  if (MEASURE) document.getElementById('probe').textContent = JSON.stringify({
      innerWidth: w, scrollWidth: doc.documentElement.scrollWidth, wide: wide.slice(0, 5),
      charts: charts, scripts: scripts, ran: doc.documentElement.dataset.ran || ''});
});
</script>
</body></html>
"""


def frame_page(report_path, width, height, measure):
    page = (PROBE.replace("REPORT", "file://" + os.path.abspath(report_path))
            .replace("WIDTH", str(width)).replace("HEIGHT", str(height))
            .replace("MEASURE", "true" if measure else "false"))
    path = os.path.join(out, f"frame-{width}-{'probe' if measure else 'shot'}-{os.path.basename(report_path)}")
    open(path, "w", encoding="utf-8").write(page)
    return path


def probe(report_path, width):
    page = frame_page(report_path, width, 900, True)
    dom = chromium("--allow-file-access-from-files", f"--window-size={max(width, 500)},900",
                   "--dump-dom", f"file://{page}")
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    if not found or not found.group(1).startswith("{"):
        return None
    return json.loads(html.unescape(found.group(1)))


def check_layout(name, path, width):
    p = probe(path, width)
    if p is None:
        return fail(f"{name} at {width} px: the probe did not run")
    if p["innerWidth"] != width:
        fail(f"{name} at {width} px: the frame is {p['innerWidth']} px wide")
    if p["scrollWidth"] > p["innerWidth"]:
        fail(f"{name} at {width} px: the page is {p['scrollWidth']} px wide in a "
             f"{p['innerWidth']} px window ({p['wide']})")
    if p["wide"]:
        fail(f"{name} at {width} px: elements reach past the window: {p['wide']}")
    if not p["charts"]:
        fail(f"{name} at {width} px: no chart")
    for c in p["charts"]:
        if c["width"] < 200 or c["height"] < 20 or c["right"] > p["innerWidth"]:
            fail(f"{name} at {width} px: chart '{c['title']}' is {c['width']}x{c['height']}")
        # A bar of nothing (a role no one has on top) is drawn one unit wide, under 1 px.
        if not c["bars"] or not all(w >= 0.5 and inside for w, inside in c["bars"]):
            fail(f"{name} at {width} px: chart '{c['title']}' has bars {c['bars']}")
    if p["scripts"]:
        fail(f"{name}: the report holds {p['scripts']} script elements")
    shot = os.path.join(out, f"{name}-{width}.png")
    page = frame_page(path, width, 1000, False)
    chromium("--allow-file-access-from-files", f"--window-size={max(width, 500)},1000",
             f"--screenshot={shot}", f"file://{page}")
    # Pixels are counted on the phone's screenshot only: Python without an imaging module
    # decodes a PNG slowly, and the layout check above has seen the charts at both widths.
    bar_pixels = count_colour(shot, BAR_RGB) if width < 500 else None
    if bar_pixels is not None and bar_pixels < 500:
        fail(f"{name} at {width} px: the screenshot has {bar_pixels} pixels of the bars' colour")
    return (f"{name} at {width} px: page {p['scrollWidth']} px wide in {p['innerWidth']}, "
            f"{len(p['charts'])} charts with {sum(len(c['bars']) for c in p['charts'])} bars"
            + (f", {bar_pixels} pixels of the bars' colour in the first 1000 px of the screenshot"
               if bar_pixels is not None else ""))


def policy_blocks_scripts(report_path):
    """A copy of the report with a script added: its policy must keep the script from running."""
    text = open(report_path, encoding="utf-8").read().replace(
        "</body>", "<script>document.documentElement.dataset.ran = 'yes';</script>\n</body>")
    copy = os.path.join(out, "with-script.html")
    open(copy, "w", encoding="utf-8").write(text)
    p = probe(copy, 500)
    return p is not None and p["ran"] == "" and p["scripts"] == 1


def check_pdf(name, path, must_contain):
    pdf = os.path.join(out, f"{name}.pdf")
    chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", f"file://{os.path.abspath(path)}")
    pages = int(re.search(r"^Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout, re.M).group(1))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    # Compared without spaces and hyphens: pdftotext joins a word broken at a hyphen at the
    # end of a line ("bls-via-" / "coding") without it.
    def flat(t):
        return re.sub(r"[\s\-]", "", t)
    missing = [m for m in must_contain if flat(m) not in flat(text)]
    if missing:
        fail(f"{name}.pdf lacks {missing}")
    if pages > MAX_PAGES[name]:
        fail(f"{name}.pdf has {pages} pages, more than {MAX_PAGES[name]}")
    return (f"{name}.pdf: {pages} pages, {os.path.getsize(pdf)} bytes, "
            f"holds all {len(must_contain)} expected texts" if not missing else "")


def score(*args, stdin=None):
    return subprocess.run([medcareer, "score", *args], capture_output=True, text=True, env=env,
                          input=stdin)


person = os.path.join(out, "person.html")
trade_off = os.path.join(out, "trade-off.html")
cohort = os.path.join(out, "cohort.html")
score("tests/personas/coder.yaml", "--format", "html", "--output", person)
# The trade-off reproduction (e2e score-trade-off-pay-scribe): a trade-off with long
# sourced sentences, growth branches and an optional step, which must fit a phone too.
scribe = open("tests/personas/scribe.yaml", encoding="utf-8").read()
scribe = re.sub(r"(?m)^  pay: .*", "  pay: high", scribe.replace("training_months: 0",
                                                                  "training_months: 1"))
score("-", "--format", "html", "--output", trade_off, stdin=scribe)
score("tests/batch/class/class.csv", "tests/batch/class/more.jsonl",
      "tests/batch/talk-first.jsonl", "--id-column", "Email Address", "--summary",
      "--format", "html", "--output", cohort)
rec = json.loads(score("tests/personas/coder.yaml", "--format", "json").stdout)
roles = json.loads(subprocess.run([medcareer, "roles", "show", rec["recommendation"]["role"],
                                   "--format", "json"], capture_output=True, text=True).stdout)
role = roles[0] if isinstance(roles, list) else roles
report_text = open(person, encoding="utf-8").read()
sources = re.search(r'<ol class="sources">(.*?)</ol>', report_text, re.S)
cited = re.findall(r'<li>(.*?)(?:<br>|</li>)', sources.group(1)) if sources else []
if not cited:
    fail("the person's report cites no source")
person_texts = [role["title"], rec["recommendation"]["certifications"][0]]
person_texts += [html.unescape(line) for line in cited]

# Two browsers at a time: each spends most of its time starting up.
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    layouts = [pool.submit(check_layout, name, path, width)
               for name, path in (("person", person), ("trade-off", trade_off), ("cohort", cohort))
               for width in WIDTHS]
    pdfs = [pool.submit(check_pdf, "person", person, person_texts),
            pool.submit(check_pdf, "trade-off", trade_off,
                        ["Trade-offs", "Two stages: start as Medical Scribe now",
                         "Certify (optional)", "Registered Nurse / Nurse Practitioner"]),
            pool.submit(check_pdf, "cohort", cohort,
                        ["Cohort report", "Records that could not be scored", "dana@example.org",
                         "Every role is ruled out: the needs"])]
    for job in layouts + pdfs:
        line = job.result()
        if line:
            print(line)

# With its security policy in place, a script that got into a report does not run.
if policy_blocks_scripts(person):
    print("the content security policy kept a script added to the report from running")
else:
    fail("a script added to the report ran in spite of its content security policy")

shutil.rmtree(profiles, ignore_errors=True)
print(f"browser checks took {time.monotonic() - started:.1f} s")
if failures:
    sys.exit(f"{len(failures)} browser checks failed")
