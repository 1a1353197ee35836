#!/usr/bin/env bash
# CPU a poll: Pitwall's Redis and PostgreSQL collectors beside Debian's
# exporters of the same servers (prometheus-redis-exporter,
# prometheus-postgres-exporter), on the running lab.
#
# Pitwall: `pitwall serve` on a profile with that one source, polling every
# 500 ms; its CPU time (every thread's, from /proc/PID/task/*/schedstat) over
# BENCH_POLLS (100) polls after a warm-up, idle time between polls included.
# Exporter: an exporter of our own on a free port, scraped BENCH_POLLS times in a
# row after a warm-up; its CPU time the same way. Prints both per poll and their
# ratio; exits non-zero when Pitwall spends over a tenth of the exporter's.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
env_file=$("$root/tests/lab/lab" env 2>/dev/null) || { echo "poll-cpu.sh: no lab running (tests/lab/lab start)" >&2; exit 2; }
# shellcheck disable=SC1090
source "$env_file"
cmake --build "$build" --target pitwall >/dev/null
exec python3 - "$build/app/pitwall" "${BENCH_POLLS:-100}" "$root/scripts/bench" <<'PY'
import os, signal, socket, subprocess, sys, tempfile, time, urllib.request
sys.path.insert(0, sys.argv[3])
from benchrow import row

pitwall, polls = sys.argv[1], int(sys.argv[2])
env = os.environ
interval = 0.5


def cpu_seconds(pid):
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                total += int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread that ended between the listing and the read
    return total / 1e9


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
        return answer.read()


def wait_for(port):
    for _ in range(100):
        try:
            return scrape(port)
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing answers on port {port}")


def monitor_password():
    with open(env["PGPASSFILE"]) as f:
        for line in f:
            host, port, _, user, password = line.rstrip("\n").split(":", 4)
            if port == env["PG_PORT"] and user == env["PG_MONITOR_USER"]:
                return password
    raise SystemExit("no password for the monitoring role in PGPASSFILE")


def pitwall_per_poll(kind, url, work):
    profile = os.path.join(work, f"{kind}.yaml")
    with open(profile, "w") as f:
        f.write(f"interval: {int(interval * 1000)}ms\nsources:\n  - name: bench\n    kind: {kind}\n    url: {url}\n")
    child_env = dict(env, HOME=work, XDG_DATA_HOME=os.path.join(work, "data"))
    process = subprocess.Popen([pitwall, "serve", "--profile", profile, "--listen", f"127.0.0.1:{free_port()}"],
                               env=child_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(5)  # started, connected, a few polls behind it
        before = cpu_seconds(process.pid)
        time.sleep(polls * interval)
        return (cpu_seconds(process.pid) - before) / polls
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def exporter_per_scrape(command, extra_env):
    port = free_port()
    process = subprocess.Popen([a.replace("PORT", str(port)) for a in command], env=dict(env, **extra_env),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port)
        for _ in range(5):
            scrape(port)
        before = cpu_seconds(process.pid)
        for _ in range(polls):
            scrape(port)
        return (cpu_seconds(process.pid) - before) / polls
    finally:
        process.terminate()
        process.wait(timeout=30)


with tempfile.TemporaryDirectory() as work:
    pg_url = f"postgresql://{env['PG_MONITOR_USER']}@127.0.0.1:{env['PG_PORT']}/{env['PG_DATABASE']}"
    rows = [
        ("redis", pitwall_per_poll("redis", f"redis://127.0.0.1:{env['REDIS_PORT']}/0", work),
         exporter_per_scrape(["prometheus-redis-exporter", f"-redis.addr=redis://127.0.0.1:{env['REDIS_PORT']}",
                              "-web.listen-address=127.0.0.1:PORT"], {})),
        ("postgres", pitwall_per_poll("postgres", pg_url, work),
         exporter_per_scrape(["prometheus-postgres-exporter", "--web.listen-address=127.0.0.1:PORT",
                              "--log.level=warn"],
                             {"DATA_SOURCE_NAME": f"postgresql://{env['PG_MONITOR_USER']}:{monitor_password()}"
                                                  f"@127.0.0.1:{env['PG_PORT']}/{env['PG_DATABASE']}?sslmode=disable"})),
    ]

print(f"CPU a poll, {polls} polls each (Pitwall every {interval * 1000:.0f} ms, idle time included)")
print(f"{'source':10} {'pitwall ms':>11} {'exporter ms':>12} {'ratio':>7}")
worst = 0
for kind, ours, theirs in rows:
    ratio = ours / theirs
    worst = max(worst, ratio)
    print(f"{kind:10} {ours * 1000:11.3f} {theirs * 1000:12.3f} {ratio:7.3f}")
    exporter = {"redis": "prometheus-redis-exporter", "postgres": "prometheus-postgres-exporter"}[kind]
    row(f"CPU a {kind} poll, {polls} polls (poll-cpu.sh)", f"{ours * 1000:.3f} ms",
        f"{exporter} {theirs * 1000:.3f} ms a scrape", f"{ratio:.2f}x", "<= 0.1x", ratio <= 0.1)
sys.exit(0 if worst <= 0.1 else 1)
PY
