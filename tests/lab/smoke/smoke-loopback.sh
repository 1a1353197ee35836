#!/usr/bin/env bash
# loopback: every process of the lab (the pidfiles' servers and their
# children) listens only on 127.0.0.1 or a unix socket.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

descendants() {
    local k
    for k in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$k"; descendants "$k"; done
}

declare -A lab_pid=()   # pid -> server name
for f in "$PITWALL_LAB"/run/*.pid; do
    [ -s "$f" ] || continue
    name=$(basename "$f" .pid)
    pid=$(head -n1 "$f" | tr -dc '0-9')
    kill -0 "$pid" 2>/dev/null || fail "$name (pid $pid from $f) is not running"
    lab_pid[$pid]=$name
    for k in $(descendants "$pid"); do lab_pid[$k]=$name; done
done
[ ${#lab_pid[@]} -gt 0 ] || fail "no pidfiles in $PITWALL_LAB/run"

declare -A listens=()   # server name -> its listening addresses
bad=''
while read -r proto local users; do
    for pid in $(grep -o 'pid=[0-9]*' <<<"$users" | cut -d= -f2 | sort -u); do
        name=${lab_pid[$pid]:-}
        [ -n "$name" ] || continue
        listens[$name]+="$local "
        [[ "$local" == 127.0.0.1:* ]] || bad+="$name ($proto $local) "
    done
done < <(ss -ltunpH | awk '{ print $1, $5, $7 }')
[ -z "$bad" ] || fail "lab processes listening beyond loopback: $bad"

for f in "$PITWALL_LAB"/run/*.pid; do
    name=$(basename "$f" .pid)
    [ -n "${listens[$name]:-}" ] || fail "$name has no TCP listener: is its pid right?"
done
for name in $(printf '%s\n' "${!listens[@]}" | sort); do
    ok "$name listens on ${listens[$name]}"
done

# and nothing at all (lab or not) on the lab's ports beyond 127.0.0.1
for var in PG_PORT PG2_PORT PGBOUNCER_PORT REDIS_PORT CH_HTTP_PORT CH_TCP_PORT PROM_PORT \
           PG_EXPORTER_PORT REDIS_EXPORTER_PORT PGBOUNCER_EXPORTER_PORT; do
    port=${!var}
    others=$(ss -ltnH "sport = :$port" | awk '$4 !~ /^127\.0\.0\.1:/ { print $4 }')
    [ -z "$others" ] || fail "$var $port also listens on $others"
done
ok "no lab port listens beyond 127.0.0.1"
