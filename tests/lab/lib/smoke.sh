# shellcheck shell=bash disable=SC2034
# Sourced by every smoke test: find the running lab, load lab.env, helpers.
#
# The lab is $PITWALL_LAB if set, else the one named in $PITWALL_LAB_POINTER
# (default /tmp/pitwall-lab.current).
# No lab: exit 77 (skip), unless $CI is set — then it is a failure.
set -euo pipefail

SMOKE=$(basename "$0" .sh)
LAB_TOOL=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lab

fail() { echo "$SMOKE: FAIL: $*" >&2; exit 1; }
ok()   { echo "$SMOKE: ok: $*"; }
# a command failing outside a check still says where
trap 'echo "$SMOKE: FAIL: line $LINENO: $BASH_COMMAND (exit $?)" >&2' ERR

_lab=${PITWALL_LAB:-}
_pointer=${PITWALL_LAB_POINTER:-/tmp/pitwall-lab.current}
if [ -z "$_lab" ] && [ -f "$_pointer" ]; then
    _lab=$(head -n1 "$_pointer")
fi
if [ -z "$_lab" ] || [ ! -f "$_lab/lab.env" ]; then
    [ -n "${CI:-}" ] && fail "no lab running (start one with tests/lab/lab start)"
    echo "$SMOKE: SKIP: no lab running (tests/lab/lab start)"
    exit 77
fi
# shellcheck disable=SC1091
source "$_lab/lab.env"
unset _lab

# retry SECONDS CMD...: run CMD every 0.5 s until it succeeds.
retry() {
    local secs=$1 i; shift
    for ((i = 0; i < secs * 2; i++)); do
        "$@" && return 0
        sleep 0.5
    done
    return 1
}

# psql as pitwall_monitor / lab_app over TCP, passwords from $PGPASSFILE;
# -w: never prompt, a missing password is an error.
psql_monitor() { psql -X -w -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U pitwall_monitor -d lab "$@"; }
psql_app()     { psql -X -w -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U lab_app -d lab "$@"; }
# the subscriber, as superuser over its unix socket
psql_pg2()     { psql -X -qAt -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG2_PORT" -U postgres -d lab "$@"; }

ch() { curl -fsS --max-time 10 --data-binary "$1" "http://127.0.0.1:$CH_HTTP_PORT/"; }

# metric URL SERIES: the value of the first sample on a /metrics page whose
# name{labels} is SERIES exactly, or matches it when SERIES starts with ^
metric() {
    curl -fsS --max-time 5 "$1" | awk -v m="$2" '
        !found && (substr(m, 1, 1) == "^" ? $1 ~ m : $1 == m) { print $2; found = 1 }
        END { if (!found) exit 1 }'
}

# gt A B: A > B, as numbers (exporters print floats like 1.5e+06)
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 > b + 0) }'; }
# grew_by OLD NEW N: NEW - OLD >= N
grew_by() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { exit !(b - a >= n) }'; }
