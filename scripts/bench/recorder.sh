#!/usr/bin/env bash
# The session file per sample, and the time to write and read it back: the
# recorder's chunks against the rows of the older recorder, in one run.
# PITWALL_BENCH_SERIES (200) and PITWALL_BENCH_HOURS (2) set the size. Exits
# non-zero while a sample takes over 4 bytes of the file.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
cmake --build "$build" --target bench_recorder >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$build/tests/bench/bench_recorder" "$@" | tee "$out"
python3 - "$out" "$root/scripts/bench" <<'PY'
import re, sys
sys.path.insert(0, sys.argv[2])
from benchrow import row
text = open(sys.argv[1]).read()
size = lambda name: float(re.search(re.escape(name) + r"\s+([\d.]+)", text).group(1))
ours, rows = size("chunks (this recorder)"), size("rows (the older recorder)")
shape = re.search(r"session file, (.*?) \(", text).group(1)
row(f"session file a sample, {shape} (recorder.sh)", f"{ours:.2f} B", f"the older recorder's rows {rows:.1f} B",
    f"{ours / rows:.2f}x", "<= 4 B", ours <= 4)
sys.exit(0 if ours <= 4 else 1)
PY
