#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QHash>
#include <QStringList>

#include <pqxx/connection>
#include <pqxx/transaction_base>

#include <memory>
#include <string>

namespace Pitwall {

/// Polls one PostgreSQL database with a role that holds only pg_monitor.
///
/// What belongs to the whole server is read server-wide: client connections
/// by state against the usable max_connections, the buffer-cache hit rate of
/// every database with traffic (windowed from blks_hit/blks_read), replication
/// lag per replica, and per replication slot the CDC lag in bytes and seconds
/// and how long it has had no consumer. What belongs to the statements is read
/// for the source's own database, where pg_stat_statements is installed and
/// where a statement's tables are: slow statements by their mean over the poll
/// window (from pg_stat_statements deltas, without texts; a text is fetched
/// once per new slow statement), statements running now past the slow
/// threshold (from pg_stat_activity, with their state, wait event and
/// blockers), and the tables with the most sequential reads and dead tuples
/// (the top few only).
class PostgresCollector : public Collector
{
    Q_OBJECT

public:
    PostgresCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~PostgresCollector() override;

    /// How many tables get series for sequential reads, and how many for dead tuples.
    static constexpr int topTables = 10;
    /// How many slow statements a poll reports at most (those with the most time in the window).
    static constexpr int maxSlowStatements = 50;
    /// A database's hit rate needs this many block accesses in the window.
    static constexpr double minBlocksForHitRate = 1000;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    void readConnections(pqxx::transaction_base &tx, PollResult &result);
    void readCacheHitRate(pqxx::transaction_base &tx, PollResult &result);
    void readStatements(pqxx::transaction_base &tx, PollResult &result);
    void readRunning(pqxx::transaction_base &tx, PollResult &result);
    void readReplication(pqxx::transaction_base &tx, PollResult &result, QStringList &remarks);
    void readTables(pqxx::transaction_base &tx, PollResult &result);
    void add(PollResult &result, const QString &metric, double value, const Labels &labels = {}) const;

    struct Blocks
    {
        CounterDelta hits;
        CounterDelta reads;
    };
    struct Statement
    {
        CounterDelta calls;
        CounterDelta totalMs;
    };
    struct Table
    {
        CounterDelta seqScans;
        CounterDelta seqTuples;
    };
    struct StatementText
    {
        QString query;
        QString users;
    };

    std::unique_ptr<pqxx::connection> m_connection;
    int m_serverVersion = 0;
    std::string m_databaseOid;
    /// pg_stat_statements in this database: the query for the counters and
    /// the one for texts, by the installed version's column names; empty
    /// when the extension is not installed here.
    std::string m_statementsSql;
    std::string m_statementTextsSql;
    /// Set when pg_stat_statements is installed but not loaded.
    QString m_statementsProblem;
    double m_slowMs = 1000;
    QHash<QString, Blocks> m_blocks;
    /// By queryid. After the first read, a statement not seen before ran
    /// entirely within the window.
    QHash<QString, Statement> m_statements;
    /// When the statements (tables) were last read: each window runs from there.
    qint64 m_statementsReadMs = 0;
    qint64 m_tablesReadMs = 0;
    QHash<QString, StatementText> m_statementTexts;
    /// By relid; tables that were never scanned and have no dead tuples are not read.
    QHash<QString, Table> m_tables;
    QHash<QString, qint64> m_slotInactiveSince;
};

} // namespace Pitwall
