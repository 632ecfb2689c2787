#!/usr/bin/env python3
"""medcareer-data(5) from docs/data-format.md: the one description of the formats, turned
into roff at build time so the manual page says what the document says.

    md2man.py INPUT.md OUTPUT.5 NAME SECTION DATE VERSION "one-line summary"

Handles what the document uses: headings, paragraphs, lists (- and 1.), fenced and indented
code, tables, `code`, *emphasis*, **bold** and [links](url).
"""
import re
import sys


def escape(text):
    text = text.replace("\\", "\\e")
    text = text.replace("\u2014", "\\(em").replace("\u2013", "\\(en")
    return text


def inline(text):
    """Markdown inline markup to roff font changes, on already escaped text."""
    out = []
    for i, part in enumerate(re.split(r"(`[^`]*`)", text)):
        if i % 2 == 1:  # code: bold, with '-' as a minus sign (it is typed)
            out.append("\\fB" + escape(part[1:-1]).replace("-", "\\-") + "\\fR")
            continue
        part = escape(part)
        part = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", part)
        part = re.sub(r"\*\*([^*]+)\*\*", r"\\fB\1\\fR", part)
        part = re.sub(r"\*([^*\s][^*]*)\*", r"\\fI\1\\fR", part)
        out.append(part)
    return "".join(out)


def line_safe(text):
    """A roff text line must not start with a control character."""
    return "\\&" + text if text[:1] in (".", "'") else text


def convert(lines, name, section, date, version, summary):
    out = [
        f'.TH {name.upper().replace("-", chr(92) + "-")} {section} "{date}" '
        f'"medcareer {version}" "File Formats"',
        ".SH NAME",
        f"{name.replace('-', chr(92) + '-')} \\- {escape(summary)}",
        ".SH DESCRIPTION",
    ]
    paragraph = []

    def flush():
        if paragraph:
            out.append(line_safe(inline(" ".join(paragraph))))
            paragraph.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\n")
        if line.startswith("# "):
            i += 1
            continue
        if line.startswith("## "):
            flush()
            out.append(".SH " + escape(line[3:].upper()))
            i += 1
            continue
        if line.startswith("```"):
            flush()
            out += [".PP", ".RS 4", ".nf"]
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                out.append(line_safe(escape(lines[i].rstrip("\n"))))
                i += 1
            out += [".fi", ".RE"]
            i += 1
            continue
        if line.startswith("    ") and not paragraph:
            out += [".PP", ".RS 4", ".nf"]
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                if not lines[i].strip() and not (i + 1 < len(lines) and lines[i + 1].startswith("    ")):
                    break
                out.append(line_safe(escape(lines[i].rstrip("\n")[4:])))
                i += 1
            out += [".fi", ".RE"]
            continue
        if line.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            header, body = rows[0], rows[1:]
            for row in body:
                out.append(".TP")
                out.append(line_safe(inline(row[0])))
                rest = [f"{header[k]}: {row[k]}" for k in range(1, len(row))]
                out.append(line_safe(inline("; ".join(rest))))
            continue
        bullet = re.match(r"^(- |\d+\. )(.*)", line)
        if bullet:
            flush()
            mark = "\\(bu" if bullet.group(1) == "- " else bullet.group(1).strip()
            out.append(f".IP {mark} 4")
            paragraph.append(bullet.group(2))
            i += 1
            while i < len(lines) and lines[i].startswith("  ") and lines[i].strip():
                paragraph.append(lines[i].strip())
                i += 1
            flush()
            continue
        if not line.strip():
            flush()
            if out[-1] not in (".PP", ".SH DESCRIPTION") and not out[-1].startswith(".SH "):
                out.append(".PP")
            i += 1
            continue
        paragraph.append(line.strip())
        i += 1
    flush()
    while out[-1] == ".PP":
        out.pop()
    out += [".SH SEE ALSO", "\\fBmedcareer\\fR(1), \\fBmedcareer\\-validate\\fR(1)"]
    return "\n".join(out) + "\n"


def main():
    source, target, name, section, date, version, summary = sys.argv[1:8]
    with open(source, encoding="utf-8") as f:
        lines = f.readlines()
    with open(target, "w", encoding="utf-8") as f:
        f.write(convert(lines, name, section, date, version, summary))


if __name__ == "__main__":
    main()
