#include "postgrescollector.h"

#include "collectorerror.h"
#include "logging.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QVersionNumber>

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <algorithm>

namespace Pitwall {

namespace {
QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

double number(const pqxx::field &field, double fallback = 0)
{
    return field.is_null() ? fallback : field.as<double>();
}

/// The increase of a counter since the previous read. After the first read, a
/// row not seen before appeared within the window: all of its count is new.
std::optional<double> windowDelta(CounterDelta &counter, double value, bool isNew)
{
    const auto delta = counter.update(value);
    return isNew ? std::optional<double>(value) : delta;
}

QString statementsMissing()
{
    return QCoreApplication::translate("Pitwall::PostgresCollector",
                                       "pg_stat_statements is not installed in this database: slow statements come "
                                       "from pg_stat_activity only (CREATE EXTENSION pg_stat_statements)");
}
} // namespace

PostgresCollector::PostgresCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{
    if (const auto rule = profile.thresholds.value(QStringLiteral("slow_query_ms")); rule.warning)
        m_slowMs = *rule.warning;
}

PostgresCollector::~PostgresCollector() = default;

void PostgresCollector::open()
{
    try {
        m_connection = std::make_unique<pqxx::connection>(
            PgConnection::connectionString(source(), password(), pollTimeout(), true));
        m_serverVersion = m_connection->server_version();
        pqxx::nontransaction tx(*m_connection);
        const auto row = tx.exec("SELECT d.oid::text, quote_ident(n.nspname), e.extversion "
                                 "FROM pg_database d "
                                 "LEFT JOIN pg_extension e ON e.extname = 'pg_stat_statements' "
                                 "LEFT JOIN pg_namespace n ON n.oid = e.extnamespace "
                                 "WHERE d.datname = current_database()")[0];
        m_databaseOid = row[0].c_str();
        m_statementsSql.clear();
        m_statementTextsSql.clear();
        m_statementsProblem.clear();
        if (!row[1].is_null()) {
            // The columns are the installed extension's, not the server's: a
            // PostgreSQL 13 whose extension was never updated still says total_time.
            const QVersionNumber version = QVersionNumber::fromString(text(row[2]));
            const std::string function = std::string(row[1].c_str()) + ".pg_stat_statements";
            // 1.8 came with PostgreSQL 13.
            const std::string total = version >= QVersionNumber(1, 8) ? "total_exec_time" : "total_time";
            // 1.9 (PostgreSQL 14) keeps statements nested in functions apart; the outer call holds their time.
            const std::string topLevel = version >= QVersionNumber(1, 9) ? " AND toplevel" : "";
            m_statementsSql = "SELECT queryid::text, sum(calls), sum(" + total + ") FROM " + function
                + "(false) WHERE dbid = $1::oid AND queryid IS NOT NULL" + topLevel + " GROUP BY queryid";
            m_statementTextsSql = "SELECT queryid::text, min(query), string_agg(DISTINCT userid::regrole::text, ', ') "
                                  "FROM "
                + function + "(true) WHERE dbid = $1::oid AND queryid = ANY($2::bigint[]) GROUP BY queryid";
        }
        qCDebug(lcPostgres).noquote() << describe() << "server" << m_serverVersion << "pg_stat_statements"
                                      << (row[1].is_null() ? QStringLiteral("not installed") : text(row[2]));
    } catch (const std::exception &error) {
        m_connection.reset();
        throw PgConnection::error(describe(), error);
    }
}

void PostgresCollector::close()
{
    m_connection.reset();
}

void PostgresCollector::add(PollResult &result, const QString &metric, double value, const Labels &labels) const
{
    result.samples.append(Sample{{source().name, metric, labels}, result.timeMs, value});
}

PollResult PostgresCollector::poll()
{
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    QStringList remarks;
    try {
        {
            pqxx::nontransaction tx(*m_connection);
            readConnections(tx, result);
            readCacheHitRate(tx, result);
            readRunning(tx, result);
            readReplication(tx, result, remarks);
            readTables(tx, result);
        }
        if (m_statementsSql.empty()) {
            remarks.prepend(statementsMissing());
        } else if (m_statementsProblem.isEmpty()) {
            // A transaction of its own: the read may fail on a server that has
            // the extension but did not load it.
            pqxx::nontransaction tx(*m_connection);
            readStatements(tx, result);
        }
        if (!m_statementsProblem.isEmpty())
            remarks.prepend(m_statementsProblem);
    } catch (const pqxx::broken_connection &error) {
        throw PgConnection::error(describe(), error);
    } catch (const pqxx::sql_error &error) {
        throw PgConnection::error(describe(), error);
    }
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

void PostgresCollector::readConnections(pqxx::transaction_base &tx, PollResult &result)
{
    // Pitwall's own backend counts against max_connections, but not as activity.
    // PostgreSQL 16 reserves reserved_connections on top of the superusers' slots.
    const auto row = tx.exec(
        "SELECT count(*) FILTER (WHERE state = 'active' AND pid <> pg_backend_pid()),"
        "       count(*) FILTER (WHERE state = 'idle'),"
        "       count(*) FILTER (WHERE state IN ('idle in transaction', 'idle in transaction (aborted)')),"
        "       count(*),"
        "       current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int"
        "       - coalesce(current_setting('reserved_connections', true)::int, 0) "
        "FROM pg_stat_activity WHERE backend_type = 'client backend'")[0];
    add(result, QStringLiteral("connections_active"), number(row[0]));
    add(result, QStringLiteral("connections_by_state"), number(row[0]),
        {{QStringLiteral("state"), QStringLiteral("active")}});
    add(result, QStringLiteral("connections_by_state"), number(row[1]),
        {{QStringLiteral("state"), QStringLiteral("idle")}});
    add(result, QStringLiteral("connections_by_state"), number(row[2]),
        {{QStringLiteral("state"), QStringLiteral("idle in transaction")}});
    add(result, QStringLiteral("connections_idle_in_transaction"), number(row[2]));
    const double usable = number(row[4]);
    if (usable > 0)
        add(result, QStringLiteral("connection_utilisation"), number(row[3]) / usable);
}

void PostgresCollector::readCacheHitRate(pqxx::transaction_base &tx, PollResult &result)
{
    const auto rows = tx.exec("SELECT datname, blks_hit, blks_read FROM pg_stat_database WHERE datname IS NOT NULL");
    for (const auto &row : rows) {
        const QString database = text(row[0]);
        Blocks &blocks = m_blocks[database];
        const auto hits = blocks.hits.update(number(row[1]));
        const auto reads = blocks.reads.update(number(row[2]));
        // A ratio of a few blocks (autovacuum visiting template1) says nothing about the cache.
        if (hits && reads && *hits + *reads >= minBlocksForHitRate)
            add(result, QStringLiteral("cache_hit_rate"), *hits / (*hits + *reads),
                {{QStringLiteral("database"), database}});
    }
}

void PostgresCollector::readStatements(pqxx::transaction_base &tx, PollResult &result)
{
    pqxx::result rows;
    try {
        // Without texts: reading them means reading pg_stat_statements' whole text file.
        rows = tx.exec_params(m_statementsSql, m_databaseOid);
    } catch (const pqxx::sql_error &error) {
        if (!QString::fromUtf8(error.what()).contains(QLatin1String("shared_preload_libraries")))
            throw;
        m_statementsProblem = QStringLiteral(
            "pg_stat_statements is installed but not loaded: add it to shared_preload_libraries and restart "
            "PostgreSQL; slow statements come from pg_stat_activity only");
        return;
    }

    struct Slow
    {
        QString id;
        double meanMs;
        double calls;
        double totalMs;
    };
    QList<Slow> slow;
    double slowCalls = 0;
    QSet<QString> seen;
    seen.reserve(rows.size());
    for (const auto &row : rows) {
        const QString id = text(row[0]);
        seen.insert(id);
        const bool isNew = m_statementsReadMs > 0 && !m_statements.contains(id);
        Statement &statement = m_statements[id];
        const auto calls = windowDelta(statement.calls, number(row[1]), isNew);
        const auto total = windowDelta(statement.totalMs, number(row[2]), isNew);
        if (!calls || !total || *calls <= 0)
            continue;
        const double meanMs = *total / *calls;
        if (meanMs < m_slowMs)
            continue;
        slowCalls += *calls;
        slow.append(Slow{id, meanMs, *calls, *total});
    }
    const double windowSeconds = m_statementsReadMs > 0 ? double(result.timeMs - m_statementsReadMs) / 1000.0 : 0;
    m_statementsReadMs = result.timeMs;
    // Statements pg_stat_statements evicted (or reset) are forgotten.
    for (auto it = m_statements.begin(); it != m_statements.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_statements.erase(it);
    for (auto it = m_statementTexts.begin(); it != m_statementTexts.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_statementTexts.erase(it);

    std::sort(slow.begin(), slow.end(), [](const Slow &a, const Slow &b) { return a.totalMs > b.totalMs; });
    if (slow.size() > maxSlowStatements)
        slow.resize(maxSlowStatements);

    QStringList needText;
    for (const auto &statement : slow) {
        if (!m_statementTexts.contains(statement.id))
            needText << statement.id;
    }
    if (!needText.isEmpty()) {
        const std::string ids = "{" + needText.join(QLatin1Char(',')).toStdString() + "}";
        for (const auto &row : tx.exec_params(m_statementTextsSql, m_databaseOid, ids))
            m_statementTexts.insert(text(row[0]), StatementText{text(row[1]), text(row[2])});
    }

    for (const auto &statement : slow) {
        const StatementText known = m_statementTexts.value(statement.id); // none if evicted meanwhile
        SlowQuery query;
        query.source = source().name;
        query.id = statement.id;
        query.query = known.query;
        query.user = known.users;
        query.meanMs = statement.meanMs;
        query.calls = qint64(statement.calls);
        query.timeMs = result.timeMs;
        result.slowQueries.append(query);
        add(result, QStringLiteral("slow_query_ms"), statement.meanMs, {{QStringLiteral("queryid"), statement.id}});
    }
    if (windowSeconds > 0)
        add(result, QStringLiteral("slow_query_rate"), slowCalls * 60.0 / windowSeconds);
}

void PostgresCollector::readRunning(pqxx::transaction_base &tx, PollResult &result)
{
    // An active statement has run since query_start; a session idle in a
    // transaction has held it open since state_change.
    const auto rows
        = tx.exec_params("SELECT pid, usename, state, coalesce(wait_event_type || ': ' || wait_event, ''), "
                         "       EXTRACT(EPOCH FROM clock_timestamp() - since) * 1000, "
                         "       array_to_string(pg_blocking_pids(pid), ','), query "
                         "FROM (SELECT pid, usename, state, wait_event_type, wait_event, query, "
                         "             CASE WHEN state IN ('active', 'fastpath function call') THEN query_start "
                         "                  ELSE state_change END AS since "
                         "      FROM pg_stat_activity "
                         "      WHERE backend_type = 'client backend' AND datname = current_database() "
                         "        AND pid <> pg_backend_pid() AND state NOT IN ('idle', 'disabled')) AS backends "
                         "WHERE since < clock_timestamp() - make_interval(secs => $1) "
                         "ORDER BY since LIMIT 100",
                         m_slowMs / 1000.0);
    for (const auto &row : rows) {
        SlowQuery query;
        query.source = source().name;
        query.pid = row[0].as<qint64>();
        query.id = QStringLiteral("pid-%1").arg(*query.pid);
        query.user = text(row[1]);
        query.state = text(row[2]);
        query.waitEvent = text(row[3]);
        query.meanMs = number(row[4]);
        query.blockedBy = text(row[5]);
        query.query = text(row[6]);
        query.calls = 1;
        query.running = true;
        query.timeMs = result.timeMs;
        result.slowQueries.append(query);
    }
}

void PostgresCollector::readReplication(pqxx::transaction_base &tx, PollResult &result, QStringList &remarks)
{
    if (tx.exec("SELECT pg_is_in_recovery()")[0][0].as<bool>())
        return; // a standby: its slots and walsenders are read on the primary

    const auto senders = tx.exec("SELECT r.application_name, s.slot_name, s.slot_type, "
                                 "       EXTRACT(EPOCH FROM r.replay_lag), EXTRACT(EPOCH FROM r.flush_lag) "
                                 "FROM pg_stat_replication r LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid");
    for (const auto &row : senders) {
        // A caught-up walsender reports no lag (NULL): that is zero.
        if (text(row[2]) == QLatin1String("logical"))
            add(result, QStringLiteral("cdc_lag_seconds"), number(row[4]), {{QStringLiteral("slot"), text(row[1])}});
        else
            add(result, QStringLiteral("replication_lag_seconds"), number(row[3]),
                {{QStringLiteral("replica"), text(row[0])}});
    }

    // Lag: what the consumer has yet to confirm. Retained: the WAL the slot
    // keeps on disk. PostgreSQL 17 knows when a slot lost its consumer.
    const std::string inactiveSince
        = m_serverVersion >= 170000 ? "EXTRACT(EPOCH FROM clock_timestamp() - inactive_since) * 1000" : "NULL::float8";
    const auto slots = tx.exec(
        "SELECT slot_name, active, "
        "       pg_wal_lsn_diff(pg_current_wal_lsn(), "
        "                       CASE WHEN slot_type = 'logical' THEN confirmed_flush_lsn ELSE restart_lsn END), "
        "       pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), "
        + inactiveSince + " FROM pg_replication_slots ORDER BY slot_name");
    QSet<QString> seen;
    for (const auto &row : slots) {
        const QString slot = text(row[0]);
        seen.insert(slot);
        const Labels labels{{QStringLiteral("slot"), slot}};
        add(result, QStringLiteral("cdc_lag_bytes"), number(row[2]), labels);
        const SeriesKey inactiveKey{source().name, QStringLiteral("cdc_slot_inactive_seconds"), labels};
        if (row[1].as<bool>()) {
            m_slotInactiveSince.remove(slot);
            add(result, inactiveKey.metric, 0, labels);
            continue;
        }
        qint64 since = m_slotInactiveSince.value(slot, result.timeMs);
        if (!row[4].is_null())
            since = std::min(since, result.timeMs - qint64(number(row[4])));
        m_slotInactiveSince.insert(slot, since);
        const double seconds = double(result.timeMs - since) / 1000.0;
        add(result, inactiveKey.metric, seconds, labels);
        const QString note = QCoreApplication::translate("Pitwall::PostgresCollector",
                                                         "slot %1: no consumer connected for %2 s, %3 MB retained")
                                 .arg(slot)
                                 .arg(qint64(seconds))
                                 .arg(number(row[3]) / 1e6, 0, 'f', 1);
        result.notes.insert(inactiveKey, note);
        remarks << note;
    }
    for (auto it = m_slotInactiveSince.begin(); it != m_slotInactiveSince.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_slotInactiveSince.erase(it);
}

void PostgresCollector::readTables(pqxx::transaction_base &tx, PollResult &result)
{
    // pg_stat_user_tables' numbers, from its functions: the view computes
    // twenty of them per table, and costs four times as much with 10,000
    // tables. Tables never scanned sequentially and without dead tuples are
    // left out: a database with thousands of quiet tables sends a few rows.
    const auto rows = tx.exec(
        "SELECT c.oid::text, n.nspname || '.' || c.relname, pg_stat_get_numscans(c.oid), "
        "       pg_stat_get_tuples_returned(c.oid), pg_stat_get_live_tuples(c.oid), pg_stat_get_dead_tuples(c.oid) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "  AND n.nspname !~ '^pg_toast' "
        "  AND (pg_stat_get_numscans(c.oid) > 0 OR pg_stat_get_dead_tuples(c.oid) > 0)");
    struct Scanned
    {
        QString name;
        double scans;
        double tuples;
    };
    struct Dead
    {
        QString name;
        double live;
        double dead;
    };
    QList<Scanned> scanned;
    QList<Dead> dead;
    QSet<QString> seen;
    for (const auto &row : rows) {
        const QString relid = text(row[0]);
        seen.insert(relid);
        const bool isNew = m_tablesReadMs > 0 && !m_tables.contains(relid);
        Table &table = m_tables[relid];
        const auto scans = windowDelta(table.seqScans, number(row[2]), isNew);
        const auto tuples = windowDelta(table.seqTuples, number(row[3]), isNew);
        if (scans && tuples && *scans > 0)
            scanned.append(Scanned{text(row[1]), *scans, *tuples});
        if (number(row[5]) > 0)
            dead.append(Dead{text(row[1]), number(row[4]), number(row[5])});
    }
    const double windowSeconds = m_tablesReadMs > 0 ? double(result.timeMs - m_tablesReadMs) / 1000.0 : 0;
    m_tablesReadMs = result.timeMs;
    for (auto it = m_tables.begin(); it != m_tables.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_tables.erase(it);

    const auto top = [](auto &list, auto byWeight) {
        std::sort(list.begin(), list.end(), [&](const auto &a, const auto &b) { return byWeight(a) > byWeight(b); });
        if (list.size() > topTables)
            list.resize(topTables);
    };
    if (windowSeconds > 0) {
        top(scanned, [](const Scanned &table) { return table.tuples; });
        for (const auto &table : std::as_const(scanned)) {
            const Labels labels{{QStringLiteral("table"), table.name}};
            add(result, QStringLiteral("table_seq_scan_rate"), table.scans / windowSeconds, labels);
            add(result, QStringLiteral("table_seq_tup_read_rate"), table.tuples / windowSeconds, labels);
        }
    }
    top(dead, [](const Dead &table) { return table.dead; });
    for (const auto &table : std::as_const(dead)) {
        const Labels labels{{QStringLiteral("table"), table.name}};
        add(result, QStringLiteral("table_dead_tuples"), table.dead, labels);
        add(result, QStringLiteral("table_dead_tuple_ratio"), table.dead / (table.live + table.dead), labels);
    }
}

} // namespace Pitwall
