#!/usr/bin/env bash
# prometheus: the postgres, redis and pgbouncer targets are up (scrapes start
# after a random offset: allow ~40 s), and `up` answers for them.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

prom="http://127.0.0.1:$PROM_PORT"
curl -fsS --max-time 5 "$prom/-/ready" >/dev/null || fail "prometheus on 127.0.0.1:$PROM_PORT is not ready"

# targets_up: print "job=health" per active target; succeed when the three
# exporter jobs are all up
targets_up() {
    curl -fsS --max-time 5 "$prom/api/v1/targets" | python3 -c '
import json, sys
data = json.load(sys.stdin)["data"]["activeTargets"]
health = {t["labels"]["job"]: (t["health"], t.get("lastError", "")) for t in data}
need = ("postgres", "redis", "pgbouncer")
bad = [j for j in need if health.get(j, ("missing",))[0] != "up"]
for j in sorted(health):
    print(f"{j}={health[j][0]}" + (f" ({health[j][1]})" if bad and health[j][1] else ""))
sys.exit(1 if bad else 0)'
}
report=''
for _ in $(seq 40); do
    if report=$(targets_up 2>&1); then break; fi
    sleep 1
done
targets_up >/dev/null 2>&1 || fail "targets not up after 40 s: ${report//$'\n'/ }"
ok "targets: ${report//$'\n'/ }"

up=$(curl -fsS --max-time 5 "$prom/api/v1/query?query=up" | python3 -c '
import json, sys
res = json.load(sys.stdin)["data"]["result"]
print(" ".join(sorted(r["metric"]["job"] + "=" + r["value"][1] for r in res)))')
for job in postgres redis pgbouncer; do
    [[ " $up " == *" $job=1 "* ]] || fail "query up: $job is not 1 ($up)"
done
ok "query up: $up"

# numbers move: the samples prometheus ingests grow between two reads
samples() { metric "$prom/metrics" 'prometheus_tsdb_head_samples_appended_total{type="float"}'; }
s0=$(samples) || fail "prometheus /metrics has no prometheus_tsdb_head_samples_appended_total"
grew() { gt "$(samples)" "$s0"; }
retry 15 grew || fail "prometheus_tsdb_head_samples_appended_total stuck at $s0"
ok "samples appended: $s0 -> $(samples)"
