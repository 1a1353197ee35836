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
awk -v os="$ours_s" -v ok="$ours_kb" -v ps="$prom_s" -v pk="$prom_kb" -v bytes="$bytes" 'BEGIN {
    mib = bytes / 1048576
    printf "payload %.1f MiB; median of the runs, whole process\n", mib
    printf "%-28s %8s %10s\n", "", "wall s", "peak MiB"
    printf "%-28s %8.2f %10.1f\n", "pitwall parser", os, ok / 1024
    printf "%-28s %8.2f %10.1f\n", "promtool check metrics", ps, pk / 1024
    printf "promtool / pitwall: %.1fx the time; pitwall peak / payload: %.2f\n", ps / os, ok / 1024 / mib
    exit !(ps / os >= 5 && ok / 1024 <= 2 * mib)
}'
