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

class TestPostgresLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsByStateMatchPgStatActivity()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg});
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        CollectorProbe poller(profile, labPg);
        // Clients come and go (the exporter's scrapes): a poll whose counts lie
        // between the test's readings just before and after it agrees; one
        // transient in five tries is tolerated, a wrong count is not.
        QString disagreement;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const Connections before = readConnections(monitor);
            const PollOutcome poll = poller.poll();
            const Connections after = readConnections(monitor);
            QVERIFY2(poll.ok, qPrintable(poll.error));
            const auto state = [&](const char *name) {
                return poll
                    .value(QStringLiteral("connections_by_state"), {{QStringLiteral("state"), QLatin1String(name)}})
                    .value_or(-1);
            };
            QCOMPARE(poll.value(QStringLiteral("connections_active")).value_or(-1), state("active"));
            const double utilisation = poll.value(QStringLiteral("connection_utilisation")).value_or(-1);
            if (between(state("active"), before.active, after.active) && between(state("idle"), before.idle, after.idle)
                && between(state("idle in transaction"), before.idleInTransaction, after.idleInTransaction)
                && between(utilisation, before.total / before.usable, after.total / after.usable)) {
                disagreement.clear();
                break;
            }
            disagreement = QStringLiteral("Pitwall active %1 idle %2 utilisation %3; the test active %4–%5 idle %6–%7 "
                                          "utilisation %8–%9")
                               .arg(state("active"))
                               .arg(state("idle"))
                               .arg(utilisation)
                               .arg(before.active)
                               .arg(after.active)
                               .arg(before.idle)
                               .arg(after.idle)
                               .arg(before.total / before.usable)
                               .arg(after.total / after.usable);
            QTest::qWait(300);
        }
        QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));
    }

    void cacheHitRateFollowsHotReadsAndColdScans()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg});
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        const QString coldScan = workloadKnob(lab, QStringLiteral("cold_scan"));
        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("cold_scan=") + coldScan});
        });
        CollectorProbe poller(profile, labPg);
        const Labels labDatabase{{QStringLiteral("database"), QStringLiteral("lab")}};

        // Pitwall's rate over its window, and the test's over a window just around it.
        const auto measure = [&](const char *coldScanSetting) -> std::pair<double, double> {
            if (lab.lab({QStringLiteral("workload"), QStringLiteral("cold_scan=") + QLatin1String(coldScanSetting)})
                != 0)
                return {-1, -1};
            QTest::qWait(3000); // the workload reads its knobs every second; a scan under way ends
            const Blocks before = readBlocks(monitor);
            const PollOutcome start = poller.poll();
            QTest::qWait(6000);
            const PollOutcome end = poller.poll();
            const Blocks after = readBlocks(monitor);
            if (!start.ok || !end.ok)
                return {-1, -1};
            const double hits = after.hits - before.hits;
            const double reads = after.reads - before.reads;
            return {end.value(QStringLiteral("cache_hit_rate"), labDatabase).value_or(-1), hits / (hits + reads)};
        };
        const auto [hot, hotByTest] = measure("off");
        const auto [cold, coldByTest] = measure("on");
        const auto [hotAgain, hotAgainByTest] = measure("off");
        const QString numbers = QStringLiteral("hot %1 (test %2), cold %3 (test %4), hot again %5 (test %6)")
                                    .arg(hot)
                                    .arg(hotByTest)
                                    .arg(cold)
                                    .arg(coldByTest)
                                    .arg(hotAgain)
                                    .arg(hotAgainByTest);
        qInfo().noquote() << "cache_hit_rate of database lab:" << numbers;
        QVERIFY2(hot >= 0 && cold >= 0 && hotAgain >= 0, qPrintable(numbers));
        QVERIFY2(std::abs(hot - hotByTest) < 0.02, qPrintable(numbers));
        QVERIFY2(std::abs(cold - coldByTest) < 0.02, qPrintable(numbers));
        QVERIFY2(std::abs(hotAgain - hotAgainByTest) < 0.02, qPrintable(numbers));
        // A cold scan of a table larger than shared_buffers is read, not hit.
        QVERIFY2(cold < hot - 0.2, qPrintable(numbers));
        QVERIFY2(hotAgain > cold + 0.2, qPrintable(numbers));
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("cache_hit_rate"));
        QCOMPARE(rule.levelOf(hotByTest), rule.levelOf(hot));
        QCOMPARE(rule.levelOf(coldByTest), rule.levelOf(cold));
    }

    void tablesWithSequentialReadsAndDeadTuplesAreTheTopOnes()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg});
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        const std::string superuserConnection
            = labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"), QStringLiteral("pitwall-test-ddl"));
        const auto dropSchema = [&] {
            bestEffort(superuserConnection, "DROP SCHEMA IF EXISTS pitwall_test_tables CASCADE");
        };
        dropSchema();
        const auto cleanup = qScopeGuard(dropSchema);
        {
            // Twelve tables with 50, 100, … 600 dead tuples of 1000 rows, and
            // one to scan. A backend that ends sends its statistics at once.
            pqxx::connection superuser(superuserConnection);
            std::string ddl = "CREATE SCHEMA pitwall_test_tables; "
                              "CREATE TABLE pitwall_test_tables.scanned (i int) WITH (autovacuum_enabled = false); "
                              "INSERT INTO pitwall_test_tables.scanned SELECT generate_series(1, 5000); ";
            for (int table = 1; table <= 12; ++table) {
                const std::string name = "pitwall_test_tables.dead_" + std::to_string(table);
                ddl += "CREATE TABLE " + name + " (i int) WITH (autovacuum_enabled = false); INSERT INTO " + name
                    + " SELECT generate_series(1, 1000); DELETE FROM " + name
                    + " WHERE i <= " + std::to_string(50 * table) + "; ";
            }
            sql(superuser, ddl);
        }
        const auto deadOf = [&](const char *table) {
            return readTables(monitor).value(QLatin1String("pitwall_test_tables.") + QLatin1String(table)).dead;
        };
        QTRY_COMPARE_WITH_TIMEOUT(deadOf("dead_12"), 600.0, 15'000);

        CollectorProbe poller(profile, labPg);
        const auto a = readTables(monitor);
        const PollOutcome first = poller.poll();
        const auto a2 = readTables(monitor);
        QVERIFY2(first.ok, qPrintable(first.error));
        {
            pqxx::connection superuser(superuserConnection);
            for (int i = 0; i < 7; ++i)
                sql(superuser, "SELECT count(*) FROM pitwall_test_tables.scanned");
        }
        const QString scanned = QStringLiteral("pitwall_test_tables.scanned");
        QTRY_COMPARE_WITH_TIMEOUT(readTables(monitor).value(scanned).seqScans, 7.0, 15'000);
        QTest::qWait(3000); // long enough for the workload's backends to report their scans of orders
        const auto b1 = readTables(monitor);
        const PollOutcome second = poller.poll();
        const auto b2 = readTables(monitor);
        QVERIFY2(second.ok, qPrintable(second.error));
        const double windowSeconds = double(second.result.timeMs - first.result.timeMs) / 1000.0;

        // Sequential reads: rates over the window, the test's own table exactly,
        // the workload's unindexed orders within the test's readings around it.
        const auto scans = seriesOf(second, QStringLiteral("table_seq_scan_rate"), QStringLiteral("table"));
        const auto tuples = seriesOf(second, QStringLiteral("table_seq_tup_read_rate"), QStringLiteral("table"));
        QVERIFY(scans.size() <= PostgresCollector::topTables);
        QCOMPARE(QSet<QString>(scans.keyBegin(), scans.keyEnd()), QSet<QString>(tuples.keyBegin(), tuples.keyEnd()));
        QVERIFY(std::abs(scans.value(scanned) * windowSeconds - 7) < 1e-6);
        QVERIFY(std::abs(tuples.value(scanned) * windowSeconds - 35'000) < 1e-3);
        const QString orders = QStringLiteral("public.orders");
        QVERIFY2(tuples.contains(orders), "the workload's unindexed reads of orders are not among the top tables");
        QVERIFY(between(tuples.value(orders) * windowSeconds, b1.value(orders).seqTuples - a2.value(orders).seqTuples,
                        b2.value(orders).seqTuples - a.value(orders).seqTuples, 1e-3));

        // Dead tuples: the top ten tables by the test's own ranking, with their numbers.
        QList<QPair<double, QString>> ranking;
        for (auto it = b2.cbegin(); it != b2.cend(); ++it) {
            if (it->dead > 0)
                ranking.append({it->dead, it.key()});
        }
        std::sort(ranking.begin(), ranking.end(), std::greater<>());
        QVERIFY(ranking.size() > PostgresCollector::topTables);
        const auto dead = seriesOf(second, QStringLiteral("table_dead_tuples"), QStringLiteral("table"));
        const auto ratios = seriesOf(second, QStringLiteral("table_dead_tuple_ratio"), QStringLiteral("table"));
        QCOMPARE(int(dead.size()), PostgresCollector::topTables);
        for (int i = 0; i < PostgresCollector::topTables; ++i) {
            const QString &table = ranking[i].second;
            QVERIFY2(dead.contains(table), qPrintable(table));
            QCOMPARE(dead.value(table), b1.value(table).dead);
            const TableStats &stats = b1.value(table);
            QVERIFY(std::abs(ratios.value(table) - stats.dead / (stats.live + stats.dead)) < 1e-9);
        }
        QCOMPARE(ratios.value(QStringLiteral("pitwall_test_tables.dead_12")), 0.6);
    }

    void cdcLagGrowsWithoutAConsumerAndTheSlotGoesCritical()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg}, 1s);
        const ThresholdRule inactiveRule = profile.thresholds.value(QStringLiteral("cdc_slot_inactive_seconds"));
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        pqxx::connection superuser(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        const Labels slot{{QStringLiteral("slot"), QStringLiteral("lab_sub")}};
        const QString inactive = QStringLiteral("cdc_slot_inactive_seconds");
        const QString lagBytes = QStringLiteral("cdc_lag_bytes");
        QTRY_VERIFY_WITH_TIMEOUT(readSlot(monitor).active, 30'000);

        CollectorProbe poller(profile, labPg);
        const PollOutcome connected = poller.poll();
        QVERIFY2(connected.ok, qPrintable(connected.error));
        QCOMPARE(connected.value(inactive, slot).value_or(-1), 0.0);
        QVERIFY(noteOf(connected, inactive, slot).isEmpty());
        QVERIFY2(connected.value(QStringLiteral("cdc_lag_seconds"), slot), "no lag from the slot's walsender");

        // The GUI's side: the alert the session raises carries the message.
        Session session(profile, QString());
        session.start();

        auto resume = qScopeGuard([&] { lab.lab({QStringLiteral("cdc"), QStringLiteral("resume")}); });
        const qint64 pausedAtMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(lab.lab({QStringLiteral("cdc"), QStringLiteral("pause")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!readSlot(monitor).active, 15'000);

        const Slot s1 = readSlot(monitor);
        const PollOutcome paused = poller.poll();
        const Slot s1After = readSlot(monitor);
        QVERIFY2(paused.ok, qPrintable(paused.error));
        sql(superuser, "INSERT INTO cdc_events (payload) SELECT 'pitwall-test' FROM generate_series(1, 2000)");
        const Slot s2 = readSlot(monitor);
        const PollOutcome grown = poller.poll();
        const Slot s2After = readSlot(monitor);
        QVERIFY2(grown.ok, qPrintable(grown.error));
        const double lag1 = paused.value(lagBytes, slot).value_or(-1);
        const double lag2 = grown.value(lagBytes, slot).value_or(-1);
        QVERIFY(between(lag1, s1.lagBytes, s1After.lagBytes));
        QVERIFY(between(lag2, s2.lagBytes, s2After.lagBytes));
        QVERIFY2(lag2 > lag1, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(lag1).arg(lag2)));
        QCOMPARE(inactiveRule.levelOf(grown.value(inactive, slot).value_or(-1)), Level::Ok);

        // Once the consumer has been gone for longer than the rule allows: critical, with the message.
        PollOutcome gone;
        Slot before;
        Slot after;
        for (int i = 0; i < 30; ++i) {
            QTest::qWait(1000);
            before = readSlot(monitor);
            gone = poller.poll();
            after = readSlot(monitor);
            QVERIFY2(gone.ok, qPrintable(gone.error));
            if (gone.value(inactive, slot).value_or(0) > *inactiveRule.critical)
                break;
        }
        const double seconds = gone.value(inactive, slot).value_or(-1);
        QCOMPARE(inactiveRule.levelOf(seconds), Level::Critical);
        QVERIFY(seconds <= double(gone.result.timeMs - pausedAtMs) / 1000.0);
        QVERIFY(seconds >= double(gone.result.timeMs - paused.result.timeMs) / 1000.0);
        static const QRegularExpression message(
            QStringLiteral("^slot lab_sub: no consumer connected for (\\d+) s, (\\d+\\.\\d) MB retained$"));
        const auto match = message.match(noteOf(gone, inactive, slot));
        QVERIFY2(match.hasMatch(), qPrintable(noteOf(gone, inactive, slot)));
        QCOMPARE(match.captured(1).toLongLong(), qint64(seconds));
        QVERIFY2(between(match.captured(2).toDouble(), before.retainedBytes / 1e6, after.retainedBytes / 1e6, 0.05),
                 qPrintable(QStringLiteral("%1; the test reads %2–%3 bytes retained")
                                .arg(match.captured(0))
                                .arg(before.retainedBytes)
                                .arg(after.retainedBytes)));
        QVERIFY(gone.result.remark.contains(match.captured(0)));

        const auto slotAlert = [&]() -> std::optional<Alert> {
            for (const auto &alert : session.alerts()->alerts()) {
                if (alert.key.metric == inactive && alert.key.labels == slot)
                    return alert;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(slotAlert() && slotAlert()->currentLevel == Level::Critical, 10'000);
        QVERIFY2(message.match(slotAlert()->summary).hasMatch(), qPrintable(slotAlert()->summary));

        // The consumer is back: ok, no message, and the lag shrinks as it catches up.
        resume.dismiss();
        QCOMPARE(lab.lab({QStringLiteral("cdc"), QStringLiteral("resume")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(readSlot(monitor).active, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(readSlot(monitor).lagBytes < lag2, 30'000);
        const PollOutcome back = poller.poll();
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.value(inactive, slot).value_or(-1), 0.0);
        QCOMPARE(inactiveRule.levelOf(0), Level::Ok);
        QVERIFY(noteOf(back, inactive, slot).isEmpty());
        QVERIFY(back.value(lagBytes, slot).value_or(-1) < lag2);
        QTRY_VERIFY_WITH_TIMEOUT(slotAlert() && !slotAlert()->isOpen(), 10'000);
        QCOMPARE(slotAlert()->currentLevel, Level::Ok);
        QVERIFY2(message.match(slotAlert()->summary).hasMatch(), "an ended alert keeps its last summary");
        session.stop();
    }

    void withoutPgStatStatementsTheRestStillWorks()
    {
        PITWALL_REQUIRE_LAB(lab);
        Profile profile = labProfile(lab, {labPg});
        QUrl url = profile.sources[0].url;
        url.setPath(QStringLiteral("/postgres"));
        profile.sources[0].url = url;
        profile.sources[0].uri = url.toString(); // what libpq is handed
        // The monitoring role can read the postgres database, where the lab created no extension.
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("postgres")));
        QCOMPARE(sql(monitor, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'")[0][0].as<int>(),
                 0);

        BackgroundStatement sleeper(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("postgres"),
                                                  QStringLiteral("pitwall-test-postgres-sleeper")),
                                    "SELECT pg_sleep(5)");
        QTRY_VERIFY_WITH_TIMEOUT(
            readBackends(monitor).value(QStringLiteral("pitwall-test-postgres-sleeper")).durationMs > 1500, 10'000);

        CollectorProbe poller(profile, labPg);
        const PollOutcome first = poller.poll();
        QTest::qWait(1500);
        const PollOutcome second = poller.poll();
        for (const PollOutcome *poll : {&first, &second}) {
            QVERIFY2(poll->ok, qPrintable(poll->error));
            QVERIFY2(
                poll->result.remark.contains(QLatin1String("pg_stat_statements is not installed in this database")),
                qPrintable(poll->result.remark));
            QVERIFY(poll->value(QStringLiteral("connections_active")));
            QVERIFY(poll->value(QStringLiteral("connection_utilisation")));
            QVERIFY(
                poll->value(QStringLiteral("cdc_lag_bytes"), {{QStringLiteral("slot"), QStringLiteral("lab_sub")}}));
            QVERIFY(!poll->value(QStringLiteral("slow_query_rate")));
            QVERIFY(findRunning(poll->result, sleeper.pid()));
        }
        QVERIFY2(second.value(QStringLiteral("cache_hit_rate"), {{QStringLiteral("database"), QStringLiteral("lab")}}),
                 "the hit rates of every database are read from any of them");
    }
};

QTEST_GUILESS_MAIN(TestPostgresLab)
#include "tst_postgres_lab.moc"
