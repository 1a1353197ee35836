#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pitwall {

/// One line of CLUSTER NODES: a node of a Redis Cluster as another node sees
/// it. Parsed from text, with no hiredis type, so that it can be tested alone.
struct RedisClusterNode
{
    QString id;
    /// Host (IP, or empty when the node does not know its own address yet) and client port.
    QString host;
    int port = 0;
    /// myself, master, slave, fail?, fail, handshake, noaddr, nofailover…
    QStringList flags;
    /// The primary's id for a replica; empty for a primary.
    QString primaryId;
    bool connected = false;

    bool hasFlag(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    bool isPrimary() const { return hasFlag("master"); }
    /// A node with an address Pitwall can poll (not in handshake, not without an address).
    bool isPollable() const { return port > 0 && !hasFlag("noaddr") && !hasFlag("handshake"); }

    /// Reads CLUSTER NODES text, one node a line
    /// (`<id> <ip:port@cport[,hostname]> <flags> <primary> <ping> <pong> <epoch> <link> <slot>…`).
    /// Lines it does not understand are skipped; it never fails.
    static QList<RedisClusterNode> parse(QByteArrayView text);
};

} // namespace Pitwall
