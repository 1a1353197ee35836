#include "collectorprobe.h"
#include "labenvironment.h"
#include "rediscli.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

QString redisProfile(const Test::LabEnvironment &lab)
{
    return QStringLiteral("interval: 2s\n"
                          "sources:\n"
                          "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
        .arg(lab.port(QStringLiteral("REDIS_PORT")));
}

QString configValue(const RedisCli &redis, const QString &name)
{
    const QList<QByteArray> reply
        = redis.run({QStringLiteral("CONFIG"), QStringLiteral("GET"), name}).trimmed().split('\n');
    return QString::fromUtf8(reply.value(1).trimmed());
}

/// The offset= of an INFO replica line ("ip=…,port=…,state=online,offset=123,lag=0").
QString replicaOffset(const QString &line)
{
    for (const QString &pair : line.split(QLatin1Char(',')))
        if (pair.startsWith(QLatin1String("offset=")))
            return pair.mid(7);
    return {};
}

} // namespace

/// Replication, against a real replica of the lab's Redis that the test starts itself.
class TestRedisReplicaLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReplicasOffsetLagIsReadOnThePrimary()
    {
        PITWALL_REQUIRE_LAB(lab);
        const int primaryPort = lab.port(QStringLiteral("REDIS_PORT"));
        const RedisCli primary(primaryPort);
        // A real replica of the lab's Redis, started by this test on a free port.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int replicaPort = probe.serverPort();
        probe.close();
        QTemporaryDir dir;
        const QString delay = configValue(primary, QStringLiteral("repl-diskless-sync-delay"));
        primary.run({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("repl-diskless-sync-delay"),
                     QStringLiteral("0")});
        QProcess replica;
        replica.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        replica.setStandardOutputFile(dir.filePath(QStringLiteral("replica.log")));
        const auto stopReplica = qScopeGuard([&] {
            ::kill(pid_t(replica.processId()), SIGCONT);
            replica.terminate();
            replica.waitForFinished(10'000);
            primary.run(
                {QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("repl-diskless-sync-delay"), delay});
            primary.pipe("SELECT 3\nFLUSHDB\n");
        });
        replica.start(QStringLiteral("redis-server"),
                      {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QString::number(replicaPort), QStringLiteral("--save"), QString(),
                       QStringLiteral("--appendonly"), QStringLiteral("no"), QStringLiteral("--dir"), dir.path(),
                       QStringLiteral("--maxmemory"), QStringLiteral("64mb"), QStringLiteral("--replicaof"),
                       QStringLiteral("127.0.0.1"), QString::number(primaryPort)});
        QVERIFY(replica.waitForStarted());
        const QString replicaName = QStringLiteral("127.0.0.1:%1").arg(replicaPort);
        QTRY_VERIFY_WITH_TIMEOUT(primary.info().value(QStringLiteral("slave0")).contains(QLatin1String("state=online")),
                                 20'000);

        CollectorProbe onPrimary(profileFrom(redisProfile(lab)), QStringLiteral("cache"));
        const PollOutcome synced = onPrimary.poll();
        QVERIFY2(synced.ok, qPrintable(synced.error));
        QCOMPARE(synced.value(QStringLiteral("replicas_connected")), 1.0);
        QVERIFY(synced.value(QStringLiteral("replication_lag_bytes"), {{QStringLiteral("replica"), replicaName}}));

        // A replica that stops reading falls behind by what the primary writes meanwhile.
        QCOMPARE(::kill(pid_t(replica.processId()), SIGSTOP), 0);
        QList<QStringList> writes{{QStringLiteral("SELECT"), QStringLiteral("3")}};
        for (int i = 0; i < 2000; ++i)
            writes.append({QStringLiteral("SET"), QStringLiteral("tst:replica:%1").arg(i), QStringLiteral("value")});
        QVERIFY(primary.massPipe(writes));
        const auto lagNow = [&] {
            const auto info = primary.info();
            const auto offset = replicaOffset(info.value(QStringLiteral("slave0")));
            return info.value(QStringLiteral("master_repl_offset")).toDouble() - offset.toDouble();
        };
        const double lagBefore = lagNow();
        const PollOutcome behind = onPrimary.poll();
        const double lagAfter = lagNow();
        QVERIFY2(behind.ok, qPrintable(behind.error));
        const auto lag
            = behind.value(QStringLiteral("replication_lag_bytes"), {{QStringLiteral("replica"), replicaName}});
        QVERIFY(lag);
        qInfo("replica lag: Pitwall %.0f bytes, the test's INFO %.0f..%.0f bytes", *lag, lagBefore, lagAfter);
        QVERIFY2(lagBefore > 10'000, qPrintable(QString::number(lagBefore)));
        QVERIFY2(*lag >= lagBefore && *lag <= lagAfter, qPrintable(QString::number(*lag)));

        // On the replica itself: a link that is not up is said in the status.
        ::kill(pid_t(replica.processId()), SIGCONT);
        const RedisCli onReplica(replicaPort);
        onReplica.run({QStringLiteral("REPLICAOF"), QStringLiteral("127.0.0.1"), QStringLiteral("1")});
        const Profile replicaProfile = profileFrom(QStringLiteral("interval: 2s\n"
                                                                  "sources:\n"
                                                                  "  - {name: replica, kind: redis, url: "
                                                                  "'redis://127.0.0.1:%1/0'}\n")
                                                       .arg(replicaPort));
        CollectorProbe onReplicaProbe(replicaProfile, QStringLiteral("replica"));
        const PollOutcome cut = onReplicaProbe.poll();
        QVERIFY2(cut.ok, qPrintable(cut.error));
        QCOMPARE(cut.result.remark, QStringLiteral("a replica of 127.0.0.1:1 whose link to it is down"));
        QVERIFY(!cut.value(QStringLiteral("replicas_connected")));
    }
};

QTEST_GUILESS_MAIN(TestRedisReplicaLab)
#include "tst_redis_replica_lab.moc"
