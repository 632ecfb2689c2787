#!/usr/bin/env python3
"""The manual pages, at build time, into OUTDIR:

    man_pages.py MEDCAREER OUTDIR DATE VERSION DATA_FORMAT_MD

medcareer(1) and medcareer-COMMAND(1) come from the program itself (`medcareer __man`, the
same definitions as --help); medcareer-data(5) from docs/data-format.md. Each page is also
written gzipped the way Debian wants (gzip_files.py), for installing; the plain pages are for `man -l` and the tests.
"""
import glob
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import md2man  # noqa: E402
from gzip_files import gzip_file  # noqa: E402


def main():
    binary, outdir, date, version, data_md = sys.argv[1:6]
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(os.path.join(outdir, "*.[15]*")):
        os.remove(old)  # a command that was removed must not keep its page
    subprocess.run([binary, "__man", outdir, date], check=True)
    with open(data_md, encoding="utf-8") as f:
        page = md2man.convert(f.readlines(), "medcareer-data", "5", date, version,
                              "the questionnaire, data and answers formats of medcareer")
    with open(os.path.join(outdir, "medcareer-data.5"), "w", encoding="utf-8") as f:
        f.write(page)
    for path in sorted(glob.glob(os.path.join(outdir, "*.[15]"))):
        gzip_file(path, path + ".gz")


if __name__ == "__main__":
    main()
