#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer, ASan, UBSan) and runs one of
# them for a bounded time over its committed corpus. Exits non-zero on a finding.
#   tests/fuzz/run-fuzz.sh fuzz_redisinfo 60
set -euo pipefail
target=$1
seconds=${2:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${PITWALL_FUZZ_BUILD_DIR:-$here/../../build/fuzz}
corpus_name=${target#fuzz_}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "$target" >/dev/null

# New inputs go to a scratch corpus; the committed one is only read.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
"$build/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
    "$scratch" "$here/corpus/$corpus_name"
