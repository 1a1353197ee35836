#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QHash>
#include <QMap>

#include <pqxx/connection>
#include <pqxx/transaction_base>

#include <memory>

namespace Pitwall {

/// Polls one PostgreSQL database with a role that holds only pg_monitor:
/// connections by state, buffer-cache hit rate, slow statements (windowed from
/// pg_stat_statements deltas, and running now from pg_stat_activity),
/// replication and CDC lag per slot.
class PostgresCollector : public Collector
{
    Q_OBJECT

public:
    PostgresCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~PostgresCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    void readConnections(pqxx::transaction_base &tx, PollResult &result);
    void readCacheHitRate(pqxx::transaction_base &tx, PollResult &result);
    void readStatements(pqxx::transaction_base &tx, PollResult &result, double windowSeconds);
    void readRunning(pqxx::transaction_base &tx, PollResult &result);
    void readReplication(pqxx::transaction_base &tx, PollResult &result);
    void add(PollResult &result, const QString &metric, double value, const Labels &labels = {}) const;

    struct Statement
    {
        CounterDelta calls;
        CounterDelta totalMs;
    };

    std::unique_ptr<pqxx::connection> m_connection;
    bool m_hasStatements = false;
    QString m_totalTimeColumn;
    double m_slowMs = 1000;
    qint64 m_lastPollMs = 0;
    QMap<QString, WindowedRatio> m_hitRates;
    QHash<QString, Statement> m_statements;
    QHash<QString, QString> m_queryTexts;
    QHash<QString, qint64> m_slotInactiveSince;
};

} // namespace Pitwall
