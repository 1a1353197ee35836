#include "labenvironment.h"
#include "recorder.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Pitwall;

class TestRecorderKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillLosesAtMostTheLastInterval()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString profilePath = dir.filePath(QStringLiteral("kill.yaml"));
        QFile profile(profilePath);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(QStringLiteral("interval: 1s\n"
                                     "sources:\n"
                                     "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
                          .arg(lab.port(QStringLiteral("REDIS_PORT")))
                          .toUtf8());
        profile.close();

        // The GUI, offscreen, with its data directory in the temporary one.
        QProcess pitwall;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        pitwall.setProcessEnvironment(environment);
        pitwall.start(QStringLiteral(PITWALL_BINARY), {QStringLiteral("--profile"), profilePath});
        QVERIFY(pitwall.waitForStarted());

        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        const QString session = Recorder::sessionPath(profilePath);
        // Wait until several polls are on disk.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(session), 15000);
        QSet<qint64> polls;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     polls.clear();
                                     for (const auto &sample : Recorder::read(session, 0))
                                         polls.insert(sample.timeMs);
                                     return polls.size() >= 4;
                                 }()),
                                 20000);

        QTest::qWait(2300);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        ::kill(pid_t(pitwall.processId()), SIGKILL);
        QVERIFY(pitwall.waitForFinished(5000));
        QCOMPARE(pitwall.exitStatus(), QProcess::CrashExit);

        const auto samples = Recorder::read(session, 0);
        QVERIFY(!samples.isEmpty());
        qint64 newest = 0;
        polls.clear();
        for (const auto &sample : samples) {
            newest = std::max(newest, sample.timeMs);
            polls.insert(sample.timeMs);
            QCOMPARE(sample.key.source, QStringLiteral("cache"));
        }
        QVERIFY2(polls.size() >= 6, qPrintable(QString::number(polls.size())));
        // At most the last interval (1 s) is lost, with a little slack for the poll's own duration.
        QVERIFY2(killedAt - newest <= 1500,
                 qPrintable(QStringLiteral("newest sample %1 ms before the kill").arg(killedAt - newest)));
        // Every poll that reached the file is whole: each carries the hit-rate
        // source's full set of series, not a torn half.
        QHash<qint64, int> perPoll;
        for (const auto &sample : samples)
            ++perPoll[sample.timeMs];
        const int full = *std::max_element(perPoll.cbegin(), perPoll.cend());
        int whole = 0;
        for (const int count : std::as_const(perPoll))
            whole += count >= full - 1 ? 1 : 0; // the first poll has no windowed rates yet
        QVERIFY(whole >= int(perPoll.size()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestRecorderKill)
#include "tst_recorder_kill.moc"
