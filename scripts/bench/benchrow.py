#!/usr/bin/env python3
"""One row of the benchmarks' summary table.

Each bench script reports its rows here; when BENCH_SUMMARY names a file (as
scripts/bench/all.sh sets it) the row is appended to it, tab-separated:
what, now, anchor, ratio, goal, met. Use from Python (`row(...)`) or from a
shell: benchrow.py WHAT NOW ANCHOR RATIO GOAL yes|no
"""
import os
import sys


def row(what, now, anchor, ratio, goal, met):
    path = os.environ.get("BENCH_SUMMARY")
    if not path:
        return
    fields = [what, now, anchor, ratio, goal, "yes" if met else "no"]
    with open(path, "a", encoding="utf-8") as f:
        f.write("\t".join(str(field).replace("\t", " ") for field in fields) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 7 or sys.argv[6] not in ("yes", "no"):
        sys.exit("usage: benchrow.py WHAT NOW ANCHOR RATIO GOAL yes|no")
    row(*sys.argv[1:6], sys.argv[6] == "yes")
