#!/usr/bin/env bash
# The window against every lab source for BENCH_MINUTES (30), the lab's Redis
# hung (SIGSTOP) from minute BENCH_HANG_FROM (5) to BENCH_HANG_UNTIL (10):
# the longest event-loop stall (from the window's own pitwall.eventloop log)
# and the resident memory every 30 s. Exits non-zero when a stall after the
# first 10 s (opening the window and its profile) reached 50 ms, or the window
# did not survive.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
minutes=${BENCH_MINUTES:-30}
hang_from=${BENCH_HANG_FROM:-5}
hang_until=${BENCH_HANG_UNTIL:-10}
size=${BENCH_SIZE:-1280x800}
env_file=$("$root/tests/lab/lab" env 2>/dev/null) || { echo "soak.sh: no lab running (tests/lab/lab start)" >&2; exit 2; }
# shellcheck disable=SC1090
source "$env_file"
cmake --build "$build" --target pitwall >/dev/null
redis_pid=$(cat "$PITWALL_LAB/run/redis.pid")

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
app=
xvfb=
cleanup() {
    kill -CONT "$redis_pid" 2>/dev/null || true
    kill "$app" "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
HOME=$work/home XDG_DATA_HOME=$work/home/.local/share DISPLAY=$display \
    QT_LOGGING_RULES='pitwall.eventloop.debug=true' QT_MESSAGE_PATTERN='%{time process} %{message}' \
    "$build/app/pitwall" --profile "$PITWALL_PROFILE" >"$work/app.log" 2>&1 &
app=$!

start=$(date +%s)
: >"$work/rss"
while (($(date +%s) - start < minutes * 60)); do
    elapsed=$(($(date +%s) - start))
    if ((elapsed >= hang_from * 60 && elapsed < hang_until * 60)); then
        kill -STOP "$redis_pid"
    else
        kill -CONT "$redis_pid"
    fi
    kill -0 "$app" 2>/dev/null || { echo "soak.sh: the window died after ${elapsed} s" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }
    echo "$elapsed $(awk '/^VmRSS/ {print $2}' "/proc/$app/status")" >>"$work/rss"
    sleep 30
done
kill -CONT "$redis_pid"
python3 - "$work" "$minutes" "$hang_from" "$hang_until" "$root/scripts/bench" <<'PY'
import re, sys
sys.path.insert(0, sys.argv[5])
from benchrow import row
work, minutes, hang_from, hang_until = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
stalls, minute_max = [], []
for line in open(f"{work}/app.log"):
    if m := re.search(r"([\d.]+) stall: (\d+) ms", line):
        stalls.append((float(m.group(1)), int(m.group(2))))
    if m := re.search(r"longest stall this minute: (-?\d+) ms", line):
        minute_max.append(int(m.group(1)))
rss = [tuple(map(int, l.split())) for l in open(f"{work}/rss") if len(l.split()) == 2]
print(f"{minutes} min against every lab source, Redis hung from minute {hang_from} to {hang_until}")
opening = [s for t, s in stalls if t < 10]
stalls = [(t, s) for t, s in stalls if t >= 10]
print(f"opening (first 10 s): longest stall {max(opening, default=0)} ms")
longest = max(minute_max[1:] + [s for _, s in stalls], default=0)
print(f"running: longest event-loop stall {longest} ms "
      f"({len(stalls)} over 50 ms{': ' + ', '.join(f'{s} ms at {t:.0f} s' for t, s in stalls[:10]) if stalls else ''})")
print("resident memory, MiB: " + ", ".join(f"{t // 60}m {kb / 1024:.1f}" for t, kb in rss[::4]))
later = [r for r in rss if r[0] >= 5 * 60]
if len(later) >= 2:
    (t0, k0), (t1, k1) = later[0], later[-1]
    print(f"from minute 5 on: {(k1 - k0) / 1024:+.1f} MiB in {(t1 - t0) / 60:.0f} min "
          f"({(k1 - k0) / 1024 / max(1, (t1 - t0) / 60):+.2f} MiB a minute)")
slope = "not measured"
if len(later) >= 2:
    slope = f"{(k1 - k0) / 1024 / max(1, (t1 - t0) / 60):+.2f} MiB a minute"
row(f"soak, {minutes} min, Redis hung minutes {hang_from}-{hang_until} (soak.sh)",
    f"longest stall {longest} ms; memory {slope}", "", f"{longest / 50:.2f} of the stall budget",
    "stall < 50 ms, memory flat", not stalls)
sys.exit(1 if stalls else 0)
PY
