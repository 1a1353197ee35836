#!/usr/bin/env bash
# redis: thousands of GETs of existing and missing keys (through redis-cli's
# stdin) raise both keyspace_hits and keyspace_misses.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

rcli() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"; }
stat() { rcli INFO stats | tr -d '\r' | awk -F: -v k="$1" '$1 == k { print $2 }'; }

[ "$(rcli PING)" = PONG ] || fail "redis on 127.0.0.1:$REDIS_PORT does not answer PING"
[ "$(rcli CONFIG GET maxmemory-policy | tail -n1)" = allkeys-lru ] || fail "maxmemory-policy is not allkeys-lru"
ok "redis answers, maxmemory-policy allkeys-lru"

prefix="smoke:redis:$$"
for i in $(seq 100); do echo "SET $prefix:$i v$i"; done | rcli >/dev/null
hits0=$(stat keyspace_hits); misses0=$(stat keyspace_misses)
{
    for i in $(seq 3000); do echo "GET $prefix:$((i % 100 + 1))"; done
    for i in $(seq 2000); do echo "GET $prefix:missing:$i"; done
} | rcli >/dev/null
hits1=$(stat keyspace_hits); misses1=$(stat keyspace_misses)
for i in $(seq 100); do echo "DEL $prefix:$i"; done | rcli >/dev/null

[ $((hits1 - hits0)) -ge 3000 ] || fail "keyspace_hits went $hits0 -> $hits1, expected +3000"
[ $((misses1 - misses0)) -ge 2000 ] || fail "keyspace_misses went $misses0 -> $misses1, expected +2000"
ok "keyspace_hits $hits0 -> $hits1, keyspace_misses $misses0 -> $misses1"
