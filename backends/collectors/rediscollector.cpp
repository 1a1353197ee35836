#include "rediscollector.h"

#include "collectorerror.h"
#include "logging.h"
#include "redisclusternode.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Pitwall {

RedisCollector::RedisCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{ }

RedisCollector::~RedisCollector() = default;

std::chrono::milliseconds RedisCollector::nodeTimeout() const
{
    return m_cluster ? pollTimeout() * 3 / 4 : pollTimeout();
}

RedisNode &RedisCollector::node(const QString &host, int port)
{
    const QString address = host + QLatin1Char(':') + QString::number(port);
    auto &slot = m_nodes[address];
    if (!slot)
        slot = std::make_unique<RedisNode>(host.toUtf8(), port, nodeTimeout());
    return *slot;
}

RedisNode &RedisCollector::node(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    return node(address.left(colon), address.mid(colon + 1).toInt());
}

void RedisCollector::open()
{
    if (source().url.scheme() != QLatin1String("redis"))
        throw CollectorError(tr("%1: only redis:// is supported (no TLS in this build's hiredis); %2:// is refused so "
                                "that nothing is sent in the clear")
                                 .arg(describe(), source().url.scheme()));
    m_login
        = RedisNode::Login{source().url.userName().toUtf8(), password().toUtf8(), source().url.path().mid(1).toUtf8()};
    // The profile's server first; a cluster seen before may be reached through any of its nodes.
    RedisNode &seed = node(source().url.host(), source().url.port(6379));
    QStringList candidates{seed.address()};
    if (m_cluster) {
        for (const QString &address : std::as_const(m_active))
            if (address != seed.address())
                candidates << address;
    }
    QString firstError;
    auto firstKind = CollectorError::Kind::Other; // a refused password stays one through the wrapping below
    for (const QString &address : std::as_const(candidates)) {
        RedisNode &candidate = node(address);
        candidate.close();
        candidate.setTimeout(pollTimeout());
        try {
            candidate.send(m_login, true);
            const RedisNode::Reading reading = candidate.receive(QDeadlineTimer(pollTimeout()));
            m_cluster = reading.info.raw("cluster_enabled") == "1";
            if (!m_cluster) {
                m_active = QStringList{candidate.address()};
            } else {
                if (reading.clusterNodes.isEmpty())
                    throw CollectorError(
                        QCoreApplication::translate("Pitwall::RedisCollector",
                                                    "CLUSTER NODES failed: the server says it is in a cluster "
                                                    "but does not list the nodes"));
                adoptTopology(reading.clusterNodes, address.left(address.lastIndexOf(QLatin1Char(':'))));
            }
            qCDebug(lcRedis) << "connected to" << source().name << "through" << address
                             << (m_cluster ? "cluster nodes" : "server") << m_active;
            return;
        } catch (const CollectorError &error) {
            candidate.close();
            if (firstError.isEmpty()) {
                firstError = error.message();
                firstKind = error.kind();
            }
        }
    }
    throw CollectorError(describe() + QLatin1String(": ") + firstError, firstKind);
}

void RedisCollector::close()
{
    for (auto &entry : m_nodes)
        entry.second->close();
}

void RedisCollector::adoptTopology(QByteArrayView clusterNodes, const QString &fromHost)
{
    QStringList active;
    for (const RedisClusterNode &listed : RedisClusterNode::parse(clusterNodes)) {
        if (!listed.isPollable())
            continue;
        // A node that has met no other yet does not know its own address.
        if (listed.host.isEmpty() && !listed.hasFlag("myself"))
            continue;
        RedisNode &member = node(listed.host.isEmpty() ? fromHost : listed.host, listed.port);
        active << member.address();
    }
    if (active.isEmpty())
        return;
    for (const QString &address : std::as_const(m_active))
        if (!active.contains(address))
            node(address).close();
    m_active = active;
    for (const QString &address : std::as_const(m_active))
        node(address).setTimeout(nodeTimeout());
}

PollResult RedisCollector::poll()
{
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const QDeadlineTimer deadline(nodeTimeout());

    // Ask every node first, then read the answers: a hung node costs the
    // deadline once, not once per node.
    QMap<QString, QString> failures;
    QHash<QString, CollectorError::Kind> failureKinds;
    QString topologyFrom;
    if (m_cluster) {
        for (const QString &address : std::as_const(m_active)) {
            if (node(address).isOpen()) {
                topologyFrom = address;
                break;
            }
        }
    }
    for (const QString &address : std::as_const(m_active)) {
        try {
            node(address).send(m_login, address == topologyFrom);
        } catch (const CollectorError &error) {
            failures.insert(address, error.message());
            failureKinds.insert(address, error.kind());
        }
    }
    QList<std::pair<RedisNode *, RedisNode::Reading>> readings;
    for (const QString &address : std::as_const(m_active)) {
        if (failures.contains(address))
            continue;
        try {
            readings.append({&node(address), node(address).receive(deadline)});
        } catch (const CollectorError &error) {
            failures.insert(address, error.message());
            failureKinds.insert(address, error.kind());
        }
    }
    if (readings.isEmpty()) {
        const QString first = failures.isEmpty()
            ? QCoreApplication::translate("Pitwall::RedisCollector", "no server to poll")
            : failures.first();
        throw CollectorError(
            describe() + QLatin1String(": ")
                + (m_cluster
                       ? QCoreApplication::translate("Pitwall::RedisCollector", "no node of the cluster answered: ")
                       : QString())
                + first,
            failures.isEmpty() ? CollectorError::Kind::Other : failureKinds.value(failures.firstKey()));
    }

    QStringList remarks;
    QStringList unbounded;
    double hits = 0;
    double misses = 0;
    bool windowed = false;
    QByteArray topology;
    QString topologyHost;
    for (const auto &[member, reading] : std::as_const(readings)) {
        const Labels labels = m_cluster ? Labels{{QStringLiteral("node"), member->address()}} : Labels{};
        const RedisNode::Findings findings = member->addTo(result, reading, source().name, labels);
        if (findings.noMaxmemory)
            unbounded << member->address();
        if (!findings.replicaProblem.isEmpty())
            remarks << (m_cluster ? member->address() + QLatin1String(": ") : QString()) + findings.replicaProblem;
        if (findings.primary && findings.hits && findings.misses) {
            hits += *findings.hits;
            misses += *findings.misses;
            windowed = true;
        }
        if (!reading.clusterNodes.isEmpty()) {
            topology = reading.clusterNodes;
            topologyHost = member->address().left(member->address().lastIndexOf(QLatin1Char(':')));
        }
    }
    if (m_cluster && windowed && hits + misses > 0)
        result.samples.append(
            Sample{{source().name, QStringLiteral("cache_hit_rate"), {}}, result.timeMs, hits / (hits + misses)});

    if (!unbounded.isEmpty()) {
        remarks << (m_cluster ? QCoreApplication::translate("Pitwall::RedisCollector", "no maxmemory set on %1")
                                    .arg(unbounded.join(QLatin1String(", ")))
                              : QCoreApplication::translate("Pitwall::RedisCollector", "no maxmemory set"))
                + QStringLiteral(": the cache can grow until the machine runs out of memory "
                                 "(utilisation is against the machine's memory)");
    }
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        remarks << QCoreApplication::translate(
                       "Pitwall::RedisCollector",
                       "node %1 failed (%2 of %3 nodes report; the cluster-wide hit rate leaves it out): %4")
                       .arg(it.key())
                       .arg(readings.size())
                       .arg(m_active.size())
                       .arg(it.value());
    if (!topology.isEmpty())
        adoptTopology(topology, topologyHost);
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

} // namespace Pitwall
