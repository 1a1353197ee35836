#!/usr/bin/env bash
# redis cluster: three primaries on loopback that cover every slot, with
# their bus ports where lab.env says; a key written through one node is read
# back through another (redirects), and CLUSTER NODES lists all three.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

IFS=, read -r -a ports <<<"${REDIS_CLUSTER_PORTS:-}"
[ ${#ports[@]} -eq 3 ] || fail "REDIS_CLUSTER_PORTS='${REDIS_CLUSTER_PORTS:-}', expected three ports"

for p in "${ports[@]}"; do
    info=$(redis-cli -h 127.0.0.1 -p "$p" CLUSTER INFO | tr -d '\r')
    for want in cluster_state:ok cluster_slots_assigned:16384 cluster_known_nodes:3 cluster_size:3; do
        grep -qx "$want" <<<"$info" || fail "node 127.0.0.1:$p: no '$want' in CLUSTER INFO"
    done
done
ok "three nodes, cluster_state:ok, all 16384 slots assigned"

nodes=$(redis-cli -h 127.0.0.1 -p "${ports[0]}" CLUSTER NODES)
for i in 1 2 3; do
    p=${ports[$((i - 1))]} bus=REDIS_CLUSTER_BUS_PORT$i
    grep -q " 127.0.0.1:$p@${!bus} [a-z,]*master " <<<"$nodes" \
        || fail "CLUSTER NODES has no primary 127.0.0.1:$p@${!bus}: $nodes"
    others=$(ss -ltnH "sport = :${!bus}" | awk '$4 !~ /^127\.0\.0\.1:/ { print $4 }')
    [ -z "$others" ] || fail "bus port ${!bus} also listens on $others"
done
ok "CLUSTER NODES lists the three primaries with the lab's bus ports (loopback only)"

key="smoke:cluster:$$"
[ "$(redis-cli -c -h 127.0.0.1 -p "${ports[0]}" SET "$key" v1 | tail -n1)" = OK ] || fail "SET through ${ports[0]}"
[ "$(redis-cli -c -h 127.0.0.1 -p "${ports[2]}" GET "$key" | tail -n1)" = v1 ] || fail "GET through ${ports[2]}"
redis-cli -c -h 127.0.0.1 -p "${ports[1]}" DEL "$key" >/dev/null
ok "a key set through one node reads back through another"
