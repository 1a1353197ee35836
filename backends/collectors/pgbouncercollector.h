#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QDeadlineTimer>
#include <QHash>

#include <memory>

struct pg_conn;
struct pg_result;

namespace Pitwall {

/// Polls pgbouncer's admin console: per pool (database, user) its utilisation
/// (active server connections against the pool size of SHOW DATABASES, else
/// default_pool_size of SHOW CONFIG), waiting clients, the longest wait, and the
/// client and server counts — a configured database that no client has used yet
/// (absent from SHOW POOLS) from SHOW DATABASES, at 0 % while idle; per database
/// the transaction and query rates from
/// the totals of SHOW STATS. Speaks libpq directly: the console knows only the simple query
/// protocol and no transactions, and it reports pgbouncer's own version, which
/// libpqxx 6 refuses as a server older than PostgreSQL 9.0.
class PgBouncerCollector : public Collector
{
    Q_OBJECT

public:
    PgBouncerCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~PgBouncerCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    struct ConnectionDeleter
    {
        void operator()(pg_conn *connection) const;
    };
    class Table;
    Table show(const char *command);
    /// The last result of @p command, waited for until m_deadline; throws CollectorError.
    pg_result *execWithinDeadline(const char *command);

    std::unique_ptr<pg_conn, ConnectionDeleter> m_connection;
    QHash<QString, CounterDelta> m_counters;
    qint64 m_lastPollMs = 0;
    QDeadlineTimer m_deadline; // of the poll under way
};

} // namespace Pitwall
