#include "pgbouncercollector.h"

#include "collectorerror.h"
#include "connectionhints.h"
#include "logging.h"
#include "peertext.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <cerrno>
#include <libpq-fe.h>
#include <optional>
#include <poll.h>

namespace Pitwall {

namespace {
const QString adminDatabase = QStringLiteral("pgbouncer");
}

/// The rows of one SHOW command, read by column name.
class PgBouncerCollector::Table
{
public:
    explicit Table(PGresult *result)
        : m_result(result, PQclear)
    { }

    ExecStatusType status() const { return m_result ? PQresultStatus(m_result.get()) : PGRES_FATAL_ERROR; }
    QString error() const
    {
        const QString message = m_result ? peerText(PQresultErrorMessage(m_result.get())).trimmed() : QString();
        return message.isEmpty() ? QStringLiteral("no result") : message;
    }
    int rows() const { return PQntuples(m_result.get()); }
    bool hasColumn(const char *column) const { return PQfnumber(m_result.get(), column) >= 0; }
    QString text(int row, const char *column) const
    {
        const int index = PQfnumber(m_result.get(), column);
        if (index < 0 || PQgetisnull(m_result.get(), row, index))
            return {};
        return QString::fromUtf8(PQgetvalue(m_result.get(), row, index));
    }
    double number(int row, const char *column) const { return text(row, column).toDouble(); }

private:
    std::unique_ptr<PGresult, void (*)(PGresult *)> m_result;
};

void PgBouncerCollector::ConnectionDeleter::operator()(pg_conn *connection) const
{
    PQfinish(connection);
}

PgBouncerCollector::PgBouncerCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{ }

PgBouncerCollector::~PgBouncerCollector() = default;

void PgBouncerCollector::open()
{
    // A service file may name the database; then pgbouncer itself says if it is not the console.
    const QString database = PgConnection::databaseOf(source());
    if (!database.isEmpty() && database != adminDatabase)
        throw CollectorError(QCoreApplication::translate("Pitwall::PgBouncerCollector",
                                                         "%1: the URL must name pgbouncer's admin database, e.g. "
                                                         "postgresql://user@host:6432/pgbouncer")
                                 .arg(describe()));
    std::string conninfo;
    try {
        conninfo = PgConnection::connectionString(source(), password(), pollTimeout(), false);
    } catch (const std::invalid_argument &error) {
        throw CollectorError(describe() + QLatin1String(": ") + QString::fromUtf8(error.what()));
    }
    m_connection.reset(PQconnectdb(conninfo.c_str()));
    if (!m_connection || PQstatus(m_connection.get()) != CONNECTION_OK) {
        const QString message
            = m_connection ? peerText(PQerrorMessage(m_connection.get())) : QStringLiteral("out of memory");
        m_connection.reset();
        throw PgConnection::error(describe(), message);
    }
    qCDebug(lcPgBouncer).noquote() << describe() << "connected to the admin console, server"
                                   << PQparameterStatus(m_connection.get(), "server_version");
}

void PgBouncerCollector::close()
{
    m_connection.reset();
}

pg_result *PgBouncerCollector::execWithinDeadline(const char *command)
{
    // libpq's PQexec() waits for as long as the server takes, and a hung
    // pgbouncer never answers: the reply is awaited on the socket, against the
    // poll's deadline, and the connection is dropped when it runs out.
    pg_conn *connection = m_connection.get();
    if (!PQsendQuery(connection, command))
        throw PgConnection::error(describe(), peerText(PQerrorMessage(connection)));
    PGresult *last = nullptr;
    for (;;) {
        while (PQisBusy(connection)) {
            pollfd socket{PQsocket(connection), POLLIN, 0};
            const qint64 remaining = m_deadline.remainingTime();
            const int ready = remaining == 0 ? 0 : ::poll(&socket, 1, remaining < 0 ? -1 : int(remaining));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0) {
                PQclear(last);
                throw CollectorError(describe() + QStringLiteral(": ") + ConnectionHints::noAnswer(pollTimeout()));
            }
            if (ready < 0 || !PQconsumeInput(connection)) {
                PQclear(last);
                throw PgConnection::error(describe(), peerText(PQerrorMessage(connection)));
            }
        }
        PGresult *result = PQgetResult(connection);
        if (!result)
            return last;
        PQclear(last);
        last = result;
    }
}

