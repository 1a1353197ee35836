#include "labenvironment.h"
#include "labpostgres.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

/// `pitwall check --json` on @p profile, started; the caller waits for it.
std::unique_ptr<QProcess> startCheck(const LabEnvironment &lab, const QString &profile, const QString &window)
{
    auto process = std::make_unique<QProcess>();
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(PITWALL_BINARY),
                   {QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--window"), window,
                    QStringLiteral("--json")});
    return process;
}

QJsonObject finish(QProcess &process)
{
    if (!process.waitForFinished(120'000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

/// The result of @p metric with @p labels from @p source; empty if none.
QJsonObject result(const QJsonObject &check, const QString &source, const QString &metric, const QJsonObject &labels)
{
    for (const auto &item : check.value(QLatin1String("results")).toArray()) {
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("source")).toString() == source
            && object.value(QLatin1String("metric")).toString() == metric
            && object.value(QLatin1String("labels")).toObject() == labels)
            return object;
    }
    return {};
}

QString errorsOf(const QJsonObject &check)
{
    return QString::fromUtf8(QJsonDocument(check.value(QLatin1String("errors")).toArray()).toJson());
}

const QString labPg = QStringLiteral("lab-pg");
const QString labPgBouncer = QStringLiteral("lab-pgbouncer");

} // namespace

class TestCheckPostgresLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkReportsSlowRunningCdcPoolAndCacheOnTheLabProfile()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPg, labPgBouncer});
        const ThresholdRule slowRule = profile.thresholds.value(QStringLiteral("slow_query_ms"));
        pqxx::connection monitor(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("lab")));
        const std::string superuser = labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"));
        const QString coldScan = workloadKnob(lab, QStringLiteral("cold_scan"));
        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("cold_scan=") + coldScan});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("cold_scan=off")}), 0);

        // The CDC consumer is gone for the whole window.
        QTRY_VERIFY_WITH_TIMEOUT(readSlot(monitor).active, 30'000);
        auto resume = qScopeGuard([&] { lab.lab({QStringLiteral("cdc"), QStringLiteral("resume")}); });
        QCOMPARE(lab.lab({QStringLiteral("cdc"), QStringLiteral("pause")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!readSlot(monitor).active, 15'000);
        const Slot paused = readSlot(monitor);

        // A 30 s window holds at least one run of the workload's > 5 s statement (every ~25 s).
        const Statements a = readStatements(monitor);
        const Blocks blocksA = readBlocks(monitor);
        QElapsedTimer clock;
        clock.start();
        const auto check = startCheck(lab, lab.profilePath(), QStringLiteral("30s"));
        QTest::qWait(10'000);
        bestEffort(superuser, "INSERT INTO cdc_events (payload) SELECT 'pitwall-check' FROM generate_series(1, 1000)");
        QTest::qWait(10'000);
        // Over the final poll: a statement of the test's own runs, and more
        // clients than pgbouncer's pool holds wait for a server.
        const qint64 sleeperStartMs = clock.elapsed();
        BackgroundStatement sleeper(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab"),
                                                  QStringLiteral("pitwall-test-check-sleeper")),
                                    "SELECT pg_sleep(16)");
        std::vector<std::unique_ptr<BackgroundStatement>> clients;
        for (int i = 0; i < 8; ++i)
            clients.push_back(std::make_unique<BackgroundStatement>(
                labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab"),
                              QStringLiteral("pitwall-test-pool"), QStringLiteral("PGBOUNCER_PORT")),
                "SELECT pg_sleep(14)"));
        const QJsonObject json = finish(*check);
        const qint64 finishedMs = clock.elapsed();
        const Statements b = readStatements(monitor);
        const Blocks blocksB = readBlocks(monitor);
        QVERIFY2(!json.isEmpty(), "pitwall check printed no JSON");
        QCOMPARE(check->exitCode(), 2);
        const QString status = json.value(QLatin1String("status")).toString();
        QVERIFY2(status == QLatin1String("critical") || status == QLatin1String("emergency"), qPrintable(status));
        for (const auto &error : json.value(QLatin1String("errors")).toArray()) {
            const QString source = error.toObject().value(QLatin1String("source")).toString();
            QVERIFY2(source != labPg && source != labPgBouncer, qPrintable(errorsOf(json)));
        }

        // Slow statements: the window mean of pg_stat_statements' deltas, at the documented level.
        const QString critical = queryIdOf(b, QStringLiteral("slow_critical"));
        QVERIFY(!critical.isEmpty());
        const double criticalMean = (b.value(critical) - a.value(critical)).meanMs();
        QVERIFY2(criticalMean > 5000, "the workload's slow_critical statement did not run in the window");
        const QJsonObject criticalResult
            = result(json, labPg, QStringLiteral("slow_query_ms"), QJsonObject{{QStringLiteral("queryid"), critical}});
        QVERIFY2(!criticalResult.isEmpty(), "slow_critical is not among the results");
        QVERIFY(std::abs(criticalResult.value(QLatin1String("value")).toDouble() - criticalMean) <= 0.1 * criticalMean);
        QCOMPARE(criticalResult.value(QLatin1String("status")).toString(), QStringLiteral("critical"));
        bool criticalListed = false;
        bool runningListed = false;
        for (const auto &item : json.value(QLatin1String("slow_queries")).toArray()) {
            const QJsonObject slow = item.toObject();
            const double meanMs = slow.value(QLatin1String("mean_ms")).toDouble();
            if (!slow.value(QLatin1String("running")).toBool()
                && slow.value(QLatin1String("query")).toString() == b.value(critical).query) {
                criticalListed = true;
                QVERIFY(std::abs(meanMs - criticalMean) <= 0.1 * criticalMean);
                QCOMPARE(slow.value(QLatin1String("status")).toString(), QStringLiteral("critical"));
            }
            if (slow.value(QLatin1String("running")).toBool()
                && slow.value(QLatin1String("pid")).toInteger() == sleeper.pid()) {
                runningListed = true;
                QCOMPARE(slow.value(QLatin1String("query")).toString(), QStringLiteral("SELECT pg_sleep(16)"));
                QCOMPARE(slow.value(QLatin1String("state")).toString(), QStringLiteral("active"));
                QCOMPARE(slow.value(QLatin1String("wait_event")).toString(), QStringLiteral("Timeout: PgSleep"));
                QVERIFY(meanMs > 1000 && meanMs <= double(finishedMs - sleeperStartMs));
                QCOMPARE(slow.value(QLatin1String("status")).toString(), levelName(slowRule.levelOf(meanMs)));
            }
        }
        QVERIFY2(criticalListed, "slow_critical is not among the slow queries");
        QVERIFY2(runningListed, "the test's running statement is not among the slow queries");

        // CDC: the lag grew, and the slot without a consumer is critical with the message.
        const QJsonObject slot{{QStringLiteral("slot"), QStringLiteral("lab_sub")}};
        const QJsonObject lag = result(json, labPg, QStringLiteral("cdc_lag_bytes"), slot);
        QVERIFY(lag.value(QLatin1String("value")).toDouble() > paused.lagBytes);
        const QJsonObject inactive = result(json, labPg, QStringLiteral("cdc_slot_inactive_seconds"), slot);
        QCOMPARE(inactive.value(QLatin1String("status")).toString(), QStringLiteral("critical"));
        const QRegularExpression message(
            QStringLiteral("^slot lab_sub: no consumer connected for (\\d+) s, (\\d+\\.\\d) MB retained$"));
        const auto match = message.match(inactive.value(QLatin1String("message")).toString());
        QVERIFY2(match.hasMatch(), qPrintable(inactive.value(QLatin1String("message")).toString()));
        QCOMPARE(match.captured(1).toLongLong(), qint64(inactive.value(QLatin1String("value")).toDouble()));

        // pgbouncer: more clients than the pool holds.
        const QJsonObject pool{{QStringLiteral("database"), QStringLiteral("lab")},
                               {QStringLiteral("user"), QStringLiteral("lab_app")}};
        const QJsonObject utilisation = result(json, labPgBouncer, QStringLiteral("pool_utilisation"), pool);
        QCOMPARE(utilisation.value(QLatin1String("value")).toDouble(), 1.0);
        QCOMPARE(utilisation.value(QLatin1String("status")).toString(), QStringLiteral("critical"));
        QVERIFY(result(json, labPgBouncer, QStringLiteral("pool_waiting_clients"), pool)
                    .value(QLatin1String("value"))
                    .toDouble()
                > 0);

        // The buffer cache of the lab database over the window, as the test reads it around the run.
        const double hits = blocksB.hits - blocksA.hits;
        const double hitRate = hits / (hits + blocksB.reads - blocksA.reads);
        const QJsonObject cache = result(json, labPg, QStringLiteral("cache_hit_rate"),
                                         QJsonObject{{QStringLiteral("database"), QStringLiteral("lab")}});
        QVERIFY2(std::abs(cache.value(QLatin1String("value")).toDouble() - hitRate) < 0.02,
                 qPrintable(QStringLiteral("Pitwall %1, the test %2")
                                .arg(cache.value(QLatin1String("value")).toDouble())
                                .arg(hitRate)));
        for (const char *metric : {"connections_active", "connection_utilisation", "slow_query_rate"})
            QVERIFY2(!result(json, labPg, QLatin1String(metric), {}).isEmpty(), metric);

        // The consumer back: the slot is ok again, without a message.
        resume.dismiss();
        QCOMPARE(lab.lab({QStringLiteral("cdc"), QStringLiteral("resume")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(readSlot(monitor).active, 30'000);
        const auto again = startCheck(lab, lab.profilePath(), QStringLiteral("3s"));
        const QJsonObject back = finish(*again);
        const QJsonObject backInactive = result(back, labPg, QStringLiteral("cdc_slot_inactive_seconds"), slot);
        QCOMPARE(backInactive.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(backInactive.value(QLatin1String("value")).toDouble(), 0.0);
        QVERIFY(!backInactive.contains(QLatin1String("message")));
    }

    void withoutPgStatStatementsCheckRemarksItAndReportsTheRest()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.yaml"));
        QFile profile(path);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(QStringLiteral("interval: 2s\n"
                                     "sources:\n"
                                     "  - {name: db, kind: postgres, url: "
                                     "'postgresql://pitwall_monitor@127.0.0.1:%1/postgres'}\n")
                          .arg(lab.port(QStringLiteral("PG_PORT")))
                          .toUtf8());
        profile.close();
        const auto check = startCheck(lab, path, QStringLiteral("2s"));
        const QJsonObject json = finish(*check);
        QVERIFY2(!json.isEmpty(), "pitwall check printed no JSON");
        QVERIFY2(json.value(QLatin1String("errors")).toArray().isEmpty(), qPrintable(errorsOf(json)));
        const QJsonArray remarks = json.value(QLatin1String("remarks")).toArray();
        QVERIFY(std::any_of(remarks.begin(), remarks.end(), [](const QJsonValue &remark) {
            return remark.toObject().value(QLatin1String("source")).toString() == QLatin1String("db")
                && remark.toObject()
                       .value(QLatin1String("message"))
                       .toString()
                       .contains(QLatin1String("pg_stat_statements is not installed in this database"));
        }));
        for (const char *metric : {"connections_active", "connection_utilisation"})
            QVERIFY2(!result(json, QStringLiteral("db"), QLatin1String(metric), {}).isEmpty(), metric);
        QVERIFY(!result(json, QStringLiteral("db"), QStringLiteral("cdc_lag_bytes"),
                        QJsonObject{{QStringLiteral("slot"), QStringLiteral("lab_sub")}})
                     .isEmpty());
        QVERIFY(result(json, QStringLiteral("db"), QStringLiteral("slow_query_rate"), {}).isEmpty());
    }

    void checkListsTheAdvisorsRecommendationsWithTheirSaving()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.yaml"));
        QFile profile(path);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        const int port = lab.port(QStringLiteral("PG_PORT"));
        profile.write(QStringLiteral("interval: 2s\n"
                                     "sources:\n"
                                     "  - name: db\n"
                                     "    kind: postgres\n"
                                     "    url: 'postgresql://pitwall_monitor@127.0.0.1:%1/lab'\n"
                                     "    action_url: 'postgresql://lab_app@127.0.0.1:%1/lab'\n"
                                     "    indexes:\n"
                                     "      - {table: public.orders, columns: [status, created_at]}\n")
                          .arg(port)
                          .toUtf8());
        profile.close();
        // The workload's unindexed filter has run often enough to be judged.
        pqxx::connection client(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        const Statements statements = readStatements(client);
        const Statement orders = statements.value(queryIdOf(
            statements, QStringLiteral("SELECT count(*), sum(amount) FROM orders WHERE customer_id = $1"), true));
        QVERIFY2(orders.calls >= 5, "the workload's orders filter has not run yet");

        const auto check = startCheck(lab, path, QStringLiteral("2s"));
        const QJsonObject json = finish(*check);
        QVERIFY2(!json.isEmpty(), "pitwall check printed no JSON");
        const QJsonArray recommendations = json.value(QLatin1String("recommendations")).toArray();
        QJsonObject computed;
        QJsonObject curated;
        for (const auto &item : recommendations) {
            const QJsonObject object = item.toObject();
            if (object.value(QLatin1String("table")).toString() != QLatin1String("public.orders"))
                continue;
            if (object.value(QLatin1String("curated")).toBool())
                curated = object;
            else
                computed = object;
        }
        QVERIFY2(!computed.isEmpty(), QJsonDocument(recommendations).toJson().constData());
        QCOMPARE(computed.value(QLatin1String("source")).toString(), QStringLiteral("db"));
        QCOMPARE(computed.value(QLatin1String("columns")).toArray(), QJsonArray{QStringLiteral("customer_id")});
        QCOMPARE(computed.value(QLatin1String("statement")).toString(), orders.query);
        const double saving = computed.value(QLatin1String("estimated_saving_ms")).toDouble();
        QVERIFY2(saving > 0 && saving <= orders.totalMs * 2, qPrintable(QString::number(saving)));
        const double before = computed.value(QLatin1String("cost_before")).toDouble();
        const double after = computed.value(QLatin1String("cost_after")).toDouble();
        QVERIFY2(after <= 0.5 * before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        QVERIFY(computed.value(QLatin1String("size_bytes")).toDouble() > 0);
        QCOMPARE(computed.value(QLatin1String("index_name")).toString(),
                 QStringLiteral("pitwall_orders_customer_id_idx"));
        // Each statement's plan before and after, as a person reads EXPLAIN.
        const QJsonObject statement = computed.value(QLatin1String("statements")).toArray().first().toObject();
        const QString planBefore = statement.value(QLatin1String("plan_before")).toString();
        const QString planAfter = statement.value(QLatin1String("plan_after")).toString();
        QVERIFY2(planBefore.contains(QLatin1String("Seq Scan on orders")), qPrintable(planBefore));
        QVERIFY2(planAfter.contains(QLatin1String("btree_orders_customer_id")), qPrintable(planAfter));
        QVERIFY2(planAfter.contains(QLatin1String("Index Cond: (customer_id = $1)")), qPrintable(planAfter));
        // Statements without advice come with a reason each.
        const QJsonArray without = json.value(QLatin1String("statements_without_advice")).toArray();
        for (const auto &item : without)
            QVERIFY2(!item.toObject().value(QLatin1String("reason")).toString().isEmpty(),
                     QJsonDocument(item.toObject()).toJson().constData());
        QCOMPARE(curated.value(QLatin1String("columns")).toArray(),
                 (QJsonArray{QStringLiteral("status"), QStringLiteral("created_at")}));

        // Recommendations do not change the verdict: the exit code is the status's, as without them.
        const QHash<QString, int> codes{{QStringLiteral("ok"), 0},
                                        {QStringLiteral("warning"), 1},
                                        {QStringLiteral("critical"), 2},
                                        {QStringLiteral("emergency"), 2},
                                        {QStringLiteral("unknown"), 3}};
        QCOMPARE(check->exitCode(), codes.value(json.value(QLatin1String("status")).toString(), -1));
        QVERIFY(json.value(QLatin1String("errors")).toArray().isEmpty());

        // The text lists them too.
        QProcess text;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
        text.setProcessEnvironment(environment);
        text.start(QStringLiteral(PITWALL_BINARY),
                   {QStringLiteral("check"), QStringLiteral("--profile"), path, QStringLiteral("--window"),
                    QStringLiteral("1s")});
        QVERIFY(text.waitForFinished(120'000));
        const QString output = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(output.contains(QLatin1String("INDEX RECOMMENDATIONS")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("public.orders (customer_id)")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("curated")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCheckPostgresLab)
#include "tst_check_postgres_lab.moc"
