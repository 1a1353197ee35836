#!/usr/bin/env bash
# exporters: each /metrics answers with its characteristic metric, and a
# counter it exports moves when the server is used.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

pg_url="http://127.0.0.1:$PG_EXPORTER_PORT/metrics"
redis_url="http://127.0.0.1:$REDIS_EXPORTER_PORT/metrics"
pgb_url="http://127.0.0.1:$PGBOUNCER_EXPORTER_PORT/metrics"

# -- postgres-exporter
v=$(metric "$pg_url" pg_up) || fail "postgres exporter ($pg_url) has no pg_up"
[ "$v" = 1 ] || fail "pg_up is $v: the exporter cannot reach pg as pitwall_monitor"
commits() { metric "$pg_url" '^pg_stat_database_xact_commit\{.*datname="lab"'; }
c0=$(commits) || fail "postgres exporter has no pg_stat_database_xact_commit for lab"
for _ in 1 2 3 4 5; do psql_app -c 'SELECT 1' >/dev/null; done
moved() { gt "$(commits)" "$c0"; }
retry 10 moved || fail "pg_stat_database_xact_commit{datname=lab} stuck at $c0"
ok "postgres exporter: pg_up 1, xact_commit(lab) $c0 -> $(commits)"

# -- redis-exporter
v=$(metric "$redis_url" redis_up) || fail "redis exporter ($redis_url) has no redis_up"
[ "$v" = 1 ] || fail "redis_up is $v"
misses() { metric "$redis_url" redis_keyspace_misses_total; }
m0=$(misses)
for i in $(seq 50); do echo "GET smoke:exporters:missing:$i"; done |
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" >/dev/null
m1=$(misses)
grew_by "$m0" "$m1" 50 || fail "redis_keyspace_misses_total went $m0 -> $m1, expected +50"
ok "redis exporter: redis_up 1, keyspace misses $m0 -> $m1"

# -- pgbouncer exporter (Debian's 1.7 has no pgbouncer_up: it answers only
# while its connection to the admin console works; pool_size is its own)
v=$(metric "$pgb_url" 'pgbouncer_pool_size{database="lab"}') ||
    fail "pgbouncer exporter ($pgb_url) has no pgbouncer_pool_size for lab"
[ "$v" = 4 ] || [ "$v" = 4.0 ] || fail "pgbouncer_pool_size{lab} is $v, expected 4"
metric "$pgb_url" pgbouncer_pools >/dev/null || fail "pgbouncer exporter has no pgbouncer_pools"
clients() { metric "$pgb_url" pgbouncer_used_clients; }
u0=$(clients)
psql -X -w -qAt -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U lab_app -d lab -c 'SELECT pg_sleep(2)' >/dev/null &
sleeper=$!
busy() { gt "$(clients)" "$u0"; }
retry 3 busy || { kill "$sleeper" 2>/dev/null; fail "pgbouncer_used_clients stuck at $u0 while a client is connected"; }
u1=$(clients)
wait "$sleeper" || true
ok "pgbouncer exporter: pool_size(lab) 4, used_clients $u0 -> $u1 with one more client"
