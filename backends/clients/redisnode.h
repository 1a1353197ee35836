#pragma once

#include "counterdelta.h"
#include "pollresult.h"
#include "redisconnection.h"
#include "redisinfo.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace Pitwall {

/// One Redis server a source polls (the only one, or one node of a Redis
/// Cluster): its connection, and the counters its rates are windowed by. The
/// windows outlive a lost connection; a restart of the server (a new run_id,
/// or a counter that went down) starts them again.
class RedisNode
{
public:
    /// How to log in on a new connection.
    struct Login
    {
        QByteArray user;
        QByteArray password;
        /// Database to SELECT; empty or "0" for none (a cluster has only db 0).
        QByteArray database;
    };

    /// What one poll of the node read.
    struct Reading
    {
        qint64 timeMs = 0;
        RedisInfo info;
        RedisReply slowlog;
        /// CLUSTER NODES, when it was asked for.
        QByteArray clusterNodes;
    };

    /// What a reading adds to the source beyond its own samples.
    struct Findings
    {
        bool primary = false;
        /// keyspace_hits and keyspace_misses over the window, when there is a window.
        std::optional<double> hits;
        std::optional<double> misses;
        bool noMaxmemory = false;
        /// A replica whose link to its primary is not up: "link to the primary is down".
        QString replicaProblem;
    };

    RedisNode(QByteArray host, int port, std::chrono::milliseconds timeout);

    /// "host:port", how the node is labelled.
    QString address() const { return m_address; }
    bool isOpen() const { return m_connection.isOpen(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_connection.setTimeout(timeout); }

    /// Connects if needed, then queues this poll's commands: AUTH (and SELECT)
    /// on a new connection, INFO, SLOWLOG GET and, when asked, CLUSTER NODES.
    void send(const Login &login, bool askClusterNodes);
    /// Reads what send() queued, within @p deadline; throws CollectorError.
    Reading receive(const QDeadlineTimer &deadline);
    /// One command now, within the timeout; throws CollectorError.
    RedisReply call(const QList<QByteArray> &arguments, const char *what);
    void close() { m_connection.close(); }

    /// The reading as samples of @p source with @p labels and slow-query rows
    /// (new SLOWLOG entries only); moves the windows on.
    Findings addTo(PollResult &result, const Reading &reading, const QString &source, const Labels &labels);

private:
    void addSlowlog(PollResult &result, const RedisReply &slowlog, const QString &source, bool labelled);
    std::optional<double> delta(const RedisInfo &info, const char *field);

    QByteArray m_host;
    int m_port;
    QString m_address;
    RedisConnection m_connection;
    /// Replies send() queued that receive() has yet to read.
    QList<const char *> m_pending;
    QString m_runId;
    QMap<QString, CounterDelta> m_counters;
    qint64 m_lastReadingMs = 0;
    std::optional<qint64> m_lastSlowlogId;
};

} // namespace Pitwall
