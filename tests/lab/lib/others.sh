# shellcheck shell=bash disable=SC2034
# Redis, ClickHouse, the exporters, Prometheus and the workload.
# Sourced by tests/lab/lab.

# DEBUG (for DEBUG SLEEP, a slow command on demand) only from loopback clients.
start_redis() {
    mkdir -p "$LAB/redis"
    launch redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" \
        --save '' --appendonly no --daemonize no --dir "$LAB/redis" \
        --maxmemory 64mb --maxmemory-policy allkeys-lru --enable-debug-command local
    wait_up redis 15 redis_ready
    # A monitoring ACL user, allowed what Pitwall sends and nothing else. Its
    # password goes through redis-cli's standard input (printf is a builtin),
    # never on a command line; it is written only to $LAB/redis-acl-password.
    printf 'ACL SETUSER %s reset on >%s -@all +@connection +info +slowlog +cluster|nodes\n' \
        pitwall "$REDIS_ACL_PASSWORD" | redis-cli -h 127.0.0.1 -p "$REDIS_PORT" | grep -qx OK
}

redis_ready_on() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]; }
redis_ready() { redis_ready_on "$REDIS_PORT"; }

# ---- Redis Cluster: three primaries, no replicas ---------------------------

cluster_port() {  # cluster_port redis_clusterN -> its client port
    local var=REDIS_CLUSTER_PORT${1#redis_cluster}
    echo "${!var}"
}

cluster_ok_on() {
    redis-cli -h 127.0.0.1 -p "$1" CLUSTER INFO 2>/dev/null | tr -d '\r' | grep -qx 'cluster_state:ok'
}

cluster_ok() {
    local i
    for i in 1 2 3; do cluster_ok_on "$(cluster_port "redis_cluster$i")" || return 1; done
}

# The bus ports are chosen like the others (--cluster-port), not port + 10000,
# which may fall in the kernel's ephemeral range.
start_redis_cluster() {
    local i port bus dir
    for i in 1 2 3; do
        CURRENT=redis_cluster$i
        port=$(cluster_port "redis_cluster$i")
        bus=REDIS_CLUSTER_BUS_PORT$i
        dir="$LAB/redis-cluster/$i"
        mkdir -p "$dir"
        launch "redis_cluster$i" redis-server --bind 127.0.0.1 --port "$port" --cluster-enabled yes \
            --cluster-port "${!bus}" --cluster-config-file "$dir/nodes.conf" --cluster-node-timeout 5000 \
            --save '' --appendonly no --daemonize no --dir "$dir" \
            --maxmemory 32mb --maxmemory-policy allkeys-lru --enable-debug-command local
    done
    for i in 1 2 3; do
        CURRENT=redis_cluster$i
        wait_up "redis_cluster$i" 15 redis_ready_on "$(cluster_port "redis_cluster$i")"
    done
    # Joining takes redis-cli ~3 s of waiting: it goes on while the other servers start.
    redis-cli --cluster create "127.0.0.1:$REDIS_CLUSTER_PORT1" "127.0.0.1:$REDIS_CLUSTER_PORT2" \
        "127.0.0.1:$REDIS_CLUSTER_PORT3" --cluster-replicas 0 --cluster-yes \
        </dev/null >>"$LAB/log/redis_cluster.log" 2>&1 &
    CLUSTER_CREATE_PID=$!
}

finish_redis_cluster() {
    CURRENT=redis_cluster
    wait "$CLUSTER_CREATE_PID" || { msg "redis-cli --cluster create failed"; return 1; }
    wait_until 20 cluster_ok || { msg "the Redis Cluster did not reach cluster_state:ok"; return 1; }
}

# ---- ClickHouse ----------------------------------------------------------

ch_query() {  # ch_query SQL: run over HTTP, print the answer
    curl -fsS --max-time 10 --data-binary "$1" "http://127.0.0.1:$CH_HTTP_PORT/"
}

# Copy Debian's config.xml/users.xml with paths into $LAB/clickhouse, lab
# ports, 127.0.0.1 only, and query logging in the *settings profile* default.
write_clickhouse_config() {
    local dir="$LAB/clickhouse"
    mkdir -p "$dir/data/tmp" "$dir/data/user_files" "$dir/data/format_schemas"
    python3 - "$dir" "$LAB/log" "$CH_HTTP_PORT" "$CH_TCP_PORT" "$CH_INTERSERVER_PORT" <<'EOF'
import sys
import xml.etree.ElementTree as ET
d, logdir, http, tcp, inter = sys.argv[1:]

cfg = ET.parse("/etc/clickhouse-server/config.xml")
root = cfg.getroot()
def put(tag, text, parent=root):
    el = parent.find(tag)
    if el is None:
        el = ET.SubElement(parent, tag)
    el.text = text
put("logger/log", f"{logdir}/clickhouse.log")
put("logger/errorlog", f"{logdir}/clickhouse.err.log")
put("http_port", http)
put("tcp_port", tcp)
put("interserver_http_port", inter)
put("interserver_http_host", "127.0.0.1")
for tag in ("https_port", "tcp_port_secure", "mysql_port", "listen_host"):
    for el in root.findall(tag):
        root.remove(el)
ET.SubElement(root, "listen_host").text = "127.0.0.1"
put("path", f"{d}/data/")
put("tmp_path", f"{d}/data/tmp/")
put("user_files_path", f"{d}/data/user_files/")
put("format_schema_path", f"{d}/data/format_schemas/")
put("users_config", f"{d}/users.xml")
put("mark_cache_size", str(256 << 20))
# no cluster and no substitutions file: drop the sections filled from one
# (remote_servers, zookeeper, macros, compression), which only log "Include not found"
for el in list(root):
    if "incl" in el.attrib:
        root.remove(el)
cfg.write(f"{d}/config.xml")

users = ET.parse("/etc/clickhouse-server/users.xml")
uroot = users.getroot()
profile = uroot.find("profiles/default")
ET.SubElement(profile, "log_queries").text = "1"
nets = uroot.find("users/default/networks")
for el in uroot.iter():
    el.attrib.pop("incl", None)
for el in list(nets):
    nets.remove(el)
ET.SubElement(nets, "ip").text = "127.0.0.1"
users.write(f"{d}/users.xml")
EOF
}

start_clickhouse() {
    write_clickhouse_config
    launch clickhouse clickhouse-server --config-file="$LAB/clickhouse/config.xml"
    wait_up clickhouse 60 clickhouse_ready
    ch_query "CREATE DATABASE IF NOT EXISTS lab"
    ch_query "CREATE TABLE IF NOT EXISTS lab.small_parts (d Date, ts DateTime, k UInt32, v String) ENGINE = MergeTree() PARTITION BY d ORDER BY k"
    # with merges stopped every INSERT stays one more active part
    ch_query "SYSTEM STOP MERGES lab.small_parts"
}

clickhouse_ready() {
    [[ "$(curl -fsS --max-time 2 "http://127.0.0.1:$CH_HTTP_PORT/?query=SELECT%20version()" 2>/dev/null)" == 1* ]]
}

# ---- exporters and Prometheus ---------------------------------------------

start_pg_exporter() {
    # the password only ever lives in this environment variable
    ( export DATA_SOURCE_NAME="postgresql://pitwall_monitor:$MONITOR_PASSWORD@127.0.0.1:$PG_PORT/lab?sslmode=disable"
      launch pg_exporter prometheus-postgres-exporter \
          --web.listen-address="127.0.0.1:$PG_EXPORTER_PORT" --log.level=warn )
    wait_up pg_exporter 20 http_ok "http://127.0.0.1:$PG_EXPORTER_PORT/metrics"
}

start_redis_exporter() {
    launch redis_exporter prometheus-redis-exporter \
        -redis.addr="redis://127.0.0.1:$REDIS_PORT" \
        -web.listen-address="127.0.0.1:$REDIS_EXPORTER_PORT"
    wait_up redis_exporter 20 http_ok "http://127.0.0.1:$REDIS_EXPORTER_PORT/metrics"
}

# Debian's exporter 1.7 takes no password option: it connects with psycopg2,
# so libpq finds the password in PGPASSFILE. The shim adapts its SHOW STATS
# columns to pgbouncer 1.18 (see pgbouncer-exporter-shim.py).
start_pgbouncer_exporter() {
    ( export PGPASSFILE="$LAB/pgpass"
      launch pgbouncer_exporter /usr/bin/python3 "$LAB_SRC/pgbouncer-exporter-shim.py" \
          --host 127.0.0.1 --port "$PGBOUNCER_EXPORTER_PORT" \
          --pgbouncer-host 127.0.0.1 --pgbouncer-port "$PGBOUNCER_PORT" \
          --pgbouncer-user pitwall_monitor \
          --licence-location /usr/share/doc/prometheus-pgbouncer-exporter/copyright )
    wait_up pgbouncer_exporter 20 http_ok "http://127.0.0.1:$PGBOUNCER_EXPORTER_PORT/metrics"
}

start_exporters() {
    CURRENT=pg_exporter;        start_pg_exporter
    CURRENT=redis_exporter;     start_redis_exporter
    CURRENT=pgbouncer_exporter; start_pgbouncer_exporter
}

start_prometheus() {
    mkdir -p "$LAB/prometheus"
    # One alert that fires in the lab: the workload's pool_clients (8) outnumber
    # its pool (6). With pool_clients=1 the pressure is gone and the alert resolves.
    cat >"$LAB/prometheus-rules.yml" <<'EOF'
groups:
  - name: lab
    rules:
      - alert: LabPoolPressure
        expr: (postgres_pool_size - postgres_pool_available) / postgres_pool_size > 0.5
        for: 10s
        labels: {severity: warning}
        annotations:
          summary: "More than half of the lab application's connection pool is in use"
EOF
    cat >"$LAB/prometheus.yml" <<EOF
global:
  scrape_interval: 5s
  scrape_timeout: 4s
  evaluation_interval: 5s
rule_files: ['$LAB/prometheus-rules.yml']
scrape_configs:
  - job_name: postgres
    static_configs: [{targets: ['127.0.0.1:$PG_EXPORTER_PORT']}]
  - job_name: redis
    static_configs: [{targets: ['127.0.0.1:$REDIS_EXPORTER_PORT']}]
  - job_name: pgbouncer
    static_configs: [{targets: ['127.0.0.1:$PGBOUNCER_EXPORTER_PORT']}]
  - job_name: app
    static_configs: [{targets: ['127.0.0.1:$APP_METRICS_PORT']}]
  - job_name: pitwall
    static_configs: [{targets: ['127.0.0.1:$PITWALL_SERVE_PORT']}]
EOF
    launch prometheus prometheus --config.file="$LAB/prometheus.yml" \
        --web.listen-address="127.0.0.1:$PROM_PORT" \
        --storage.tsdb.path="$LAB/prometheus" --storage.tsdb.retention.time=1d \
        --log.level=warn
    wait_up prometheus 30 http_ok "http://127.0.0.1:$PROM_PORT/-/ready"
}

# ---- workload (C++, built separately) --------------------------------------

# The agreed place is build/tests/lab/; CMake's default for the target in
# tests/lab/workload/ is one level deeper: take the first that exists.
# create_sqlite: the workload's SQLite file, in WAL mode with its table, so that
# it is there before the workload writes it (and with --no-workload too).
create_sqlite() {
    mkdir -p "$LAB/sqlite"
    python3 - "$LAB/sqlite/app.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode = WAL")
db.execute("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, at REAL NOT NULL, payload BLOB NOT NULL)")
db.execute("CREATE INDEX IF NOT EXISTS events_at ON events (at)")
db.commit()
db.close()
PY
}

workload_bin() {
    local build=${PITWALL_BUILD_DIR:-$REPO/build} bin
    for bin in "$build/tests/lab/pitwall-lab-workload" "$build/tests/lab/workload/pitwall-lab-workload"; do
        [ -x "$bin" ] && { echo "$bin"; return 0; }
    done
    echo "$build/tests/lab/pitwall-lab-workload"
}

start_workload() {
    local bin
    bin=$(workload_bin)
    if [ ! -x "$bin" ]; then
        warn "workload binary $bin not found: the lab runs without a workload"
        return 0
    fi
    ( export PGPASSFILE="$LAB/pgpass"
      launch workload "$bin" --env "$LAB/lab.env" --control "$LAB/workload.conf" )
    sleep 0.5
    alive "$(pid_of workload)" || { msg "workload exited at once"; return 1; }
}
