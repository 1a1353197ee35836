#!/usr/bin/env bash
# pgbouncer: more clients than the pool holds (pool size 4) make SHOW POOLS,
# read by the stats user pitwall_monitor, show cl_waiting > 0 and sv_active = 4.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

admin() {  # the admin console: simple protocol only, no transactions
    psql -X -w -q -A -F'|' -P footer=off -h 127.0.0.1 -p "$PGBOUNCER_PORT" \
        -U pitwall_monitor -d pgbouncer -c "$1"
}
# pool COLUMN: that column of SHOW POOLS for database lab, user lab_app
pool() {
    admin 'SHOW POOLS' | awk -F'|' -v col="$1" '
        NR == 1 { for (i = 1; i <= NF; i++) idx[$i] = i; next }
        $1 == "lab" && $2 == "lab_app" { print $idx[col]; found = 1 }
        END { if (!found) print 0 }'
}

admin 'SHOW VERSION' | grep -q PgBouncer || fail "pitwall_monitor cannot use the admin console on 127.0.0.1:$PGBOUNCER_PORT"
if admin 'PAUSE' >/dev/null 2>&1; then
    admin 'RESUME' >/dev/null 2>&1 || true
    fail "pitwall_monitor could PAUSE: it must be a stats user only"
fi
ok "pitwall_monitor reads the admin console and is not an admin"

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 8); do
    psql -X -w -qAt -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U lab_app -d lab \
        -c 'SELECT pg_sleep(3)' >/dev/null 2>&1 &
    pids+=($!)
done

saw=''
for _ in $(seq 25); do
    waiting=$(pool cl_waiting); active=$(pool sv_active)
    if [ "$waiting" -gt 0 ] && [ "$active" -eq 4 ]; then saw=1; break; fi
    sleep 0.1
done
[ -n "$saw" ] || fail "SHOW POOLS never showed cl_waiting > 0 with sv_active = 4 (last: cl_waiting=$waiting sv_active=$active)"
ok "pool pressure: cl_waiting=$waiting sv_active=$active maxwait_us=$(pool maxwait_us)"

for p in "${pids[@]}"; do
    wait "$p" || fail "a client through pgbouncer failed (see psql as lab_app on port $PGBOUNCER_PORT)"
done
pids=()
ok "all 8 clients finished through a pool of 4"
