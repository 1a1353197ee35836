#!/usr/bin/env bash
# pg2 / CDC: pausing the subscription makes the slot inactive and its lag
# grow; resuming makes it active again and the rows arrive on pg2.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

slot() {  # slot COLUMN-EXPR: read the lab_sub slot on pg as pitwall_monitor
    psql_monitor -c "SELECT $1 FROM pg_replication_slots WHERE slot_name = 'lab_sub'"
}
lag() { slot 'pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)'; }
active_is() { [ "$(slot active)" = "$1" ]; }

[ "$(psql_pg2 -c "SELECT subenabled FROM pg_subscription WHERE subname = 'lab_sub'")" = t ] ||
    fail "subscription lab_sub on pg2 is missing or disabled"
retry 10 active_is t || fail "slot lab_sub on pg is not active"
ok "slot lab_sub is active"

trap '"$LAB_TOOL" cdc resume >/dev/null 2>&1 || true' EXIT
"$LAB_TOOL" cdc pause >/dev/null || fail "lab cdc pause failed"
retry 15 active_is f || fail "slot lab_sub still active 15 s after lab cdc pause"
lag0=$(lag)

marker="smoke-cdc-$$-$RANDOM"
psql_app -c "INSERT INTO cdc_events (payload) SELECT '$marker' FROM generate_series(1, 1000)"
lag1=$(lag)
gt "$lag1" "$lag0" || fail "lag did not grow while paused: $lag0 -> $lag1 bytes"
[ "$(psql_pg2 -c "SELECT count(*) FROM cdc_events WHERE payload = '$marker'")" = 0 ] ||
    fail "rows reached pg2 while the subscription was disabled"
ok "paused: slot inactive, lag $lag0 -> $lag1 bytes, rows held back"

"$LAB_TOOL" cdc resume >/dev/null || fail "lab cdc resume failed"
trap - EXIT
retry 20 active_is t || fail "slot lab_sub not active 20 s after lab cdc resume"
arrived() { [ "$(psql_pg2 -c "SELECT count(*) FROM cdc_events WHERE payload = '$marker'")" = 1000 ]; }
retry 30 arrived || fail "the 1000 rows did not arrive on pg2 within 30 s of resume"
ok "resumed: slot active, 1000 rows on pg2, lag now $(lag) bytes"