PgBouncerCollector::Table PgBouncerCollector::show(const char *command)
{
    Table table(execWithinDeadline(command));
    if (PQstatus(m_connection.get()) != CONNECTION_OK)
        throw PgConnection::error(describe(), peerText(PQerrorMessage(m_connection.get())));
    if (table.status() != PGRES_TUPLES_OK)
        throw CollectorError(
            QCoreApplication::translate("Pitwall::PgBouncerCollector",
                                        "%1: %2 failed: %3 — does this user have stats_users or admin_users "
                                        "rights in pgbouncer.ini?")
                .arg(describe(), QLatin1String(command), table.error()));
    return table;
}

PollResult PgBouncerCollector::poll()
{
    m_deadline = QDeadlineTimer(pollTimeout());
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const double seconds = m_lastPollMs > 0 ? double(result.timeMs - m_lastPollMs) / 1000.0 : 0;
    const auto add = [&](const QString &metric, double value, const Labels &labels) {
        result.samples.append(Sample{{source().name, metric, labels}, result.timeMs, value});
    };

    // A database's pool size; pools of databases without one (the "*"
    // fallback, or an older pgbouncer) take default_pool_size from SHOW CONFIG.
    QHash<QString, double> poolSizes;
    const Table databases = show("SHOW DATABASES");
    for (int row = 0; row < databases.rows(); ++row)
        poolSizes.insert(databases.text(row, "name"), databases.number(row, "pool_size"));
    std::optional<double> defaultPoolSize;
    const auto poolSize = [&](const QString &database) {
        if (const double size = poolSizes.value(database); size > 0)
            return size;
        if (!defaultPoolSize) {
            defaultPoolSize = 0;
            const Table config = show("SHOW CONFIG");
            for (int row = 0; row < config.rows(); ++row) {
                if (config.text(row, "key") == QLatin1String("default_pool_size"))
                    defaultPoolSize = config.number(row, "value");
            }
        }
        return *defaultPoolSize;
    };

    const Table pools = show("SHOW POOLS");
    const bool microseconds = pools.hasColumn("maxwait_us");
    QSet<QString> pooled;
    for (int row = 0; row < pools.rows(); ++row) {
        const QString database = pools.text(row, "database");
        if (database == adminDatabase)
            continue;
        pooled.insert(database);
        const Labels labels{{QStringLiteral("database"), database}, {QStringLiteral("user"), pools.text(row, "user")}};
        const double active = pools.number(row, "sv_active");
        const double size = poolSize(database);
        if (size > 0)
            add(QStringLiteral("pool_utilisation"), active / size, labels);
        add(QStringLiteral("pool_waiting_clients"), pools.number(row, "cl_waiting"), labels);
        add(QStringLiteral("pool_clients_active"), pools.number(row, "cl_active"), labels);
        add(QStringLiteral("pool_servers_active"), active, labels);
        add(QStringLiteral("pool_servers_idle"), pools.number(row, "sv_idle"), labels);
        add(QStringLiteral("pool_servers_used"), pools.number(row, "sv_used"), labels);
        const double wait = pools.number(row, "maxwait") + (microseconds ? pools.number(row, "maxwait_us") / 1e6 : 0);
        add(QStringLiteral("pool_max_wait_seconds"), wait, labels);
    }

    // A configured database no client has used yet has no pool in SHOW POOLS:
    // report it from SHOW DATABASES, at 0 % while nothing holds a server.
    for (int row = 0; row < databases.rows(); ++row) {
        const QString database = databases.text(row, "name");
        if (database == adminDatabase || database == QLatin1String("*") || pooled.contains(database))
            continue;
        Labels labels{{QStringLiteral("database"), database}};
        if (const QString user = databases.text(row, "force_user"); !user.isEmpty())
            labels.insert(QStringLiteral("user"), user);
        const double servers = databases.number(row, "current_connections");
        if (const double size = poolSize(database); size > 0)
            add(QStringLiteral("pool_utilisation"), servers / size, labels);
        add(QStringLiteral("pool_waiting_clients"), 0, labels);
        add(QStringLiteral("pool_clients_active"), 0, labels);
        add(QStringLiteral("pool_servers_active"), servers, labels);
    }

    const Table stats = show("SHOW STATS");
    for (int row = 0; row < stats.rows(); ++row) {
        const QString database = stats.text(row, "database");
        if (database == adminDatabase)
            continue;
        const Labels labels{{QStringLiteral("database"), database}};
        for (const auto &[column, metric] : {std::pair{"total_xact_count", "pool_transactions_rate"},
                                             std::pair{"total_query_count", "pool_queries_rate"}}) {
            const auto delta
                = m_counters[database + QLatin1Char('/') + QLatin1String(column)].update(stats.number(row, column));
            if (delta && seconds > 0)
                add(QLatin1String(metric), *delta / seconds, labels);
        }
    }
    m_lastPollMs = result.timeMs; // the counters' window: from the last poll that read them
    return result;
}

} // namespace Pitwall
