#include "alertmodel.h"
#include "labenvironment.h"
#include "labpostgres.h"
#include "postgrescollector.h"
#include "postgresstats.h"
#include "session.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest>

#include <pqxx/transaction>

#include <cmath>
#include <memory>
#include <vector>

using namespace Pitwall;
using namespace Pitwall::Test;
using namespace std::chrono_literals;

/// Slow and running statements: what pg_stat_statements and pg_stat_activity
/// say, held against the statements the test drives itself.
class TestPostgresStatementsLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowStatementsAreJudgedByTheirMeanInTheWindow()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg});
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("slow_query_ms"));
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        const std::string superuserConnection = labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"));
        pqxx::connection superuser(superuserConnection);

        // Statements of the test's own, told apart by the tables they read
        // (pg_stat_statements keys on a statement's shape and relations; new
        // tables make new statements on every run).
        const std::string drop = "DROP TABLE IF EXISTS pitwall_test_was_slow, pitwall_test_now_slow, "
                                 "pitwall_test_fresh, pitwall_test_warning, pitwall_test_critical";
        sql(superuser, drop);
        const auto cleanup = qScopeGuard([&] { bestEffort(superuserConnection, drop); });
        sql(superuser,
            "CREATE TABLE pitwall_test_was_slow (i int); INSERT INTO pitwall_test_was_slow VALUES (1); "
            "CREATE TABLE pitwall_test_now_slow (i int); INSERT INTO pitwall_test_now_slow VALUES (1); "
            "CREATE TABLE pitwall_test_fresh (i int); INSERT INTO pitwall_test_fresh VALUES (1); "
            "CREATE TABLE pitwall_test_warning (i int); INSERT INTO pitwall_test_warning VALUES (1); "
            "CREATE TABLE pitwall_test_critical (i int); INSERT INTO pitwall_test_critical VALUES (1)");
        // Once before the window each, fast: what the window adds makes them slow.
        sql(superuser, "SELECT pg_sleep(0.001) FROM pitwall_test_warning");
        sql(superuser, "SELECT pg_sleep(0.001) FROM pitwall_test_critical");
        // Slow before the window (its lifetime mean stays over 1 s), fast within it.
        sql(superuser, "SELECT pg_sleep(3.3) FROM pitwall_test_was_slow");
        // Fast before the window (its lifetime mean stays far under 1 s), slow within it.
        for (int i = 0; i < 20; ++i)
            sql(superuser, "SELECT pg_sleep(0.001) FROM pitwall_test_now_slow");

        CollectorProbe poller(profile, labPg);
        const Statements a = readStatements(monitor);
        const PollOutcome first = poller.poll();
        const Statements a2 = readStatements(monitor);
        QVERIFY2(first.ok, qPrintable(first.error));

        sql(superuser, "SELECT pg_sleep(0.01) FROM pitwall_test_was_slow");
        sql(superuser, "SELECT pg_sleep(0.01) FROM pitwall_test_was_slow");
        sql(superuser, "SELECT pg_sleep(1.5) FROM pitwall_test_now_slow");
        // New in pg_stat_statements within the window: all of it is the window's.
        sql(superuser, "SELECT pg_sleep(1.2) FROM pitwall_test_fresh");
        // The test's own statements at each level, in the window: whatever the
        // workload happens to run meanwhile is judged as well, never relied on.
        sql(superuser, "SELECT pg_sleep(1.3) FROM pitwall_test_warning");
        sql(superuser, "SELECT pg_sleep(5.4) FROM pitwall_test_critical");

        const Statements b1 = readStatements(monitor);
        const PollOutcome second = poller.poll();
        const Statements b2 = readStatements(monitor);
        QVERIFY2(second.ok, qPrintable(second.error));
        const double windowSeconds = double(second.result.timeMs - first.result.timeMs) / 1000.0;

        // Every statement slow over the test's window is there, with the same
        // mean within 10 % and as many calls as the test saw, at the same level.
        double slowCallsLow = 0;
        double slowCallsHigh = 0;
        QSet<QString> slowByTest;
        for (auto it = b2.cbegin(); it != b2.cend(); ++it) {
            const Statement outer = *it - a.value(it.key());
            const Statement inner = b1.value(it.key()) - a2.value(it.key());
            if (outer.calls <= 0 || outer.meanMs() < *rule.warning)
                continue;
            slowByTest.insert(it.key());
            slowCallsLow += inner.calls;
            slowCallsHigh += outer.calls;
            const SlowQuery *found = findFinished(second.result, it.key());
            QVERIFY2(found,
                     qPrintable(QStringLiteral("slow over the window (%1 ms × %2) but not reported: %3")
                                    .arg(outer.meanMs())
                                    .arg(outer.calls)
                                    .arg(it->query)));
            QVERIFY2(std::abs(found->meanMs - outer.meanMs()) <= 0.1 * outer.meanMs(),
                     qPrintable(QStringLiteral("%1: Pitwall %2 ms, pg_stat_statements %3 ms")
                                    .arg(it->query)
                                    .arg(found->meanMs)
                                    .arg(outer.meanMs())));
            QVERIFY(between(double(found->calls), inner.calls, outer.calls));
            QCOMPARE(found->query, it->query);
            QCOMPARE(rule.levelOf(found->meanMs), rule.levelOf(outer.meanMs()));
            QCOMPARE(
                second.value(QStringLiteral("slow_query_ms"), {{QStringLiteral("queryid"), it.key()}}).value_or(-1),
                found->meanMs);
        }
        // …and nothing else is.
        for (const auto &query : second.result.slowQueries) {
            if (!query.running)
                QVERIFY2(slowByTest.contains(query.id), qPrintable(query.query));
        }

        // One call each in the window (the fast one before it is not the window's):
        // 5.4 s is critical, 1.3 s a warning.
        const QString critical = queryIdOf(b2, QStringLiteral("pg_sleep($1) FROM pitwall_test_critical"), false, &a);
        QVERIFY(findFinished(second.result, critical));
        QVERIFY((b2.value(critical) - a.value(critical)).meanMs() > 5000);
        QCOMPARE(rule.levelOf(findFinished(second.result, critical)->meanMs), Level::Critical);
        const QString warning = queryIdOf(b2, QStringLiteral("pg_sleep($1) FROM pitwall_test_warning"), false, &a);
        QVERIFY2(findFinished(second.result, warning), "the test's 1.3 s statement is not reported");
        QCOMPARE(rule.levelOf(findFinished(second.result, warning)->meanMs), Level::Warning);

        // Slow last week is not slow now; fast last week is no excuse now.
        const QString wasSlow = queryIdOf(b2, QStringLiteral("pg_sleep($1) FROM pitwall_test_was_slow"), false, &a);
        QVERIFY(b2.value(wasSlow).meanMs() > *rule.warning);
        QVERIFY(!findFinished(second.result, wasSlow));
        const QString nowSlow = queryIdOf(b2, QStringLiteral("pg_sleep($1) FROM pitwall_test_now_slow"), false, &a);
        QVERIFY(b2.value(nowSlow).meanMs() < *rule.warning);
        QVERIFY(findFinished(second.result, nowSlow));
        const QString fresh = queryIdOf(b2, QStringLiteral("pg_sleep($1) FROM pitwall_test_fresh"), false, &a);
        QVERIFY(!a.contains(fresh));
        QVERIFY(findFinished(second.result, fresh));

        const auto rate = second.value(QStringLiteral("slow_query_rate"));
        QVERIFY(rate);
        QVERIFY2(between(*rate, slowCallsLow * 60 / windowSeconds, slowCallsHigh * 60 / windowSeconds, 1e-6),
                 qPrintable(QStringLiteral("slow_query_rate %1/min, the test counts %2–%3 slow calls in %4 s")
                                .arg(*rate)
                                .arg(slowCallsLow)
                                .arg(slowCallsHigh)
                                .arg(windowSeconds)));
    }

    void runningStatementsShowStateWaitAndBlocker()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg});
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        const std::string superuserConnection = labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"));
        bestEffort(superuserConnection, "DROP TABLE IF EXISTS pitwall_test_lock");
        bestEffort(superuserConnection, "CREATE TABLE pitwall_test_lock (i int)");
        const auto dropTable
            = qScopeGuard([&] { bestEffort(superuserConnection, "DROP TABLE IF EXISTS pitwall_test_lock"); });

        // One holds a lock and idles in its transaction, one waits for the lock, one sleeps.
        pqxx::connection holderConnection(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"),
                                                        QStringLiteral("pitwall-test-holder")));
        auto holder = std::make_unique<pqxx::work>(holderConnection);
        holder->exec("LOCK TABLE pitwall_test_lock IN ACCESS EXCLUSIVE MODE");
        BackgroundStatement sleeper(labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab"),
                                                  QStringLiteral("pitwall-test-sleeper")),
                                    "SELECT pg_sleep(8)");
        BackgroundStatement waiter(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"),
                                                 QStringLiteral("pitwall-test-waiter")),
                                   "SET statement_timeout = '30s'; SELECT count(*) FROM pitwall_test_lock");
        // Before the threads are joined: the waiter ends once the lock is released.
        auto release = qScopeGuard([&] { holder.reset(); });

        const QStringList names{QStringLiteral("pitwall-test-holder"), QStringLiteral("pitwall-test-sleeper"),
                                QStringLiteral("pitwall-test-waiter")};
        const auto allPastOneSecond = [&] {
            const auto backends = readBackends(monitor);
            return std::all_of(names.cbegin(), names.cend(),
                               [&](const QString &name) { return backends.value(name).durationMs > 1500; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allPastOneSecond(), 10'000);

        CollectorProbe poller(profile, labPg);
        const auto before = readBackends(monitor);
        const Connections connectionsBefore = readConnections(monitor);
        const PollOutcome poll = poller.poll();
        const auto after = readBackends(monitor);
        const Connections connectionsAfter = readConnections(monitor);
        QVERIFY2(poll.ok, qPrintable(poll.error));

        for (const auto &name : names) {
            const Backend &seen = before.value(name);
            const SlowQuery *running = findRunning(poll.result, seen.pid);
            QVERIFY2(running, qPrintable(name + QStringLiteral(" is not reported as running")));
            QCOMPARE(running->state, seen.state);
            QCOMPARE(running->state, after.value(name).state);
            QCOMPARE(running->waitEvent, seen.waitEvent);
            QCOMPARE(running->blockedBy, seen.blockedBy);
            QVERIFY2(between(running->meanMs, seen.durationMs, after.value(name).durationMs, 1),
                     qPrintable(QStringLiteral("%1: Pitwall %2 ms, the test %3–%4 ms")
                                    .arg(name)
                                    .arg(running->meanMs)
                                    .arg(seen.durationMs)
                                    .arg(after.value(name).durationMs)));
            QVERIFY(running->meanMs > 1000);
            QCOMPARE(running->calls, qint64(1));
        }
        const SlowQuery *sleeping = findRunning(poll.result, before.value(names[1]).pid);
        QCOMPARE(sleeping->state, QStringLiteral("active"));
        QCOMPARE(sleeping->waitEvent, QStringLiteral("Timeout: PgSleep"));
        QCOMPARE(sleeping->query, QStringLiteral("SELECT pg_sleep(8)"));
        QCOMPARE(sleeping->user, QStringLiteral("lab_app"));
        const SlowQuery *blocked = findRunning(poll.result, before.value(names[2]).pid);
        QCOMPARE(blocked->blockedBy, QString::number(before.value(names[0]).pid));
        QVERIFY(blocked->waitEvent.startsWith(QLatin1String("Lock:")));
        QCOMPARE(findRunning(poll.result, before.value(names[0]).pid)->state, QStringLiteral("idle in transaction"));

        const auto idleInTransaction = poll.value(QStringLiteral("connections_idle_in_transaction"));
        QVERIFY(idleInTransaction && *idleInTransaction >= 1);
        QVERIFY(between(*idleInTransaction, connectionsBefore.idleInTransaction, connectionsAfter.idleInTransaction));
        QCOMPARE(poll.value(QStringLiteral("connections_by_state"),
                            {{QStringLiteral("state"), QStringLiteral("idle in transaction")}})
                     .value_or(-1),
                 *idleInTransaction);

        holder->abort();
        QTRY_VERIFY_WITH_TIMEOUT(waiter.isDone(), 5000);
        QVERIFY2(waiter.error().isEmpty(), qPrintable(waiter.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStatementsLab)
#include "tst_postgres_statements_lab.moc"
