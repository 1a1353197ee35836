#include "localprobe.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

class TestLocalProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatAnswersOnTheStandardPorts()
    {
        // A listener on Redis' port answers like a Redis would to a TCP connect.
        QTcpServer redisPort;
        const bool listening = redisPort.listen(QHostAddress::LocalHost, 6379);
        if (!listening && redisPort.serverError() != QAbstractSocket::AddressInUseError)
            QSKIP("cannot listen on 127.0.0.1:6379 here");

        LocalProbe probe;
        probe.setSocketDirectories({});
        QSignalSpy finished(&probe, &LocalProbe::finished);
        probe.start(std::chrono::milliseconds(500));
        QVERIFY(finished.wait(3000));
        const Profile profile = probe.profile();
        const auto redis = std::find_if(profile.sources.cbegin(), profile.sources.cend(),
                                        [](const SourceConfig &source) { return source.kind == SourceKind::Redis; });
        QVERIFY(redis != profile.sources.cend());
        QCOMPARE(redis->url.toString(), QStringLiteral("redis://127.0.0.1:6379/0"));
        QCOMPARE(redis->name, QStringLiteral("local-redis"));
        QVERIFY(!profile.thresholds.isEmpty());
        for (const auto &source : profile.sources)
            QCOMPARE(source.url.host(), QStringLiteral("127.0.0.1"));
    }

    void triesPostgresUnixSocketToo()
    {
        // A listener on a socket named as PostgreSQL names it, in the second of two directories.
        QTemporaryDir empty;
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY2(server.listen(dir.filePath(QStringLiteral(".s.PGSQL.5432"))), qPrintable(server.errorString()));

        LocalProbe probe;
        probe.setSocketDirectories({empty.path(), dir.path()});
        QSignalSpy finished(&probe, &LocalProbe::finished);
        probe.start(std::chrono::milliseconds(500));
        QVERIFY(finished.wait(3000));
        const Profile profile = probe.profile();
        const auto postgres
            = std::find_if(profile.sources.cbegin(), profile.sources.cend(),
                           [](const SourceConfig &source) { return source.kind == SourceKind::Postgres; });
        QVERIFY(postgres != profile.sources.cend());
        QCOMPARE(postgres->name, QStringLiteral("local-postgres"));
        QCOMPARE(postgres->uri, QStringLiteral("postgresql:///postgres?host=") + dir.path());
        QVERIFY(postgres->url.host().isEmpty());
        QCOMPARE(postgres->address(), dir.path() + QStringLiteral(":default port"));
        QCOMPARE(std::count_if(profile.sources.cbegin(), profile.sources.cend(),
                               [](const SourceConfig &source) { return source.kind == SourceKind::Postgres; }),
                 1);

        // Nobody on the socket any more: no postgres source from it.
        server.close();
        LocalProbe again;
        again.setSocketDirectories({dir.path()});
        QSignalSpy done(&again, &LocalProbe::finished);
        again.start(std::chrono::milliseconds(500));
        QVERIFY(done.wait(3000));
        for (const auto &source : again.profile().sources)
            QVERIFY(source.uri.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalProbe)
#include "tst_localprobe.moc"
