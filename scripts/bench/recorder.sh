#!/usr/bin/env bash
# The session file per sample, and the time to write and read it back: the
# recorder's chunks against the rows of the older recorder, in one run.
# PITWALL_BENCH_SERIES (200) and PITWALL_BENCH_HOURS (2) set the size.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
cmake --build "$build" --target bench_recorder >/dev/null
"$build/tests/bench/bench_recorder" "$@"
