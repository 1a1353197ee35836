#include "collectorprobe.h"
#include "labenvironment.h"
#include "session.h"
#include "sourcestatusmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QtTest>

#include <csignal>

using namespace Pitwall;
using namespace Pitwall::Test;

class TestRedisHangLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoppedServerIsAnErrorWhileTheOthersUpdate()
    {
        PITWALL_REQUIRE_LAB(lab);
        QFile pidFile(lab.dir() + QLatin1String("/run/redis.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(pid > 0);
        qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toUtf8());

        // A 2 s interval: the poll timeout is 1 s.
        const Profile profile = profileFrom(
            QStringLiteral("interval: 2s\n"
                           "sources:\n"
                           "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n"
                           "  - {name: db, kind: postgres, url: 'postgresql://pitwall_monitor@127.0.0.1:%2/lab'}\n"
                           "  - {name: ch, kind: clickhouse, url: 'http://127.0.0.1:%3'}\n")
                .arg(lab.port(QStringLiteral("REDIS_PORT")))
                .arg(lab.port(QStringLiteral("PG_PORT")))
                .arg(lab.port(QStringLiteral("CH_HTTP_PORT"))));
        Session session(profile, QString());
        QHash<QString, int> polls;
        connect(&session, &Session::polled, this, [&](const PollResult &result) { ++polls[result.source]; });
        const auto state = [&](const char *source) {
            return session.sources()->status(QLatin1String(source)).state;
        };
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(state("cache") == SourceStatus::State::Ok && state("db") == SourceStatus::State::Ok
                                     && state("ch") == SourceStatus::State::Ok,
                                 20'000);

        const auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
        // Stop it just before the next poll (interval 2 s), so that poll hangs on its way.
        const int cachePolls = polls.value(QStringLiteral("cache"));
        QTRY_VERIFY_WITH_TIMEOUT(polls.value(QStringLiteral("cache")) > cachePolls, 10'000);
        QTest::qWait(1900);
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        QElapsedTimer stopped;
        stopped.start();

        // Error after the poll timeout (1 s) of the poll that hangs, which starts within an interval.
        QTRY_VERIFY_WITH_TIMEOUT(state("cache") == SourceStatus::State::Error, 2000 + 1000 + 1000);
        const QString message = session.sources()->status(QStringLiteral("cache")).message;
        qInfo("error %lld ms after SIGSTOP: %s", stopped.elapsed(), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("no answer within 1 s")), qPrintable(message));

        // The others keep updating meanwhile; the stopped one reports nothing.
        const int dbPolls = polls.value(QStringLiteral("db"));
        const int chPolls = polls.value(QStringLiteral("ch"));
        const int cacheStopped = polls.value(QStringLiteral("cache"));
        QTRY_VERIFY_WITH_TIMEOUT(polls.value(QStringLiteral("db")) >= dbPolls + 3
                                     && polls.value(QStringLiteral("ch")) >= chPolls + 3,
                                 15'000);
        QCOMPARE(polls.value(QStringLiteral("cache")), cacheStopped);
        QCOMPARE(state("cache"), SourceStatus::State::Error);
        QCOMPARE(state("db"), SourceStatus::State::Ok);
        QCOMPARE(state("ch"), SourceStatus::State::Ok);

        // SIGCONT: it comes back by itself (after the collector's backoff), nothing restarted.
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QTRY_VERIFY_WITH_TIMEOUT(state("cache") == SourceStatus::State::Ok, 40'000);
        QTRY_VERIFY_WITH_TIMEOUT(polls.value(QStringLiteral("cache")) > cacheStopped, 5000);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestRedisHangLab)
#include "tst_redis_hang_lab.moc"
