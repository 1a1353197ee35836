#!/usr/bin/env bash
# Paint time and points handed to a chart for 24 h of 1 s data across 8 series:
# decimated through the panel vs. the raw points fed to the same chart.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
cmake --build "$build" --target bench_chart >/dev/null
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_chart" --benchmark_counters_tabular=true "$@"
