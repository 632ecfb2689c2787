#!/usr/bin/env python3
"""gzip_files.py SOURCE TARGET.gz [SOURCE TARGET.gz ...]: gzip the way Debian wants it
(`gzip -9n`: best compression, no file name or time stamp in the header), so the package
holds the same bytes however often it is built."""
import gzip
import sys


def gzip_file(source, target):
    with open(source, "rb") as f:
        data = f.read()
    with open(target, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as z:
            z.write(data)


if __name__ == "__main__":
    args = sys.argv[1:]
    for source, target in zip(args[0::2], args[1::2]):
        gzip_file(source, target)
