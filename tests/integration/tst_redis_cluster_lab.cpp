#include "collectorprobe.h"
#include "labenvironment.h"
#include "rediscli.h"

#include <QFile>
#include <QScopeGuard>
#include <QtTest>

#include <csignal>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

QList<int> clusterPorts(const Test::LabEnvironment &lab)
{
    QList<int> ports;
    for (const QString &port : lab.value(QStringLiteral("REDIS_CLUSTER_PORTS")).split(QLatin1Char(',')))
        ports << port.toInt();
    return ports;
}

QString address(int port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

Profile clusterProfile(const Test::LabEnvironment &lab)
{
    return profileFrom(QStringLiteral("interval: 2s\n"
                                      "sources:\n"
                                      "  - {name: cluster, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
                           .arg(clusterPorts(lab).constFirst()));
}

/// The nodes a poll reported, from the node label of its memory_utilisation series.
QSet<QString> reportedNodes(const PollOutcome &outcome)
{
    QSet<QString> nodes;
    for (const auto &sample : outcome.result.samples)
        if (sample.key.metric == QLatin1String("memory_utilisation"))
            nodes.insert(sample.key.labels.value(QStringLiteral("node")));
    return nodes;
}

struct Counters
{
    double hits = 0;
    double misses = 0;
};

Counters counters(int port)
{
    const auto info = RedisCli(port).info();
    return {info.value(QStringLiteral("keyspace_hits")).toDouble(),
            info.value(QStringLiteral("keyspace_misses")).toDouble()};
}

qint64 pidOf(const Test::LabEnvironment &lab, const QString &server)
{
    QFile file(lab.dir() + QLatin1String("/run/") + server + QLatin1String(".pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

} // namespace

class TestRedisClusterLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNodeIsReportedAndTheClusterHitRateIsSummed()
    {
        PITWALL_REQUIRE_LAB(lab);
        const QList<int> ports = clusterPorts(lab);
        QCOMPARE(ports.size(), 3);
        const RedisCli cluster(ports.constFirst(), true);
        QByteArray keys;
        for (int i = 0; i < 60; ++i)
            keys += "SET tst:cluster:" + QByteArray::number(i) + " v\n";
        cluster.pipe(keys);

        CollectorProbe probe(clusterProfile(lab), QStringLiteral("cluster"));
        const PollOutcome first = probe.poll();
        QVERIFY2(first.ok, qPrintable(first.error));
        QSet<QString> expected;
        for (int port : ports)
            expected.insert(address(port));
        QCOMPARE(reportedNodes(first), expected);

        QList<Counters> before;
        for (int port : ports)
            before << counters(port);
        // Three hits for every miss, spread over the slots of all three nodes.
        QByteArray traffic;
        for (int round = 0; round < 3; ++round)
            for (int i = 0; i < 60; ++i)
                traffic += "GET tst:cluster:" + QByteArray::number(i) + '\n';
        for (int i = 0; i < 60; ++i)
            traffic += "GET tst:cluster:missing:" + QByteArray::number(i) + '\n';
        cluster.pipe(traffic);
        const PollOutcome second = probe.poll();
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(reportedNodes(second), expected);
        QVERIFY2(second.result.remark.isEmpty(), qPrintable(second.result.remark));

        Counters sum;
        for (qsizetype n = 0; n < ports.size(); ++n) {
            const Counters after = counters(ports[n]);
            const double hits = after.hits - before[n].hits;
            const double misses = after.misses - before[n].misses;
            sum.hits += hits;
            sum.misses += misses;
            const auto rate
                = second.value(QStringLiteral("cache_hit_rate"), {{QStringLiteral("node"), address(ports[n])}});
            QVERIFY2(hits + misses > 0, "every node should have had traffic");
            QVERIFY(rate);
            QVERIFY2(std::abs(*rate - hits / (hits + misses)) <= 0.05, qPrintable(QString::number(*rate)));
        }
        const auto clusterRate = second.value(QStringLiteral("cache_hit_rate"));
        QVERIFY2(clusterRate, "no cluster-wide hit rate");
        const double own = sum.hits / (sum.hits + sum.misses);
        qInfo("cluster-wide hit rate: Pitwall %.4f, the test's summed INFO deltas %.4f", *clusterRate, own);
        QVERIFY2(std::abs(*clusterRate - own) <= 0.05, qPrintable(QString::number(*clusterRate)));
        QVERIFY2(std::abs(own - 0.75) <= 0.05, qPrintable(QString::number(own)));

        // Keys per node and database, as each node counts them.
        for (int port : ports) {
            const double keysOnNode = RedisCli(port).run({QStringLiteral("DBSIZE")}).trimmed().toDouble();
            QCOMPARE(
                second.value(QStringLiteral("keys"),
                             {{QStringLiteral("node"), address(port)}, {QStringLiteral("db"), QStringLiteral("0")}}),
                keysOnNode);
        }
    }

    void aStoppedNodeIsNamedWhileTheOthersReport()
    {
        PITWALL_REQUIRE_LAB(lab);
        const QList<int> ports = clusterPorts(lab);
        const qint64 pid = pidOf(lab, QStringLiteral("redis_cluster3"));
        QVERIFY(pid > 0);
        CollectorProbe probe(clusterProfile(lab), QStringLiteral("cluster"));
        QVERIFY(probe.poll().ok);

        const auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        const PollOutcome stopped = probe.poll();
        QVERIFY2(stopped.ok, qPrintable(stopped.error));
        QCOMPARE(reportedNodes(stopped), (QSet<QString>{address(ports[0]), address(ports[1])}));
        QVERIFY2(stopped.result.remark.startsWith(
                     QStringLiteral("node %1 failed (2 of 3 nodes report; the cluster-wide hit rate leaves it out): "
                                    "INFO: no answer within 0.75 s")
                         .arg(address(ports[2]))),
                 qPrintable(stopped.result.remark));

        ::kill(pid_t(pid), SIGCONT);
        const PollOutcome resumed = probe.poll();
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(reportedNodes(resumed).size(), 3);
        QVERIFY2(resumed.result.remark.isEmpty(), qPrintable(resumed.result.remark));
    }

    void theClusterIsFoundThroughAnyNode()
    {
        PITWALL_REQUIRE_LAB(lab);
        const QList<int> ports = clusterPorts(lab);
        const Profile profile
            = profileFrom(QStringLiteral("interval: 2s\n"
                                         "sources:\n"
                                         "  - {name: cluster, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
                              .arg(ports.constLast()));
        CollectorProbe probe(profile, QStringLiteral("cluster"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(reportedNodes(outcome).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRedisClusterLab)
#include "tst_redis_cluster_lab.moc"
