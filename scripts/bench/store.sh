#!/usr/bin/env bash
# Memory per sample, decimation and read-back of 200 series × 24 h × 1 s: the
# compressed store against the plain one, zstd, and one min/max pass over the
# raw doubles. PITWALL_BENCH_SESSION=<session file> takes the series' shapes
# from a real recording.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
cmake --build "$build" --target bench_store >/dev/null
"$build/tests/bench/bench_store" --benchmark_counters_tabular=true "$@"
