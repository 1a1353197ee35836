#pragma once

// Helpers for the tests against the lab's PostgreSQL and pgbouncer: the
// test's own connections, to read the servers itself around the polls of a
// CollectorProbe.

#include "collectorprobe.h"
#include "labenvironment.h"
#include "profileloader.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>

namespace Pitwall::Test {

/// A libpq connection string for the test's own client: the superuser over
/// the lab's unix socket (trust), any other role over TCP with the lab's
/// PGPASSFILE. @p portKey: PG_PORT, or PGBOUNCER_PORT to go through pgbouncer.
inline std::string labConnection(const LabEnvironment &lab, const QString &user, const QString &database,
                                 const QString &applicationName = QStringLiteral("pitwall-test"),
                                 const QString &portKey = QStringLiteral("PG_PORT"))
{
    const QString host
        = user == QLatin1String("postgres") ? lab.value(QStringLiteral("PG_SOCKET_DIR")) : QStringLiteral("127.0.0.1");
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 passfile=%5 application_name=%6 connect_timeout=5")
        .arg(host)
        .arg(lab.port(portKey))
        .arg(database, user, lab.value(QStringLiteral("PGPASSFILE")), applicationName)
        .toStdString();
}

/// Runs @p sql on @p connection outside a transaction block and returns its rows.
inline pqxx::result sql(pqxx::connection &connection, const std::string &sql)
{
    pqxx::nontransaction tx(connection);
    return tx.exec(sql);
}

/// One statement of pg_stat_statements in the lab database, as the test reads it.
struct Statement
{
    double calls = 0;
    double totalMs = 0;
    QString query;

    double meanMs() const { return calls > 0 ? totalMs / calls : 0; }
    Statement operator-(const Statement &before) const
    {
        return Statement{calls - before.calls, totalMs - before.totalMs, query};
    }
};
using Statements = QHash<QString, Statement>;

/// pg_stat_statements of the lab database by queryid, top-level statements only, read with plain SQL.
inline Statements readStatements(pqxx::connection &connection)
{
    Statements statements;
    for (const auto &row : sql(connection,
                               "SELECT queryid::text, sum(calls), sum(total_exec_time), min(query) "
                               "FROM pg_stat_statements "
                               "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'lab') AND toplevel "
                               "GROUP BY queryid"))
        statements.insert(QString::fromUtf8(row[0].c_str()),
                          Statement{row[1].as<double>(), row[2].as<double>(), QString::fromUtf8(row[3].c_str())});
    return statements;
}

/// The queryid whose text contains @p needle (is @p needle, when @p exact).
/// Entries of tables dropped since keep their text: with @p ranSince, only a
/// statement called since then counts.
inline QString queryIdOf(const Statements &statements, const QString &needle, bool exact = false,
                         const Statements *ranSince = nullptr)
{
    for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
        if ((exact ? it->query == needle : it->query.contains(needle))
            && (!ranSince || it->calls > ranSince->value(it.key()).calls))
            return it.key();
    }
    return {};
}

/// Runs @p statement, for cleaning up: a failure there must not hide the test's own.
inline void bestEffort(const std::string &connection, const std::string &statement)
{
    try {
        pqxx::connection client(connection);
        sql(client, statement);
    } catch (const std::exception &error) {
        qWarning("cleanup failed: %s", error.what());
    }
}

/// The lab's CDC slot as the test reads it.
struct Slot
{
    bool active = false;
    double lagBytes = 0;
    double retainedBytes = 0;
};

inline Slot readSlot(pqxx::connection &connection)
{
    const auto rows = sql(connection,
                          "SELECT active, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn), "
                          "       pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) "
                          "FROM pg_replication_slots WHERE slot_name = 'lab_sub'");
    if (rows.empty())
        return {};
    return Slot{rows[0][0].as<bool>(), rows[0][1].as<double>(), rows[0][2].as<double>()};
}

/// Block hits and reads of the lab database.
struct Blocks
{
    double hits = 0;
    double reads = 0;
};

inline Blocks readBlocks(pqxx::connection &connection)
{
    const auto row = sql(connection, "SELECT blks_hit, blks_read FROM pg_stat_database WHERE datname = 'lab'")[0];
    return Blocks{row[0].as<double>(), row[1].as<double>()};
}

/// Whether @p value lies between two readings (in either order), give or take @p slack.
inline bool between(double value, double low, double high, double slack = 1e-9)
{
    return value >= std::min(low, high) - slack && value <= std::max(low, high) + slack;
}

/// A statement running on a connection of its own, on a thread of its own,
/// until it ends; the destructor waits for it.
class BackgroundStatement
{
public:
    BackgroundStatement(std::string connection, std::string statement)
        : m_thread([this, connection = std::move(connection), statement = std::move(statement)] {
            try {
                pqxx::connection client(connection);
                m_pid = client.backendpid();
                pqxx::nontransaction tx(client);
                tx.exec(statement);
            } catch (const std::exception &error) {
                const std::lock_guard lock(m_mutex);
                m_error = error.what();
            }
            m_done = true;
        })
    { }
    ~BackgroundStatement() { m_thread.join(); }
    BackgroundStatement(const BackgroundStatement &) = delete;
    BackgroundStatement &operator=(const BackgroundStatement &) = delete;

    bool isDone() const { return m_done; }
    /// The server's backend pid (pgbouncer's stand-in through pgbouncer); 0 until connected.
    int pid() const { return m_pid; }
    QString error() const
    {
        const std::lock_guard lock(m_mutex);
        return QString::fromStdString(m_error);
    }

private:
    mutable std::mutex m_mutex;
    std::string m_error;
    std::atomic<bool> m_done{false};
    std::atomic<int> m_pid{0};
    std::thread m_thread; // last: the thread starts once the rest is built
};

/// The lab's own profile (lab.env's PITWALL_PROFILE), keeping only @p sources,
/// polled every @p interval. Sets PGPASSFILE for the collectors' libpq.
inline Profile labProfile(const LabEnvironment &lab, const QStringList &sources,
                          std::chrono::milliseconds interval = std::chrono::seconds(5))
{
    qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    auto loaded = ProfileLoader::load(lab.profilePath());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("the lab's profile does not load: %s", qPrintable(error->toString()));
    Profile profile = std::get<Profile>(loaded);
    profile.interval = interval;
    QList<SourceConfig> kept;
    for (const auto &source : std::as_const(profile.sources)) {
        if (sources.contains(source.name))
            kept.append(source);
    }
    profile.sources = kept;
    return profile;
}

/// A workload knob's value now (tests/lab/README.md, workload.conf).
inline QString workloadKnob(const LabEnvironment &lab, const QString &key)
{
    QFile conf(lab.value(QStringLiteral("WORKLOAD_CONTROL")));
    if (!conf.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression line(QStringLiteral("^%1=(\\S+)$").arg(key), QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(conf.readAll())).captured(1);
}

/// The note a poll put on the series @p metric with @p labels.
inline QString noteOf(const PollOutcome &poll, const QString &metric, const Labels &labels)
{
    return poll.result.notes.value(SeriesKey{poll.result.source, metric, labels});
}

/// Every series of @p metric in a poll: the value of its label @p label → its value.
inline QMap<QString, double> seriesOf(const PollOutcome &poll, const QString &metric, const QString &label)
{
    QMap<QString, double> values;
    for (const auto &sample : poll.result.samples) {
        if (sample.key.metric == metric)
            values.insert(sample.key.labels.value(label), sample.value);
    }
    return values;
}

} // namespace Pitwall::Test
