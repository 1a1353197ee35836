#!/usr/bin/env bash
# pg: pitwall_monitor logs in over TCP with the pgpass file, reads
# pg_stat_statements (and sees its calls grow), but cannot read lab tables.
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

[ "$(psql_monitor -c 'SELECT current_user')" = pitwall_monitor ] ||
    fail "pitwall_monitor cannot log in on 127.0.0.1:$PG_PORT with PGPASSFILE=$PGPASSFILE"
if PGPASSFILE=/dev/null psql_monitor -c 'SELECT 1' >/dev/null 2>&1; then
    fail "pitwall_monitor logged in without a password: pg_hba is not scram-sha-256"
fi
ok "pitwall_monitor logs in over TCP with the pgpass file (and not without it)"

roles=$(psql_monitor -c "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m
    JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
    WHERE r.rolname = 'pitwall_monitor'")
[ "$roles" = pg_monitor ] || fail "pitwall_monitor is member of '$roles', expected only pg_monitor"
[ "$(psql_monitor -c "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = current_user")" = f ] ||
    fail "pitwall_monitor has role attributes beyond LOGIN"

exts=$(psql_monitor -c "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension
    WHERE extname IN ('pg_stat_statements','pg_qualstats','hypopg','pg_prewarm','pg_buffercache')")
[ "$exts" = hypopg,pg_buffercache,pg_prewarm,pg_qualstats,pg_stat_statements ] ||
    fail "extensions in lab: '$exts'"

[ "$(psql_monitor -c "SELECT count(*) FROM pg_indexes WHERE tablename = 'orders' AND indexdef LIKE '%(customer_id)%'")" = 0 ] ||
    fail "orders has an index on customer_id (the index advisor's target must stay unindexed)"
rows=$(psql_monitor -c "SELECT reltuples::bigint FROM pg_class WHERE relname = 'orders'")
[ "$rows" -gt 150000 ] || fail "orders has ~$rows rows, expected ~200000"
cold=$(psql_monitor -c "SELECT pg_relation_size('cold_data') > 2 * pg_size_bytes(current_setting('shared_buffers'))")
[ "$cold" = t ] || fail "cold_data is not bigger than shared_buffers"
ok "schema: extensions, orders (~$rows rows, no customer_id index), cold_data > shared_buffers"

# numbers move: a statement of its own shape run by lab_app shows up with
# growing calls. pg_stat_statements keys on the shape: a column alias alone
# would not make it distinct, and constants are normalised away.
probe="SELECT count(*) AS smoke_pg_probe FROM orders WHERE customer_id IN (SELECT 1 + abs(customer_id - %s) FROM orders WHERE id < 5)"
calls() {
    psql_monitor -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query LIKE '%smoke_pg_probe%'"
}
before=$(calls)
for c in 11 12 13; do
    # shellcheck disable=SC2059
    psql_app -c "$(printf "$probe" "$c")" >/dev/null
done
after=$(calls)
[ $((after - before)) -ge 3 ] || fail "pg_stat_statements calls for the probe went $before -> $after, expected +3"
ok "pitwall_monitor reads pg_stat_statements: probe calls $before -> $after"

quals=$(psql_monitor -c "SELECT count(*) FROM pg_qualstats WHERE lrelid = 'orders'::regclass")
[ "$quals" -gt 0 ] || fail "pg_qualstats recorded no predicate on orders"
ok "pg_qualstats records the predicate on orders ($quals rows)"

leaks=$(psql_monitor -c "SELECT count(*) FROM pg_stat_statements WHERE query ILIKE '%password%'")
[ "$leaks" = 0 ] || fail "a statement with a password is in pg_stat_statements"

if err=$(psql_monitor -c 'SELECT * FROM orders LIMIT 1' 2>&1); then
    fail "pitwall_monitor can read orders: it must have only pg_monitor"
fi
[[ "$err" == *"permission denied"* ]] || fail "reading orders failed, but not with permission denied: $err"
ok "pitwall_monitor cannot SELECT * FROM orders (permission denied)"
