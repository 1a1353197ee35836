#pragma once

#include "collector.h"
#include "redisnode.h"

#include <QStringList>

#include <map>
#include <memory>

namespace Pitwall {

/// Polls a Redis server, or every node of a Redis Cluster, with INFO and
/// SLOWLOG (hiredis, on the collector's thread). Hit rate and event rates are
/// windowed over the poll interval from counter deltas: Redis' counters are
/// lifetime totals, and a lifetime ratio hides an incident.
///
/// When the server says cluster_enabled:1, the nodes come from CLUSTER NODES
/// (asked again every poll), each node's series are labelled node="host:port",
/// and cache_hit_rate without a label is the whole cluster's, from the summed
/// deltas of its primaries. A node that fails is named in the remark while
/// the others report; only when none answers is the source in error.
class RedisCollector : public Collector
{
    Q_OBJECT

public:
    RedisCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~RedisCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    RedisNode &node(const QString &host, int port);
    RedisNode &node(const QString &address);
    /// Takes the nodes to poll from CLUSTER NODES as @p fromHost's node sees them.
    void adoptTopology(QByteArrayView clusterNodes, const QString &fromHost);
    /// A cluster is polled node by node within one deadline: shorter than the
    /// poll timeout, so that a hung node is reported before the source is.
    std::chrono::milliseconds nodeTimeout() const;

    RedisNode::Login m_login;
    /// Every node seen, by address, with its windows.
    std::map<QString, std::unique_ptr<RedisNode>> m_nodes;
    /// The addresses polled: the one server, or the cluster's nodes.
    QStringList m_active;
    bool m_cluster = false;
};

} // namespace Pitwall
