#!/usr/bin/env bash
# Every row of the performance budget in one run, side by side with its anchor
# and as a ratio: the store, the session file, decimation, the charts in the
# real window, the /metrics parser, CPU a poll, opening with history, and the
# soak. Needs the lab (tests/lab/lab start). Each script's own output goes to
# BENCH_LOGS (a new directory); the table is printed at the end, and the exit
# status is non-zero while any row misses its goal.
# BENCH_SKIP="soak" leaves scripts out (the soak alone takes BENCH_MINUTES, 30).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
logs=${BENCH_LOGS:-$(mktemp -d)}
mkdir -p "$logs"
export BENCH_SUMMARY=$logs/summary.tsv
: >"$BENCH_SUMMARY"
for script in store recorder exposition window poll-cpu open soak; do
    case " ${BENCH_SKIP:-} " in *" $script "*) continue ;; esac
    echo "bench: $script.sh (output in $logs/$script.log)" >&2
    before=$(wc -l <"$BENCH_SUMMARY")
    "$here/$script.sh" >"$logs/$script.log" 2>&1
    status=$?
    # A script that stopped before its numbers is a row too, never a silence.
    if [ "$(wc -l <"$BENCH_SUMMARY")" = "$before" ]; then
        "$here/benchrow.py" "$script.sh" "no result (exit $status; $logs/$script.log)" "" "" "" no
    fi
done
python3 - "$BENCH_SUMMARY" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
header = ["what", "now", "anchor", "ratio", "goal", "met"]
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
for r in [header] + rows:
    print(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
sys.exit(0 if rows and all(r[5] == "yes" for r in rows) else 1)
PY
