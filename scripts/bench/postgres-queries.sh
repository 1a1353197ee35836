#!/usr/bin/env bash
# How long does PostgreSQL spend on each query Pitwall sends? Fills the running
# lab's pg_stat_statements with 5,000 distinct statements (over as many tables;
# BENCH_TABLES tables in all), runs `pitwall check` on the lab's PostgreSQL
# source BENCH_RUNS times as the pg_monitor-only role (each run: connect, two
# polls, the texts of the window's slow statements fetched), and reports every
# query of that role from pg_stat_statements: planning + execution time, mean
# and worst. Fails when a query's worst exceeds BENCH_LIMIT_MS (50). Also times
# the SHOW commands of pgbouncer's console (round trip, as psql sees it).
#
#   export PITWALL_LAB_POINTER=... PITWALL_BUILD_DIR=...   # as for tests/lab/lab
#   tests/lab/lab start && scripts/bench/postgres-queries.sh
#
# Starts from an empty pg_stat_statements and leaves the bench's 5,000 entries
# in it (the lab is throwaway); drops its tables. See scripts/bench/README.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PITWALL_BUILD_DIR:-$root/build}
statements=${BENCH_STATEMENTS:-5000}
tables=${BENCH_TABLES:-10000}
runs=${BENCH_RUNS:-10}
limit_ms=${BENCH_LIMIT_MS:-50}
pitwall="$build/app/pitwall"

[ -x "$pitwall" ] || { echo "bench: no $pitwall: build first (scripts/build)" >&2; exit 2; }
env_file=$("$root/tests/lab/lab" env) || { echo "bench: no lab running: tests/lab/lab start" >&2; exit 2; }
# shellcheck disable=SC1090
source "$env_file"
(( tables >= statements )) || tables=$statements

su_psql() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d lab "$@"; }
monitor_oid=$(su_psql -Atc "SELECT oid FROM pg_roles WHERE rolname = 'pitwall_monitor'")

# Drops the bench's tables 500 to a transaction: one DROP SCHEMA ... CASCADE
# would lock them all at once and run out of the server's lock table.
drop_bench() {
    local names
    {
        echo "SET pg_stat_statements.track_utility = off; SET client_min_messages = warning;"
        su_psql -Atc "SELECT string_agg('pitwall_bench.' || quote_ident(relname), ', ')
                      FROM (SELECT relname, row_number() OVER () / 500 AS batch FROM pg_stat_user_tables
                            WHERE schemaname = 'pitwall_bench') AS t GROUP BY batch" |
            while read -r names; do echo "DROP TABLE $names;"; done
        echo "DROP SCHEMA IF EXISTS pitwall_bench CASCADE;"
    } | su_psql -o /dev/null
}

cleanup() {
    su_psql -c "ALTER ROLE pitwall_monitor RESET pg_stat_statements.track_planning" >/dev/null 2>&1 || true
    [ -n "${BENCH_KEEP:-}" ] || drop_bench >/dev/null 2>&1 || true
    rm -rf "$work"
}
work=$(mktemp -d)
trap cleanup EXIT

echo "bench: $tables tables, $statements distinct statements on lab $PITWALL_LAB"
t0=$SECONDS
# Utility statements are not tracked, so that only the SELECTs fill pg_stat_statements.
drop_bench
{
    echo "SET pg_stat_statements.track_utility = off;"
    # from the workload's statements only, whatever ran on this lab before
    echo "SELECT pg_stat_statements_reset();"
    echo "CREATE SCHEMA pitwall_bench;"
    # one transaction each: a transaction locks every table it creates
    for ((i = 1; i <= tables; i++)); do echo "CREATE TABLE pitwall_bench.t$i (i int);"; done
    # pg_stat_statements keys a statement on its relations: one table, one statement.
    for ((i = 1; i <= statements; i++)); do echo "SELECT count(*) FROM pitwall_bench.t$i;"; done
} >"$work/fill.sql"
su_psql -o /dev/null -f "$work/fill.sql"
entries=$(su_psql -Atc "SELECT count(*) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'lab')")
echo "bench: filled in $((SECONDS - t0)) s; pg_stat_statements holds $entries statements of database lab"
(( entries >= statements )) || { echo "bench: fewer than $statements statements in pg_stat_statements" >&2; exit 1; }

