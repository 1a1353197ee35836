#include "collectorfactory.h"
#include "profileloader.h"
#include "sourcerunner.h"
#include "sqlitefixture.h"
#include "workerhost.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace Pitwall;

namespace {
Profile profileWith(const QString &sources)
{
    auto loaded = ProfileLoader::parse(QStringLiteral("interval: 2s\nsources:\n%1").arg(sources).toUtf8(),
                                       QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
    return std::get<Profile>(loaded);
}
} // namespace

class TestSourceRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A peer that accepts and never answers is what a hung server looks like
    // from outside; no real server can be made to do it on demand (SIGSTOP on
    // a lab server is tested against the lab).
    void aHungPeerIsAnErrorAfterThePollTimeoutAndBlocksNothing()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (auto *socket = silent.nextPendingConnection())
                held.append(socket); // read nothing, answer nothing
        });
        const Profile profile
            = profileWith(QStringLiteral("  - {name: hung, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n"
                                         "  - {name: gone, kind: clickhouse, url: 'http://127.0.0.1:1'}\n")
                              .arg(silent.serverPort()));

        SourceRunner hung(createCollector(profile.sources[0], profile), profile.interval);
        SourceRunner gone(createCollector(profile.sources[1], profile), profile.interval);
        QSignalSpy goneFinished(&gone, &SourceRunner::pollFinished);
        QElapsedTimer clock;
        clock.start();
        hung.start();
        gone.start();

        // The dead source answers at once, whatever the hung one does.
        QVERIFY(goneFinished.wait(2000));
        QCOMPARE(gone.status().state, SourceStatus::State::Error);
        QVERIFY(gone.status().message.contains(QStringLiteral("connection refused — is the server running?")));
        QVERIFY(!gone.status().authenticationFailed); // a server that is down asks for no password

        // The hung one: an error naming the timeout (half the 2 s interval), soon after it.
        QTRY_COMPARE_WITH_TIMEOUT(int(hung.status().state), int(SourceStatus::State::Error), 5000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 900, qPrintable(QString::number(elapsed)));
        QVERIFY2(hung.status().message.contains(QStringLiteral("no answer within 1 s")),
                 qPrintable(hung.status().message));

        // Meanwhile this thread's event loop was never held up: a 50 ms timer kept firing.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QTest::qWait(1000);
        QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks)));

        hung.stop();
        gone.stop();
        qDeleteAll(held);
    }

    // A source that answered and then is not polled for longer than two intervals and its
    // timeout (here: paused) is stale, and says since when; the runner needs no ticking
    // timer between polls to notice.
    void aSourceWithoutAnAnswerForTwoIntervalsIsStale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        Test::SqliteApp app(path);
        app.exec("CREATE TABLE t (x INTEGER)");
        auto loaded = ProfileLoader::parse(
            QStringLiteral("interval: 500ms\nsources:\n  - {name: file, kind: sqlite, url: 'sqlite://%1'}\n")
                .arg(path)
                .toUtf8(),
            QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        const Profile profile = std::get<Profile>(loaded);
        SourceRunner runner(createCollector(profile.sources[0], profile), profile.interval);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(runner.status().state), int(SourceStatus::State::Ok), 5000);
        runner.setPaused(true);
        QElapsedTimer paused;
        paused.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(runner.status().state), int(SourceStatus::State::Stale), 5000);
        // Two intervals and the timeout (half an interval) after the last answer, not before.
        QVERIFY2(paused.elapsed() >= 1000, qPrintable(QString::number(paused.elapsed())));
        QVERIFY2(runner.status().message.contains(QStringLiteral("the last answer is")),
                 qPrintable(runner.status().message));
        runner.stop();
    }

    // At exit (`pitwall report`, closing the window) a runner may have to give up
    // on a thread stuck in a hung server's read. It stops within its bound and
    // leaves the thread to end on its own, never terminated; the collector is
    // destroyed once, on its thread, when the read returns: its strings are
    // shared with the profile and the models, and a second destruction
    // corrupts their reference counts.
    void aRunnerStuckInAReadStopsAndDestroysItsCollectorOnce()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (auto *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        // A 20 s interval: a poll timeout of 10 s, longer than stop() waits.
        auto loaded = ProfileLoader::parse(
            QStringLiteral("interval: 20s\nsources:\n  - {name: hung, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
                .arg(silent.serverPort())
                .toUtf8(),
            QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        const Profile profile = std::get<Profile>(loaded);
        auto collector = createCollector(profile.sources[0], profile);
        std::atomic<int> destroyed{0};
        connect(
            collector.get(), &QObject::destroyed, collector.get(), [&destroyed] { ++destroyed; }, Qt::DirectConnection);
        {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not stop in time")));
            SourceRunner runner(std::move(collector), profile.interval);
            runner.start();
            QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 2000); // connected: the poll waits for an answer
            QTest::qWait(200);
            QElapsedTimer clock;
            clock.start();
            runner.stop();
            QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(destroyed.load(), 0); // still in its read
        }
        // The server goes away: the read returns, the abandoned thread ends and
        // takes its collector with it, once.
        qDeleteAll(held);
        QTRY_COMPARE_WITH_TIMEOUT(destroyed.load(), 1, 5000);
        QTest::qWait(200);
        QCOMPARE(destroyed.load(), 1);
        QCOMPARE(WorkerHost::reapAbandoned(std::chrono::milliseconds(5000)), 0);
    }
};

QTEST_GUILESS_MAIN(TestSourceRunner)
#include "tst_sourcerunner.moc"
