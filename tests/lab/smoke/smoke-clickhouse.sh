#!/usr/bin/env bash
# clickhouse: with merges stopped two INSERTs are two more active parts, and a
# query shows up in system.query_log after its flush (7.5 s).
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

version=$(ch 'SELECT version()') || fail "clickhouse on 127.0.0.1:$CH_HTTP_PORT does not answer"
ok "clickhouse $version answers"

# a partition of its own (an old date) so a running workload does not interfere
day=$(date -u -d "2001-01-01 + $((RANDOM % 3000)) days" +%F)
parts() {
    ch "SELECT count() FROM system.parts WHERE database = 'lab' AND table = 'small_parts' AND active AND partition_id = '${day//-/}'"
}
before=$(parts)
ch "INSERT INTO lab.small_parts VALUES ('$day', now(), 1, 'smoke')"
ch "INSERT INTO lab.small_parts VALUES ('$day', now(), 2, 'smoke')"
after=$(parts)
ch "ALTER TABLE lab.small_parts DROP PARTITION '$day'" || true
[ $((after - before)) -eq 2 ] || fail "active parts in partition $day went $before -> $after, expected +2 (merges stopped?)"
ok "two INSERTs: active parts $before -> $after"

marker="smoke_ch_$$_$RANDOM"
ch "SELECT '$marker' AS probe" >/dev/null
logged() {
    [ "$(ch "SELECT count() FROM system.query_log WHERE type = 2 AND query LIKE 'SELECT ''${marker}''%'" 2>/dev/null)" -ge 1 ]
}
retry 20 logged || fail "the probe query is not in system.query_log after 20 s (log_queries in the default settings profile?)"
ok "query_log has the probe query"