# The monitoring role's own statements, planning included, from zero. The
# lab's Prometheus exporter reads as pitwall_monitor too: the statements it
# sends over two of its scrapes, before Pitwall runs, are left out.
lab_db="(SELECT oid FROM pg_database WHERE datname = 'lab')"
su_psql -c "ALTER ROLE pitwall_monitor SET pg_stat_statements.track_planning = on" >/dev/null
su_psql -Atc "SELECT pg_stat_statements_reset($monitor_oid)" >/dev/null
sleep 11
exporter=$(su_psql -Atc "SELECT coalesce(string_agg(queryid::text, ','), '0') FROM pg_stat_statements
                         WHERE userid = $monitor_oid AND dbid = $lab_db")
echo "bench: $(tr ',' '\n' <<<"$exporter" | grep -vc '^0$') statements of the exporter left out"
su_psql -Atc "SELECT pg_stat_statements_reset($monitor_oid)" >/dev/null
pitwall_only="userid = $monitor_oid AND dbid = $lab_db AND queryid NOT IN ($exporter)"

cat >"$work/profile.yaml" <<EOF
interval: 5s
sources:
  - name: bench-pg
    kind: postgres
    url: postgresql://pitwall_monitor@127.0.0.1:$PG_PORT/lab
EOF
for ((run = 1; run <= runs; run++)); do
    # A statement new in each window is slow: its text is fetched in that run.
    su_psql -c "SET pg_stat_statements.track_utility = off" \
        -c "CREATE TABLE pitwall_bench.slow$run (i int); INSERT INTO pitwall_bench.slow$run VALUES (1)" >/dev/null
    (sleep 0.5; su_psql -Atc "SELECT pg_sleep(1.1) FROM pitwall_bench.slow$run" >/dev/null) &
    rc=0
    PGPASSFILE=$PGPASSFILE "$pitwall" check --profile "$work/profile.yaml" --window 3s --json >"$work/check.json" || rc=$?
    wait
    # 0-2: judged; 3: the source could not be read (a query timed out?)
    if (( rc > 2 )); then
        echo "bench: pitwall check failed (exit $rc):" >&2
        cat "$work/check.json" >&2
        exit 1
    fi
done

echo
echo "PostgreSQL server time per query of pitwall_monitor ($runs × pitwall check: connect, 2 polls), ms:"
su_psql -P footer=off -c "
    SELECT calls,
           round((mean_plan_time + mean_exec_time)::numeric, 2) AS mean_ms,
           round((max_plan_time + max_exec_time)::numeric, 2) AS worst_ms,
           left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
    FROM pg_stat_statements WHERE $pitwall_only
    ORDER BY max_plan_time + max_exec_time DESC"
worst=$(su_psql -Atc "SELECT round(coalesce(max(max_plan_time + max_exec_time), 0)::numeric, 2)
                      FROM pg_stat_statements WHERE $pitwall_only")
count=$(su_psql -Atc "SELECT count(*) FROM pg_stat_statements WHERE $pitwall_only")

echo "pgbouncer console, round trip as psql sees it (best of 5), ms:"
for command in "SHOW DATABASES" "SHOW POOLS" "SHOW STATS" "SHOW CONFIG"; do
    best=$( (printf '%s\n' '\timing on'; for _ in 1 2 3 4 5; do echo "$command;"; done) |
        PGPASSFILE=$PGPASSFILE psql -X -q -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U pitwall_monitor -d pgbouncer -o /dev/null 2>&1 |
        sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n | head -n1)
    printf '  %-15s %s\n' "$command" "$best"
done

echo
if awk -v w="$worst" -v l="$limit_ms" 'BEGIN { exit !(w > l) }'; then
    echo "bench: FAILED: the slowest of $count queries took $worst ms (limit $limit_ms ms)"
    exit 1
fi
echo "bench: ok: $count distinct queries, the slowest took $worst ms at worst (limit $limit_ms ms)"
