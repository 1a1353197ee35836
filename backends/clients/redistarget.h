#pragma once

#include "profile.h"
#include "redisconnection.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <memory>

namespace Pitwall {

/// The Redis servers an action writes to or deletes from: the one server of
/// a source, or every primary of a Redis Cluster (found through CLUSTER NODES,
/// with CLUSTER SLOTS to route a key to its primary), each with a logged-in
/// connection of its own. Used on one thread.
class RedisTarget
{
public:
    /// @p where names the source in messages.
    RedisTarget(const SourceConfig &source, QByteArray password, QString where, std::chrono::milliseconds timeout);
    ~RedisTarget();

    /// Connects and logs in to the source's server and, in a cluster, to every
    /// primary. Throws CollectorError.
    void open();
    bool isCluster() const { return m_cluster; }
    /// The database commands run in (0 in a cluster).
    int database() const { return m_database; }
    /// "host:port" of the primaries (the one server outside a cluster), in order.
    QStringList addresses() const { return m_addresses; }
    RedisConnection &connection(const QString &address);
    /// The primary that holds @p key.
    QString addressFor(QByteArrayView key) const;
    /// A command on one node now; an error reply throws, naming the node.
    RedisReply call(const QString &address, const QList<QByteArray> &arguments, const char *what);
    /// "127.0.0.1:6379[9]> ", as redis-cli prompts, for the plan's statements.
    QString prompt(const QString &address) const;

    /// The cluster hash slot of @p key (CRC16 of the key or its {hash tag}, mod 16384).
    static int keySlot(QByteArrayView key);
    /// @p argument as redis-cli would print it: bare when it is plain
    /// printable text without spaces or quotes, else in double quotes with escapes.
    static QString quoted(QByteArrayView argument);

private:
    RedisConnection &connect(const QString &address);
    void readSlots(const QString &address);

    SourceConfig m_source;
    QByteArray m_password;
    QString m_where;
    std::chrono::milliseconds m_timeout;
    bool m_cluster = false;
    int m_database = 0;
    QStringList m_addresses;
    std::map<QString, std::unique_ptr<RedisConnection>> m_connections;
    /// Cluster: first slot of each range → (last slot, address).
    QMap<int, QPair<int, QString>> m_slots;
};

} // namespace Pitwall
