# shellcheck shell=bash
# PostgreSQL 15 (pg, pg2) and pgbouncer. Sourced by tests/lab/lab.

PG_BIN=/usr/lib/postgresql/15/bin

# PostgreSQL and pgbouncer refuse to run as root: as root they run as the
# postgres user; as anyone else, as that user.
if [ "$(id -u)" -eq 0 ]; then
    PG_OS_USER=postgres
    as_postgres() { runuser -u postgres -- "$@"; }
else
    PG_OS_USER=$(id -un)
    as_postgres() { "$@"; }
fi
PG_OS_GROUP=$(id -gn "$PG_OS_USER")

# psql as the superuser over the lab's unix socket (pg_hba: local trust).
psql_su() {  # psql_su PORT [psql args...]
    local port=$1; shift
    psql -X -q -v ON_ERROR_STOP=1 -h "$LAB/run" -p "$port" -U postgres "$@"
}

# init_cluster NAME PORT: initdb into $LAB/NAME with the lab's settings.
init_cluster() {
    local name=$1 port=$2 data="$LAB/$1"
    install -d -o "$PG_OS_USER" -g "$PG_OS_GROUP" -m 0700 "$data"
    as_postgres "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 \
        --locale=C --no-sync >>"$LAB/log/$name-initdb.log" 2>&1
    as_postgres tee "$data/pg_hba.conf" >/dev/null <<EOF
local all         all                            trust
# pitwall_local is reached only through the socket: a host-less URI, as on a Debian server
host  all         pitwall_local  127.0.0.1/32  reject
host  all         all            127.0.0.1/32  scram-sha-256
EOF
    as_postgres tee -a "$data/postgresql.conf" >/dev/null <<EOF

# ---- pitwall lab ----
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$LAB/run'
shared_preload_libraries = 'pg_stat_statements,pg_qualstats'
wal_level = logical
shared_buffers = 32MB
max_connections = 60
pg_stat_statements.max = 10000
pg_qualstats.sample_rate = 1
track_io_timing = on
log_min_messages = warning
log_checkpoints = off
log_line_prefix = '%m [%p] %q%u@%d '
# throwaway data: trade durability for a fast start
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

# start_cluster NAME PORT: start and wait until it accepts connections.
start_cluster() {
    local name=$1 port=$2 data="$LAB/$1"
    install -o "$PG_OS_USER" -g "$PG_OS_GROUP" -m 0644 /dev/null "$LAB/log/$name.log"
    ( cd "$LAB" && as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$LAB/log/$name.log" \
        -w -t 60 start ) >>"$LAB/log/$name-ctl.log" 2>&1
    head -n1 "$data/postmaster.pid" >"$LAB/run/$name.pid"
    wait_until 30 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"
}

start_pg() {
    init_cluster pg "$PG_PORT"
    start_cluster pg "$PG_PORT"
    # Passwords go through stdin (not argv), with statement logging and
    # pg_stat_statements' utility tracking off, so they land in no log and
    # in no view pitwall_monitor can read.
    psql_su "$PG_PORT" -d postgres <<EOF
SET log_min_error_statement = panic;
SET log_statement = none;
SET pg_stat_statements.track_utility = off;
CREATE ROLE pitwall_monitor LOGIN PASSWORD '$MONITOR_PASSWORD';
GRANT pg_monitor TO pitwall_monitor;
CREATE ROLE pitwall_local LOGIN;
GRANT pg_monitor TO pitwall_local;
CREATE ROLE lab_app LOGIN PASSWORD '$APP_PASSWORD';
EOF
    psql_su "$PG_PORT" -d postgres -c 'CREATE DATABASE lab OWNER lab_app'
    psql_su "$PG_PORT" -d lab -f "$LAB_SRC/schema-pg.sql" >>"$LAB/log/pg-schema.log" 2>&1
    # start from clean statistics: the setup is not the workload
    psql_su "$PG_PORT" -d lab -c 'SELECT pg_stat_statements_reset(), pg_qualstats_reset()' >/dev/null
}

start_pg2() {
    init_cluster pg2 "$PG2_PORT"
    start_cluster pg2 "$PG2_PORT"
    psql_su "$PG2_PORT" -d postgres -c 'CREATE DATABASE lab'
    psql_su "$PG2_PORT" -d lab -f "$LAB_SRC/schema-pg2.sql" >>"$LAB/log/pg2-schema.log" 2>&1
    # its own -c: CREATE SUBSCRIPTION creates a slot, not allowed in a transaction
    psql_su "$PG2_PORT" -d lab -c "CREATE SUBSCRIPTION lab_sub CONNECTION 'host=$LAB/run port=$PG_PORT dbname=lab user=postgres' PUBLICATION lab_pub" \
        >>"$LAB/log/pg2-schema.log" 2>&1
    wait_until 30 slot_active || { msg "slot lab_sub is not active on pg"; return 1; }
}

slot_active() {
    [ "$(psql_su "$PG_PORT" -d lab -Atc "SELECT active FROM pg_replication_slots WHERE slot_name = 'lab_sub'")" = t ]
}

start_pgbouncer() {
    local dir="$LAB/pgbouncer"
    install -d -o "$PG_OS_USER" -g "$PG_OS_GROUP" -m 0700 "$dir"
    install -o "$PG_OS_USER" -g "$PG_OS_GROUP" -m 0600 /dev/null "$dir/userlist.txt"
    # plain-text passwords: pgbouncer needs them to log in to pg with SCRAM
    printf '"lab_app" "%s"\n"pitwall_monitor" "%s"\n' "$APP_PASSWORD" "$MONITOR_PASSWORD" \
        >"$dir/userlist.txt"
    install -o "$PG_OS_USER" -g "$PG_OS_GROUP" -m 0644 /dev/null "$LAB/log/pgbouncer.log"
    as_postgres tee "$dir/pgbouncer.ini" >/dev/null <<EOF
[databases]
lab = host=127.0.0.1 port=$PG_PORT dbname=lab
; configured, and never used by any client: SHOW POOLS does not list it
lab_idle = host=127.0.0.1 port=$PG_PORT dbname=lab pool_size=2

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
pool_mode = transaction
default_pool_size = 4
max_client_conn = 100
stats_users = pitwall_monitor
admin_users = lab_app
ignore_startup_parameters = extra_float_digits
logfile = $LAB/log/pgbouncer.log
pidfile = $LAB/run/pgbouncer.pid
log_connections = 0
log_disconnections = 0
EOF
    ( cd "$LAB" && as_postgres pgbouncer -d "$dir/pgbouncer.ini" ) >>"$LAB/log/pgbouncer.log" 2>&1
    wait_up pgbouncer 15 pgbouncer_ready
}

pgbouncer_ready() {
    [ -n "$(pid_of pgbouncer)" ] && port_listening "$PGBOUNCER_PORT" &&
        PGPASSFILE="$LAB/pgpass" psql -X -q -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U pitwall_monitor \
            -d pgbouncer -c 'SHOW VERSION' >/dev/null 2>&1
}
