# shellcheck shell=bash disable=SC2034
# Helpers shared by the lab script: messages, ports, processes, waiting.
# Sourced by tests/lab/lab; expects LAB to be set by the caller where noted.

# Which lab is "the" lab: one pointer file per machine, or another one for a
# second lab beside it (PITWALL_LAB_POINTER).
LAB_POINTER=${PITWALL_LAB_POINTER:-/tmp/pitwall-lab.current}
LAB_MARKER=.pitwall-lab          # file in every lab dir: "pid of the start"

msg()  { printf 'lab: %s\n' "$*" >&2; }
warn() { printf 'lab: warning: %s\n' "$*" >&2; }
die()  { printf 'lab: %s\n' "$*" >&2; exit 1; }

# A random alphanumeric secret; never printed.
gen_password() {
    local pw=''
    while [ ${#pw} -lt 32 ]; do
        pw+=$(head -c 64 /dev/urandom | tr -dc 'A-Za-z0-9')
    done
    printf '%s' "${pw:0:32}"
}

# pick_ports N: N distinct loopback ports that nothing listens on, outside the
# kernel's ephemeral range so an outgoing connection cannot steal one.
pick_ports() {
    python3 - "$1" <<'EOF'
import random, socket, sys
n = int(sys.argv[1])
lo, hi = 20000, 32000
chosen, held = [], []
while len(chosen) < n:
    p = random.randint(lo, hi)
    if p in chosen:
        continue
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", p))
    except OSError:
        s.close()
        continue
    held.append(s)
    chosen.append(p)
print(" ".join(map(str, chosen)))
EOF
}

# launch NAME CMD...: run CMD in its own session from $LAB, stdout/stderr to
# $LAB/log/NAME.log, its pid written by the process itself to $LAB/run/NAME.pid
# (LAB-NOTES: `$!` of a setsid in a subshell is not the server's pid).
launch() {
    local name=$1; shift
    # shellcheck disable=SC2016  # $$ and $@ belong to the inner bash
    ( cd "$LAB" && exec setsid bash -c 'echo $$ > "$0"; exec "$@"' \
        "$LAB/run/$name.pid" "$@" </dev/null >>"$LAB/log/$name.log" 2>&1 ) &
    local i
    for i in $(seq 50); do
        [ -s "$LAB/run/$name.pid" ] && return 0
        sleep 0.1
    done
    msg "$name: no pidfile after 5 s"
    return 1
}

pid_of() {  # pid_of NAME -> pid from $LAB/run/NAME.pid (empty if none)
    local f="$LAB/run/$1.pid"
    [ -s "$f" ] && head -n1 "$f" | tr -dc '0-9'
    return 0
}

# alive PID: running, and not a zombie (pid 1 here reaps exited orphans only
# every second or two; a zombie has exited and holds no port).
alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
    [ "$(sed -n 's/^State:[[:space:]]*\(.\).*/\1/p' "/proc/$1/status" 2>/dev/null)" != Z ]
}

# Is process $1 a server of lab dir $2? Every server runs with its working
# directory in the lab (launch cds there; postgres and redis chdir into their
# data dirs), and is one of the lab's programs — so a client that merely
# names the lab (`pitwall --profile $LAB/profile.yaml`) or a shell cd'd into
# it is never taken for one.
belongs_to_lab() {
    local pid=$1 dir=$2 cwd exe
    alive "$pid" || return 1
    cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || return 1
    [[ "$cwd" == "$dir" || "$cwd" == "$dir"/* ]] || return 1
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
    exe=${exe% (deleted)}  # a binary rebuilt while its process runs
    case ${exe##*/} in
        postgres|pgbouncer|redis-server|redis-check-rdb|clickhouse|clickhouse-server|prometheus*|pitwall-lab-workload)
            return 0 ;;
        python3*)
            tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF pgbouncer-exporter-shim ;;
        *) return 1 ;;
    esac
}

# Every process that belongs to lab dir $1, except this script and its parents.
lab_processes() {
    local dir=$1 p self=" $$ $BASHPID " q
    q=$$
    while [ "$q" -gt 1 ] 2>/dev/null; do
        self+="$q "
        q=$(ps -o ppid= -p "$q" 2>/dev/null | tr -d ' ') || break
    done
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        [[ "$self" == *" $p "* ]] && continue
        belongs_to_lab "$p" "$dir" && echo "$p"
    done
    return 0
}

no_lab_processes() { [ -z "$(lab_processes "$1")" ]; }

# descendants PID: all pids below PID (children, grandchildren...).
descendants() {
    local kids k
    kids=$(ps -o pid= --ppid "$1" 2>/dev/null || true)
    for k in $kids; do
        echo "$k"
        descendants "$k"
    done
}

STOPPED_PIDS=()

# gone PID...: none of the pids exists any more, not even as a zombie
gone() {
    local p
    for p in "$@"; do [ -e "/proc/$p" ] && return 1; done
    return 0
}

# stop_pid NAME PID SIGNAL: signal, wait up to 15 s, then SIGKILL the process
# and whatever children it left.
stop_pid() {
    local name=$1 pid=$2 sig=$3 kids=() left=() k i
    alive "$pid" || return 0
    mapfile -t kids < <(descendants "$pid")
    kill -"$sig" "$pid" 2>/dev/null || true
    for i in $(seq 150); do
        alive "$pid" || break
        sleep 0.1
    done
    STOPPED_PIDS+=("$pid" "${kids[@]}")
    if alive "$pid"; then
        warn "$name (pid $pid) did not stop after 15 s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    # children that outlive their parent (postgres backends, pgbouncer)
    for i in $(seq 50); do
        left=()
        for k in "${kids[@]}"; do alive "$k" && left+=("$k"); done
        [ ${#left[@]} -eq 0 ] && break
        if [ "$i" -eq 30 ]; then kill -KILL "${left[@]}" 2>/dev/null || true; fi
        sleep 0.1
    done
    return 0
}

# wait_until SECONDS CMD...: retry CMD every 0.2 s until it succeeds.
wait_until() {
    local secs=$1 i; shift
    for i in $(seq $((secs * 5))); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}

# wait_up NAME SECONDS CMD...: like wait_until, but give up as soon as the
# server NAME (its pidfile) has exited.
wait_up() {
    local name=$1 secs=$2 i pid; shift 2
    for i in $(seq $((secs * 5))); do
        "$@" >/dev/null 2>&1 && return 0
        pid=$(pid_of "$name")
        if [ -n "$pid" ] && ! alive "$pid"; then
            msg "$name exited during start"
            return 1
        fi
        sleep 0.2
    done
    msg "$name did not answer within $secs s"
    return 1
}

port_listening() { [ -n "$(ss -ltnH "sport = :$1" 2>/dev/null)" ]; }
port_free() { ! port_listening "$1"; }

http_ok() { curl -fsS --max-time 2 -o /dev/null "$1"; }
