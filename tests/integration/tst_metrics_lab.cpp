#include "collectorprobe.h"
#include "exposition.h"
#include "labenvironment.h"
#include "labhttp.h"
#include "session.h"
#include "sourcestatusmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

QUrl appMetrics(const LabEnvironment &lab)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(lab.port(QStringLiteral("APP_METRICS_PORT"))));
}

QString metricsProfile(const LabEnvironment &lab)
{
    return QStringLiteral("interval: 2s\nsources:\n  - {name: app, kind: metrics, url: '%1'}\n")
        .arg(appMetrics(lab).toString());
}

double valueOf(const Exposition &exposition, const QString &name)
{
    const auto series = exposition.named(name);
    return series.isEmpty() ? std::nan("") : series.first().value;
}

/// The app's histogram buckets, summed over labels: upper bound → count.
QMap<double, double> buckets(const Exposition &exposition)
{
    QMap<double, double> result;
    for (const auto &bucket : exposition.named(QStringLiteral("http_request_duration_seconds_bucket"))) {
        const QString le = bucket.labels.value(QStringLiteral("le"));
        result[le == QLatin1String("+Inf") ? INFINITY : le.toDouble()] += bucket.value;
    }
    return result;
}

pid_t workloadPid(const LabEnvironment &lab)
{
    QFile file(lab.dir() + QStringLiteral("/run/workload.pid"));
    return file.open(QIODevice::ReadOnly) ? pid_t(file.readAll().trimmed().toInt()) : 0;
}

/// `pitwall check --json` on @p profileText: (kind, metric) of every result.
QSet<QPair<QString, QString>> checkResults(const QString &profileText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(profileText.toUtf8());
    file.close();
    QProcess check;
    check.start(QStringLiteral(PITWALL_BINARY),
                {QStringLiteral("check"), QStringLiteral("--profile"), path, QStringLiteral("--window"),
                 QStringLiteral("3s"), QStringLiteral("--json")});
    check.waitForFinished(60'000);
    QSet<QPair<QString, QString>> results;
    const QJsonObject json = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    for (const auto &item : json.value(QLatin1String("results")).toArray()) {
        const QJsonObject result = item.toObject();
        results.insert(
            {result.value(QLatin1String("kind")).toString(), result.value(QLatin1String("metric")).toString()});
        if (result.value(QLatin1String("unit")).toString().isEmpty())
            qWarning("%s has no unit", qPrintable(result.value(QLatin1String("metric")).toString()));
    }
    return results;
}

} // namespace

class TestMetricsLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theParserReadsTheLabExporters_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<QStringList>("families");
        QTest::newRow("postgres exporter")
            << QStringLiteral("PG_EXPORTER_PORT")
            << QStringList{QStringLiteral("pg_up"), QStringLiteral("pg_stat_database_blks_hit"),
                           QStringLiteral("go_gc_duration_seconds")};
        QTest::newRow("redis exporter") << QStringLiteral("REDIS_EXPORTER_PORT")
                                        << QStringList{QStringLiteral("redis_up"),
                                                       QStringLiteral("redis_keyspace_hits_total"),
                                                       QStringLiteral("redis_latency_percentiles_usec")};
        QTest::newRow("pgbouncer exporter")
            << QStringLiteral("PGBOUNCER_EXPORTER_PORT")
            << QStringList{QStringLiteral("pgbouncer_active_clients"), QStringLiteral("pgbouncer_waiting_clients")};
        QTest::newRow("the application") << QStringLiteral("APP_METRICS_PORT")
                                         << QStringList{QStringLiteral("postgres_pool_size"),
                                                        QStringLiteral("cache_hits_total"),
                                                        QStringLiteral("http_request_duration_seconds"),
                                                        QStringLiteral("exposer_request_latencies")};
        QTest::newRow("prometheus itself") << QStringLiteral("PROM_PORT")
                                           << QStringList{QStringLiteral("prometheus_http_request_duration_seconds"),
                                                          QStringLiteral("prometheus_engine_query_duration_seconds")};
    }

    void theParserReadsTheLabExporters()
    {
        PITWALL_REQUIRE_LAB(lab);
        QFETCH(QString, port);
        QFETCH(QStringList, families);
        const auto answer = LabHttp::get(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(lab.port(port))));
        QCOMPARE(answer.status, 200);
        const auto exposition = Exposition::parse(answer.body);
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(QLatin1Char('\n'))));

        // Every sample line became a series; the test counts them itself.
        int lines = 0;
        for (const auto &line : answer.body.split('\n'))
            lines += !line.trimmed().isEmpty() && !line.trimmed().startsWith('#');
        QCOMPARE(exposition.series.size(), lines);
        QVERIFY(lines > 5);

        QSet<QString> found;
        for (const auto &series : exposition.series)
            found.insert(series.family);
        for (const auto &family : families)
            QVERIFY2(found.contains(family), qPrintable(family));
        // Histograms and summaries come out as families of their parts.
        for (auto type = exposition.types.cbegin(); type != exposition.types.cend(); ++type) {
            if (*type != QLatin1String("histogram"))
                continue;
            QVERIFY2(!exposition.named(type.key() + QLatin1String("_bucket")).isEmpty(), qPrintable(type.key()));
            QCOMPARE(exposition.named(type.key() + QLatin1String("_bucket")).first().family, type.key());
        }
    }

    void theDefaultPanelsAreEvaluatedLocally()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(metricsProfile(lab));
        CollectorProbe probe(profile, QStringLiteral("app"));
        const auto before = Exposition::parse(LabHttp::get(appMetrics(lab)).body);
        const PollOutcome first = probe.poll();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(
            !first.value(QStringLiteral("cache_hit_rate"), {{QStringLiteral("cache_type"), QStringLiteral("orders")}}),
            "a rate needs two polls");
        QTest::qWait(6000);
        const PollOutcome second = probe.poll();
        const auto after = Exposition::parse(LabHttp::get(appMetrics(lab)).body);
        QVERIFY2(second.ok, qPrintable(second.error));

        // Hit rate from the rates of the two counters, over about the test's own window.
        const auto delta = [&](const char *name) {
            return valueOf(after, QLatin1String(name)) - valueOf(before, QLatin1String(name));
        };
        const double expected = delta("cache_hits_total") / (delta("cache_hits_total") + delta("cache_misses_total"));
        const auto rate = second.value(QStringLiteral("cache_hit_rate"),
                                       {{QStringLiteral("cache_type"), QStringLiteral("orders")}});
        QVERIFY(rate);
        qInfo("cache hit rate: Pitwall %.4f, the app's counters %.4f", *rate, expected);
        QVERIFY2(std::abs(*rate - expected) <= 0.03, qPrintable(QString::number(*rate)));

        // p95/p99 from the histogram's buckets: inside the bucket the test's own deltas put them in.
        const auto latency
            = second.value(QStringLiteral("latency_p95_ms"),
                           {{QStringLiteral("histogram"), QStringLiteral("http_request_duration_seconds")}});
        const auto p99 = second.value(QStringLiteral("latency_p99_ms"),
                                      {{QStringLiteral("histogram"), QStringLiteral("http_request_duration_seconds")}});
        QVERIFY(latency && p99);
        const auto start = buckets(before);
        const auto end = buckets(after);
        const double total = end.last() - start.last();
        double lower = 0;
        double upper = INFINITY;
        for (auto it = end.cbegin(); it != end.cend(); ++it) {
            if (it.value() - start.value(it.key()) >= 0.95 * total) {
                upper = it.key();
                break;
            }
            lower = it.key();
        }
        qInfo("latency: Pitwall p95 %.0f ms, p99 %.0f ms; the app's buckets put p95 in (%g s, %g s]", *latency, *p99,
              lower, upper);
        QVERIFY(*latency >= 1000 * lower && *latency <= 1000 * upper);
        QVERIFY(*latency <= *p99);
        QVERIFY(second.value(QStringLiteral("pool_checkout_failures_rate")).value_or(-1) >= 0);

        // Pool utilisation from the two gauges, frozen so that the test reads what Pitwall read.
        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=8")});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=0")}), 0);
        QTest::qWait(3000);
        const auto frozen = Exposition::parse(LabHttp::get(appMetrics(lab)).body);
        const PollOutcome third = probe.poll();
        QVERIFY2(third.ok, qPrintable(third.error));
        const double size = valueOf(frozen, QStringLiteral("postgres_pool_size"));
        const double available = valueOf(frozen, QStringLiteral("postgres_pool_available"));
        QCOMPARE(third.value(QStringLiteral("pool_utilisation")), (size - available) / size);
    }

    void countersThatGoDownStartTheWindowAgain()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(metricsProfile(lab));
        CollectorProbe probe(profile, QStringLiteral("app"));
        const Labels orders{{QStringLiteral("cache_type"), QStringLiteral("orders")}};
        QVERIFY(probe.poll().ok);
        QTest::qWait(2000);
        const PollOutcome before = probe.poll();
        QVERIFY(before.value(QStringLiteral("cache_hit_rate"), orders));
        const double hitsBefore
            = valueOf(Exposition::parse(LabHttp::get(appMetrics(lab)).body), QStringLiteral("cache_hits_total"));

        // The application restarts (the lab's own workload, by its pid): its counters start from 0.
        const pid_t pid = workloadPid(lab);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0 || LabHttp::get(appMetrics(lab), 500).status == 0, 20'000);
        QCOMPARE(lab.lab({QStringLiteral("start")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(LabHttp::get(appMetrics(lab), 1000).status, 200, 20'000);
        QTest::qWait(1000);

        const PollOutcome restarted = probe.poll();
        QVERIFY2(restarted.ok, qPrintable(restarted.error));
        const double hitsAfter
            = valueOf(Exposition::parse(LabHttp::get(appMetrics(lab)).body), QStringLiteral("cache_hits_total"));
        qInfo("cache_hits_total %g before the restart, %g after", hitsBefore, hitsAfter);
        QVERIFY(hitsAfter < hitsBefore);
        // No rate across the restart: not a negative one, not one from a made-up zero.
        QVERIFY(!restarted.value(QStringLiteral("cache_hit_rate"), orders));
        QVERIFY(restarted.value(QStringLiteral("pool_checkout_failures_rate")).value_or(0) >= 0);
        QTest::qWait(2000);
        const PollOutcome again = probe.poll();
        const auto rate = again.value(QStringLiteral("cache_hit_rate"), orders);
        QVERIFY(rate);
        QVERIFY(*rate >= 0 && *rate <= 1);
    }

    void checkListsThePanelsOfBothKinds()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto metrics = checkResults(metricsProfile(lab));
        const auto prometheus
            = checkResults(QStringLiteral("sources:\n  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:%1'}\n")
                               .arg(lab.port(QStringLiteral("PROM_PORT"))));
        for (const char *metric : {"pool_utilisation", "cache_hit_rate", "latency_p95_ms", "latency_p99_ms",
                                   "pool_checkout_failures_rate"}) {
            QVERIFY2(metrics.contains({QStringLiteral("metrics"), QLatin1String(metric)}), metric);
            QVERIFY2(prometheus.contains({QStringLiteral("prometheus"), QLatin1String(metric)}), metric);
        }
    }

    void aMetricsPathWithNoneOfTheSeriesIsShownAsNoData()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(
            QStringLiteral(
                "interval: 2s\nsources:\n  - {name: blank, kind: metrics, url: 'http://127.0.0.1:%1/metrics'}\n")
                .arg(lab.port(QStringLiteral("PG_EXPORTER_PORT"))));
        Session session(profile, QString());
        QAbstractItemModelTester tester(session.sources(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.start();
        const auto state = [&] {
            return session.sources()->status(QStringLiteral("blank")).state;
        };
        QTRY_COMPARE_WITH_TIMEOUT(int(state()), int(SourceStatus::State::NoData), 10'000);
        const QModelIndex row = session.sources()->index(0, SourceStatusModel::StateColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("no data"));
        QCOMPARE(row.data(SourceStatusModel::LevelRole).toInt(), int(Level::Unknown));
        const QString message = session.sources()->index(0, SourceStatusModel::MessageColumn).data().toString();
        QVERIFY2(message.startsWith(QLatin1String("blank: answered, but with no series")), qPrintable(message));
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestMetricsLab)
#include "tst_metrics_lab.moc"
