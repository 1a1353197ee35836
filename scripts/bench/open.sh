#!/usr/bin/env bash
# Opening the dashboard on 6 h of Prometheus history: the time from the start of
# the process to the first frame painted with the backfilled history in it.
#
# Writes BENCH_HOURS (6) of history at 15 s for the metrics of Pitwall's default
# Prometheus panels (pools, cache hit rate, latency histograms, request rates,
# up) as OpenMetrics, turns it into TSDB blocks with promtool, starts a
# Prometheus of its own on them (loopback, a free port, no scrape targets), and
# opens `pitwall --window 6h` on a profile with that one source under Xvfb at
# BENCH_SIZE (1280x800), BENCH_RUNS (5) times, each with a fresh session file.
# Reads the window's own log (pitwall.session and pitwall.chart at debug level,
# stamped with the time since the process started). Exits non-zero when the
# median is over 1 s.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
hours=${BENCH_HOURS:-6}
runs=${BENCH_RUNS:-5}
size=${BENCH_SIZE:-1280x800}
cmake --build "$build" --target pitwall >/dev/null

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
prometheus_pid=
xvfb_pid=
cleanup() {
    kill "$prometheus_pid" "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

python3 - "$work/history.om" "$hours" <<'PY'
import math, random, sys, time
path, hours = sys.argv[1], float(sys.argv[2])
step = 15
end = int(time.time()) // step * step - 60
times = range(end - int(hours * 3600), end + 1, step)
random.seed(7)
instances = [f"10.0.0.{i}:8000" for i in range(1, 5)]
with open(path, "w") as out:
    def family(name, kind, series):  # series: [(labels, value at t)]
        out.write(f"# TYPE {name} {kind}\n")
        for labels, value in series:
            text = ",".join(f'{k}="{v}"' for k, v in labels.items())
            sample = name + ("_total" if kind == "counter" else "")
            for t in times:
                out.write(f"{sample}{{{text}}} {value(t):.6g} {t}\n")
    family("postgres_pool_size", "gauge",
           [({"job": "app", "instance": i, "pool": "main"}, lambda t: 20) for i in instances])
    family("postgres_pool_available", "gauge",
           [({"job": "app", "instance": i, "pool": "main"}, lambda t, k=k: 10 + 8 * math.sin(t / 900 + k))
            for k, i in enumerate(instances)])
    for kind, share in (("cache_hits", 0.93), ("cache_misses", 0.07)):
        family(kind, "counter",
               [({"job": "app", "instance": i, "cache_type": c}, lambda t, s=share: s * 50 * (t - times[0]))
                for i in instances for c in ("orders", "users", "sessions")])
    bounds = ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"]
    out.write("# TYPE app_request_duration_seconds histogram\n")
    for i in instances:
        for n, le in enumerate(bounds):
            share = min(1.0, (n + 1) / 9)
            for t in times:
                out.write(f'app_request_duration_seconds_bucket{{job="app",instance="{i}",le="{le}"}} '
                          f"{share * 40 * (t - times[0]):.6g} {t}\n")
    family("app_requests", "counter",
           [({"job": "app", "instance": i, "status": s}, lambda t, w=w: w * (t - times[0]))
            for i in instances for s, w in (("200", 40), ("500", 0.4))])
    family("up", "gauge", [({"job": "app", "instance": i}, lambda t: 1) for i in instances])
    out.write("# EOF\n")
PY
promtool tsdb create-blocks-from openmetrics "$work/history.om" "$work/tsdb" >/dev/null
printf 'global:\n  scrape_interval: 15s\nscrape_configs: []\n' >"$work/prometheus.yml"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
    --web.listen-address="127.0.0.1:$port" >"$work/prometheus.log" 2>&1 &
prometheus_pid=$!
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/-/ready" >/dev/null && break
    sleep 0.2
done
printf 'sources:\n  - name: history\n    kind: prometheus\n    url: http://127.0.0.1:%s\n' "$port" >"$work/open.yaml"

Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
for run in $(seq "$runs"); do
    rm -rf "${work:?}/home"
    HOME=$work/home XDG_DATA_HOME=$work/home/.local/share DISPLAY=$display \
        QT_LOGGING_RULES='pitwall.session.debug=true;pitwall.chart.debug=true' \
        QT_MESSAGE_PATTERN='%{time process} %{message}' \
        timeout 5 "$build/app/pitwall" --profile "$work/open.yaml" --window 6h >"$work/run$run.log" 2>&1 || true
done
python3 - "$work" "$runs" "$root/scripts/bench" <<'PY'
import re, statistics, sys
sys.path.insert(0, sys.argv[3])
from benchrow import row
work, runs = sys.argv[1], int(sys.argv[2])
firsts, frames, counts = [], [], []
for run in range(1, runs + 1):
    first = backfill = frame = None
    for line in open(f"{work}/run{run}.log"):
        m = re.match(r"\s*([\d.]+) (.*)", line)
        if not m:
            continue
        t, message = float(m.group(1)), m.group(2)
        if first is None and ": paint " in message:
            first = t
        b = re.match(r"backfill: (\d+) samples", message)
        if b and backfill is None:
            backfill = t
            counts.append(int(b.group(1)))
        if backfill is not None and frame is None and t >= backfill and ": paint " in message:
            frame = t
    if first is None or frame is None:
        sys.exit(f"run {run}: no frame with the backfill in its log:\n" + open(f"{work}/run{run}.log").read()[-2000:])
    firsts.append(first)
    frames.append(frame)
print(f"{runs} runs; samples backfilled: {counts[0]}; seconds since the process started, median (min-max)")
print(f"first frame                      {statistics.median(firsts):.3f} ({min(firsts):.3f}-{max(firsts):.3f})")
print(f"first frame with the backfill    {statistics.median(frames):.3f} ({min(frames):.3f}-{max(frames):.3f})")
row(f"first frame with 6 h of Prometheus history, median of {runs} (open.sh)", f"{statistics.median(frames):.2f} s",
    f"first frame without it {statistics.median(firsts):.2f} s", f"{statistics.median(frames) / statistics.median(firsts):.1f}x",
    "<= 1 s", statistics.median(frames) <= 1.0)
sys.exit(0 if statistics.median(frames) <= 1.0 else 1)
PY
