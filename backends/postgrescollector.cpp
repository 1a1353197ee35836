#include "postgrescollector.h"

#include "collectorerror.h"
#include "logging.h"
#include "pgconnection.h"

#include <QDateTime>
#include <QStringList>

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

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
        pqxx::nontransaction tx(*m_connection);
        const auto extension = tx.exec("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'");
        m_hasStatements = !extension.empty();
        m_totalTimeColumn = m_connection->server_version() >= 130000 ? QStringLiteral("total_exec_time")
                                                                     : QStringLiteral("total_time");
    } catch (const std::exception &error) {
        m_connection.reset();
        throw CollectorError(PgConnection::explain(describe(), error));
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
    const double windowSeconds = m_lastPollMs > 0 ? double(result.timeMs - m_lastPollMs) / 1000.0 : 0;
    m_lastPollMs = result.timeMs;
    QStringList remarks;
    try {
        pqxx::nontransaction tx(*m_connection);
        readConnections(tx, result);
        readCacheHitRate(tx, result);
        if (m_hasStatements)
            readStatements(tx, result, windowSeconds);
        else
            remarks << QStringLiteral("pg_stat_statements is not installed in this database: slow statements come "
                                      "from pg_stat_activity only (CREATE EXTENSION pg_stat_statements)");
        readRunning(tx, result);
        readReplication(tx, result);
    } catch (const pqxx::broken_connection &error) {
        throw CollectorError(PgConnection::explain(describe(), error));
    } catch (const pqxx::sql_error &error) {
        throw CollectorError(PgConnection::explain(describe(), error));
    }
    for (auto it = m_slotInactiveSince.cbegin(); it != m_slotInactiveSince.cend(); ++it)
        remarks << QStringLiteral("slot %1: no consumer connected for %2 s")
                       .arg(it.key())
                       .arg((result.timeMs - *it) / 1000);
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

void PostgresCollector::readConnections(pqxx::transaction_base &tx, PollResult &result)
{
    const auto row = tx.exec(
        "SELECT count(*) FILTER (WHERE state = 'active'),"
        "       count(*) FILTER (WHERE state = 'idle'),"
        "       count(*) FILTER (WHERE state LIKE 'idle in transaction%'),"
        "       count(*),"
        "       current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int "
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
        if (const auto ratio = m_hitRates[database].update(number(row[1]), number(row[2])))
            add(result, QStringLiteral("cache_hit_rate"), *ratio, {{QStringLiteral("database"), database}});
    }
}

void PostgresCollector::readStatements(pqxx::transaction_base &tx, PollResult &result, double windowSeconds)
{
    // pg_stat_statements(false): no query texts, which are costly to read; they
    // are fetched once per statement that turns out slow.
    const std::string sql = "SELECT dbid::text || '/' || userid::text || '/' || queryid::text, queryid, calls, "
        + m_totalTimeColumn.toStdString()
        + ", userid::regrole::text FROM pg_stat_statements(false) WHERE queryid IS NOT NULL";
    const auto rows = tx.exec(sql);
    double slowCalls = 0;
    QStringList needText;
    QList<SlowQuery> slow;
    for (const auto &row : rows) {
        const QString key = text(row[0]);
        Statement &statement = m_statements[key];
        const auto calls = statement.calls.update(number(row[2]));
        const auto total = statement.totalMs.update(number(row[3]));
        if (!calls || !total || *calls <= 0)
            continue;
        const double meanMs = *total / *calls;
        if (meanMs < m_slowMs)
            continue;
        slowCalls += *calls;
        SlowQuery query;
        query.source = source().name;
        query.id = text(row[1]);
        query.meanMs = meanMs;
        query.calls = qint64(*calls);
        query.user = text(row[4]);
        query.timeMs = result.timeMs;
        if (!m_queryTexts.contains(query.id))
            needText << query.id;
        slow.append(query);
        add(result, QStringLiteral("slow_query_ms"), meanMs, {{QStringLiteral("queryid"), query.id}});
    }
    if (!needText.isEmpty()) {
        const std::string ids = "{" + needText.join(QLatin1Char(',')).toStdString() + "}";
        const auto texts
            = tx.exec_params("SELECT DISTINCT ON (queryid) queryid::text, query FROM pg_stat_statements(true) "
                             "WHERE queryid = ANY($1::bigint[])",
                             ids);
        for (const auto &row : texts)
            m_queryTexts.insert(text(row[0]), text(row[1]));
    }
    for (auto &query : slow) {
        query.query = m_queryTexts.value(query.id);
        result.slowQueries.append(query);
    }
    if (windowSeconds > 0)
        add(result, QStringLiteral("slow_query_rate"), slowCalls * 60.0 / windowSeconds);
}

void PostgresCollector::readRunning(pqxx::transaction_base &tx, PollResult &result)
{
    const auto rows
        = tx.exec_params("SELECT pid, usename, state, coalesce(wait_event_type || ': ' || wait_event, ''), "
                         "       EXTRACT(EPOCH FROM clock_timestamp() - query_start) * 1000, "
                         "       array_to_string(pg_blocking_pids(pid), ','), left(query, 4000) "
                         "FROM pg_stat_activity "
                         "WHERE backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid() "
                         "  AND query_start < clock_timestamp() - make_interval(secs => $1) "
                         "ORDER BY query_start LIMIT 100",
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

void PostgresCollector::readReplication(pqxx::transaction_base &tx, PollResult &result)
{
    if (tx.exec("SELECT pg_is_in_recovery()")[0][0].as<bool>())
        return; // a standby: its slots and walsenders are read on the primary

    const auto senders = tx.exec("SELECT r.application_name, s.slot_name, s.slot_type, r.state, "
                                 "       EXTRACT(EPOCH FROM r.replay_lag), EXTRACT(EPOCH FROM r.flush_lag) "
                                 "FROM pg_stat_replication r LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid");
    for (const auto &row : senders) {
        if (text(row[2]) == QLatin1String("logical")) {
            // A caught-up walsender reports no lag (NULL): that is zero.
            add(result, QStringLiteral("cdc_lag_seconds"), number(row[5]), {{QStringLiteral("slot"), text(row[1])}});
        } else {
            add(result, QStringLiteral("replication_lag_seconds"), number(row[4]),
                {{QStringLiteral("replica"), text(row[0])}});
        }
    }

    const auto replicationSlots = tx.exec(
        "SELECT slot_name, slot_type, active, "
        "       pg_wal_lsn_diff(pg_current_wal_lsn(), "
        "                       CASE WHEN slot_type = 'logical' THEN confirmed_flush_lsn ELSE restart_lsn END) "
        "FROM pg_replication_slots");
    for (const auto &row : replicationSlots) {
        const QString slot = text(row[0]);
        const Labels labels{{QStringLiteral("slot"), slot}};
        const double bytes = number(row[3]);
        add(result, QStringLiteral("cdc_lag_bytes"), bytes, labels);
        if (row[2].as<bool>()) {
            m_slotInactiveSince.remove(slot);
            add(result, QStringLiteral("cdc_slot_inactive_seconds"), 0, labels);
            continue;
        }
        const qint64 since = m_slotInactiveSince.value(slot, result.timeMs);
        m_slotInactiveSince.insert(slot, since);
        add(result, QStringLiteral("cdc_slot_inactive_seconds"), double(result.timeMs - since) / 1000.0, labels);
    }
}

} // namespace Pitwall
