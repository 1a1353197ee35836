#!/usr/bin/env bash
# Memory per sample, decimation and read-back of 200 series × 24 h × 1 s: the
# compressed store against the plain one, zstd, and one min/max pass over the
# raw doubles. PITWALL_BENCH_SESSION=<session file> takes the series' shapes
# from a real recording. Exits non-zero while a sample takes over 2 bytes or
# decimating everything the first time takes over twice the raw pass.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
cmake --build "$build" --target bench_store >/dev/null
json=$(mktemp)
trap 'rm -f "$json"' EXIT
"$build/tests/bench/bench_store" --benchmark_counters_tabular=true --benchmark_out="$json" \
    --benchmark_out_format=json "$@"
python3 - "$json" "$root/scripts/bench" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[2])
from benchrow import row
runs = {b["run_name"].split("/")[0]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
ok = True
if "decimateChunked24h" in runs:
    ours = runs["decimateChunked24h"]
    size, zstd = ours["chunked_B_per_sample"], ours["zstd_B_per_sample"]
    met = size <= 2
    ok &= met
    row("memory a sample (store.sh)", f"{size:.2f} B", f"zstd over the same columns {zstd:.2f} B; plain {ours['plain_B_per_sample']:.1f} B",
        f"{size / zstd:.2f}x zstd", "<= 2 B", met)
    if "anchorMinMaxPassOverRawDoubles" in runs:
        anchor = runs["anchorMinMaxPassOverRawDoubles"]["cpu_time"]
        ratio = ours["cpu_time"] / anchor
        met = ratio <= 2
        ok &= met
        row("decimating 200 x 24 h to 1,000 columns, first time", f"{ours['cpu_time']:.0f} ms",
            f"one min/max pass over the raw doubles {anchor:.0f} ms", f"{ratio:.1f}x", "<= 2x", met)
sys.exit(0 if ok else 1)
PY
