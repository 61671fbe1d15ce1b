#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Reads an export back with Python's own csv and json modules and prints what they see as JSON
(ASCII-escaped), so that tst_exportroundtrip can compare it with the source.

usage: roundtrip.py csv FILE SEPARATOR | json FILE | jsonl FILE
"""
import csv
import json
import sys


def main():
    kind, path = sys.argv[1], sys.argv[2]
    # Python's csv refuses fields over 128 KiB by default; a message can be bigger than that.
    csv.field_size_limit(sys.maxsize)
    # newline='' as the csv docs require; utf-8-sig drops a BOM; errors='strict' proves valid UTF-8.
    with open(path, encoding="utf-8-sig", errors="strict", newline="") as f:
        if kind == "csv":
            rows = list(csv.reader(f, delimiter=sys.argv[3], strict=True))
            out = rows
        elif kind == "json":
            out = json.load(f)
        elif kind == "jsonl":
            out = [json.loads(line) for line in f.read().split("\n") if line != ""]
        else:
            raise SystemExit("unknown kind " + kind)
    sys.stdout.write(json.dumps(out, ensure_ascii=True))


if __name__ == "__main__":
    main()
