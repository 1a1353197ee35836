#include "localprobe.h"

#include <QSignalSpy>
#include <QTcpServer>
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
};

QTEST_GUILESS_MAIN(TestLocalProbe)
#include "tst_localprobe.moc"
