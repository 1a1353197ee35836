#pragma once

#include "labpostgres.h"
#include "pollresult.h"

#include <QHash>
#include <QString>

#include <pqxx/connection>

/// What the PostgreSQL lab tests read from the server themselves, to hold
/// Pitwall's numbers against: backends, connections by state, table
/// statistics, and the slow statements of a poll.
namespace Pitwall::Test {

inline const QString labPg = QStringLiteral("lab-pg");

/// A client backend of the test, by application name, from pg_stat_activity.
struct Backend
{
    qint64 pid = 0;
    QString state;
    QString waitEvent;
    double durationMs = 0;
    QString blockedBy;
};

inline QHash<QString, Backend> readBackends(pqxx::connection &connection)
{
    QHash<QString, Backend> backends;
    for (const auto &row :
         sql(connection,
             "SELECT application_name, pid, state, coalesce(wait_event_type || ': ' || wait_event, ''), "
             "       coalesce(EXTRACT(EPOCH FROM clock_timestamp() - CASE WHEN state = 'active' THEN query_start "
             "                                                           ELSE state_change END) * 1000, 0), "
             "       array_to_string(pg_blocking_pids(pid), ',') "
             "FROM pg_stat_activity WHERE application_name LIKE 'pitwall-test-%'"))
        backends.insert(QString::fromUtf8(row[0].c_str()),
                        Backend{row[1].as<qint64>(), QString::fromUtf8(row[2].c_str()),
                                QString::fromUtf8(row[3].c_str()), row[4].as<double>(),
                                QString::fromUtf8(row[5].c_str())});
    return backends;
}

/// Client backends by state, as Pitwall counts them (its own connection is
/// not activity), and the usable connection slots.
struct Connections
{
    double active = 0;
    double idle = 0;
    double idleInTransaction = 0;
    double total = 0;
    double usable = 0;
};

inline Connections readConnections(pqxx::connection &connection)
{
    const auto row
        = sql(connection,
              "SELECT count(*) FILTER (WHERE state = 'active' AND pid <> pg_backend_pid()), "
              "       count(*) FILTER (WHERE state = 'idle'), "
              "       count(*) FILTER (WHERE state LIKE 'idle in transaction%'), count(*), "
              "       (SELECT setting::int FROM pg_settings WHERE name = 'max_connections') "
              "       - (SELECT setting::int FROM pg_settings WHERE name = 'superuser_reserved_connections') "
              "FROM pg_stat_activity WHERE backend_type = 'client backend'")[0];
    return Connections{row[0].as<double>(), row[1].as<double>(), row[2].as<double>(), row[3].as<double>(),
                       row[4].as<double>()};
}

/// Per table of the lab database: sequential scans, tuples they read, live and dead tuples.
struct TableStats
{
    double seqScans = 0;
    double seqTuples = 0;
    double live = 0;
    double dead = 0;
};

inline QHash<QString, TableStats> readTables(pqxx::connection &connection)
{
    QHash<QString, TableStats> tables;
    for (const auto &row : sql(connection,
                               "SELECT schemaname || '.' || relname, seq_scan, seq_tup_read, n_live_tup, "
                               "n_dead_tup FROM pg_stat_user_tables"))
        tables.insert(QString::fromUtf8(row[0].c_str()),
                      TableStats{row[1].as<double>(), row[2].as<double>(), row[3].as<double>(), row[4].as<double>()});
    return tables;
}

inline const SlowQuery *findFinished(const PollResult &result, const QString &queryId)
{
    for (const auto &query : result.slowQueries) {
        if (!query.running && query.id == queryId)
            return &query;
    }
    return nullptr;
}

inline const SlowQuery *findRunning(const PollResult &result, qint64 pid)
{
    for (const auto &query : result.slowQueries) {
        if (query.running && query.pid == pid)
            return &query;
    }
    return nullptr;
}

} // namespace Pitwall::Test
