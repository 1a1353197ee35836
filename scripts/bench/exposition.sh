#!/usr/bin/env bash
# The /metrics parser on a 50 MB payload, whole process, beside `promtool check
# metrics` (Prometheus' own parser and linter) on the same file: median wall
# time and peak memory of BENCH_RUNS (5) runs each, measured by /usr/bin/time.
# Exits non-zero when the parser is not 5x promtool's speed or its peak memory
# is over twice the payload. BENCH_MEGABYTES (50) sets the size.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
runs=${BENCH_RUNS:-5}
cmake --build "$build" --target bench_exposition >/dev/null
bench="$build/tests/bench/bench_exposition"
payload=$(mktemp --suffix=.prom)
times=$(mktemp)
trap 'rm -f "$payload" "$times"' EXIT
"$bench" --generate "$payload" "${BENCH_MEGABYTES:-50}"
promtool check metrics <"$payload" # the payload is valid for Prometheus too

measure() { # prints the median "seconds kilobytes" of $runs runs of "$@"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$times" "$@" >/dev/null 2>&1 </dev/null
        tail -n 1 "$times"
    done | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2)'
}
read -r ours_s ours_kb < <(measure "$bench" "$payload")
read -r prom_s prom_kb < <(measure sh -c "exec promtool check metrics <'$payload'")
bytes=$(stat -c %s "$payload")
python3 - "$ours_s" "$ours_kb" "$prom_s" "$prom_kb" "$bytes" "$root/scripts/bench" <<'PY'
import sys
sys.path.insert(0, sys.argv[6])
from benchrow import row
ours_s, ours_kb, prom_s, prom_kb, size = map(float, sys.argv[1:6])
mib = size / 1048576
print(f"payload {mib:.1f} MiB; median of the runs, whole process")
print(f"{'':28} {'wall s':>8} {'peak MiB':>10}")
print(f"{'pitwall parser':28} {ours_s:8.2f} {ours_kb / 1024:10.1f}")
print(f"{'promtool check metrics':28} {prom_s:8.2f} {prom_kb / 1024:10.1f}")
speed, peak = prom_s / ours_s, ours_kb / 1024 / mib
print(f"promtool / pitwall: {speed:.1f}x the time; pitwall peak / payload: {peak:.2f}")
met = speed >= 5 and peak <= 2
row(f"/metrics parser, {mib:.0f} MiB payload (exposition.sh)", f"{ours_s:.2f} s, peak {ours_kb / 1024:.1f} MiB",
    f"promtool check metrics {prom_s:.2f} s", f"{speed:.1f}x the speed, peak {peak:.2f}x the payload",
    ">= 5x, peak <= 2x", met)
sys.exit(0 if met else 1)
PY
