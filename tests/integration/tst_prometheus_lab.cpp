#include "alertmodel.h"
#include "collectorprobe.h"
#include "exposition.h"
#include "labenvironment.h"
#include "labhttp.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtTest>

#include <cmath>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

QString prometheusProfile(const LabEnvironment &lab, const QString &extra = {})
{
    return QStringLiteral("interval: 2s\nsources:\n  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:%1'}\n")
               .arg(lab.port(QStringLiteral("PROM_PORT")))
        + extra;
}

QUrl appMetrics(const LabEnvironment &lab)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(lab.port(QStringLiteral("APP_METRICS_PORT"))));
}

/// The application's own /metrics, read by the test.
Exposition appExposition(const LabEnvironment &lab)
{
    return Exposition::parse(LabHttp::get(appMetrics(lab)).body);
}

double appValue(const Exposition &exposition, const QString &name)
{
    const auto series = exposition.named(name);
    return series.isEmpty() ? std::nan("") : series.first().value;
}

/// The labels Prometheus gives the app's series.
Labels appLabels(const LabEnvironment &lab)
{
    return {
        {QStringLiteral("job"), QStringLiteral("app")},
        {QStringLiteral("instance"), QStringLiteral("127.0.0.1:%1").arg(lab.port(QStringLiteral("APP_METRICS_PORT")))}};
}

/// Raw samples of @p series over the @p window before @p timeSeconds: (first, last) values.
QPair<double, double> rawRange(const LabEnvironment &lab, const QString &series, double timeSeconds)
{
    const QJsonArray result = LabHttp::prometheus(lab, series + QStringLiteral("[1m]"), timeSeconds);
    if (result.isEmpty())
        return {std::nan(""), std::nan("")};
    const QJsonArray values = result.first().toObject().value(QLatin1String("values")).toArray();
    return {values.first().toArray().at(1).toString().toDouble(), values.last().toArray().at(1).toString().toDouble()};
}

/// Prometheus' firing alerts, as the test reads them from /api/v1/alerts.
QJsonArray firingAlerts(const LabEnvironment &lab)
{
    const auto answer = LabHttp::get(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(lab.port(QStringLiteral("PROM_PORT")))));
    QJsonArray firing;
    for (const auto &item : QJsonDocument::fromJson(answer.body)
                                .object()
                                .value(QLatin1String("data"))
                                .toObject()
                                .value(QLatin1String("alerts"))
                                .toArray()) {
        if (item.toObject().value(QLatin1String("state")).toString() == QLatin1String("firing"))
            firing.append(item);
    }
    return firing;
}

} // namespace

class TestPrometheusLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyPanelsFollowTheApplicationsHistogram()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(prometheusProfile(lab));
        CollectorProbe probe(profile, QStringLiteral("prom"));
        // The test's own window of the app's buckets, around Prometheus' last minute.
        const auto bucketsOf = [](const Exposition &exposition) {
            QMap<double, double> buckets;
            for (const auto &bucket : exposition.named(QStringLiteral("http_request_duration_seconds_bucket"))) {
                const QString le = bucket.labels.value(QStringLiteral("le"));
                buckets[le == QLatin1String("+Inf") ? INFINITY : le.toDouble()] += bucket.value;
            }
            return buckets;
        };
        const auto before = bucketsOf(appExposition(lab));
        QTest::qWait(20'000);
        const PollOutcome outcome = probe.poll();
        const auto after = bucketsOf(appExposition(lab));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const Labels job{{QStringLiteral("job"), QStringLiteral("app")}};
        const auto p95 = outcome.value(QStringLiteral("latency_p95_ms"), job);
        const auto p99 = outcome.value(QStringLiteral("latency_p99_ms"), job);
        QVERIFY(p95 && p99);
        QVERIFY(*p95 <= *p99);

        // The bucket that holds the 95th percentile of the test's own window: p95 lies inside it.
        const double total = after.last() - before.last();
        QVERIFY(total > 20);
        double lower = 0;
        double upper = INFINITY;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it.value() - before.value(it.key()) >= 0.95 * total) {
                upper = it.key();
                break;
            }
            lower = it.key();
        }
        qInfo("latency: Pitwall p95 %.0f ms, p99 %.0f ms; the app's own buckets put p95 in (%g s, %g s]", *p95, *p99,
              lower, upper);
        QVERIFY2(*p95 >= 1000 * lower && *p95 <= 1000 * upper, qPrintable(QString::number(*p95)));

        // Under the workload's pressure, pool utilisation is the app's two gauges as Prometheus
        // scraped them, at the instant Pitwall asked about.
        const double at = double(outcome.result.timeMs) / 1000.0;
        const auto gauge = [&](const char *name) {
            const QJsonArray result = LabHttp::prometheus(lab, QLatin1String(name), at);
            return result.size() == 1
                ? result.first().toObject().value(QLatin1String("value")).toArray().at(1).toString().toDouble()
                : std::nan("");
        };
        const double size = gauge("postgres_pool_size");
        const double available = gauge("postgres_pool_available");
        const auto pool = outcome.value(QStringLiteral("pool_utilisation"), appLabels(lab));
        QVERIFY(pool);
        qInfo("pool utilisation: Pitwall %.4f, Prometheus' gauges (%g - %g) / %g", *pool, size, available, size);
        QCOMPARE(*pool, (size - available) / size);
    }

    void defaultPanelsAgreeWithTheApplicationsCounters()
    {
        PITWALL_REQUIRE_LAB(lab);
        // The pool frozen (no client takes a connection: the app's gauges stay put), and
        // the cache at a hit ratio the lab does not usually run at.
        const auto restore = qScopeGuard([&] {
            lab.lab(
                {QStringLiteral("workload"), QStringLiteral("pool_clients=8"), QStringLiteral("redis_hit_ratio=0.97")});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=0"),
                          QStringLiteral("redis_hit_ratio=0.6")}),
                 0);
        QTest::qWait(3000); // requests in flight finish; the knobs are read every second
        const Exposition start = appExposition(lab);
        // A minute and a bit: Prometheus' 1m window holds only the new ratio and the frozen pool.
        QTest::qWait(65'000);
        const Exposition end = appExposition(lab);
        const Profile profile = profileFrom(prometheusProfile(lab));
        CollectorProbe probe(profile, QStringLiteral("prom"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const double at = double(outcome.result.timeMs) / 1000.0;

        // Pool utilisation: the application's own gauges, which have not moved.
        const double size = appValue(end, QStringLiteral("postgres_pool_size"));
        const double available = appValue(end, QStringLiteral("postgres_pool_available"));
        QCOMPARE(appValue(start, QStringLiteral("postgres_pool_available")), available);
        const auto pool = outcome.value(QStringLiteral("pool_utilisation"), appLabels(lab));
        QVERIFY(pool);
        qInfo("pool utilisation: Pitwall %.4f, the app's gauges (%g - %g) / %g", *pool, size, available, size);
        QCOMPARE(*pool, (size - available) / size);

        // Cache hit rate: the application's counters over the test's own window...
        const auto delta = [&](const char *name) {
            return appValue(end, QLatin1String(name)) - appValue(start, QLatin1String(name));
        };
        const double hits = delta("cache_hits_total");
        const double misses = delta("cache_misses_total");
        Labels cacheLabels = appLabels(lab);
        cacheLabels.insert(QStringLiteral("cache_type"), QStringLiteral("orders"));
        const auto rate = outcome.value(QStringLiteral("cache_hit_rate"), cacheLabels);
        QVERIFY(rate);
        qInfo("cache hit rate: Pitwall %.4f, the app's counters %.4f (%g hits, %g misses)", *rate,
              hits / (hits + misses), hits, misses);
        QVERIFY2(std::abs(*rate - hits / (hits + misses)) <= 0.03, qPrintable(QString::number(*rate)));
        QVERIFY2(std::abs(*rate - 0.6) <= 0.05, qPrintable(QString::number(*rate)));
        // ...and Prometheus' raw counters at the instant Pitwall asked about: the same ratio.
        const auto rawHits = rawRange(lab, QStringLiteral("cache_hits_total"), at);
        const auto rawMisses = rawRange(lab, QStringLiteral("cache_misses_total"), at);
        const double rawHitDelta = rawHits.second - rawHits.first;
        const double raw = rawHitDelta / (rawHitDelta + rawMisses.second - rawMisses.first);
        qInfo("cache hit rate from Prometheus' raw counters: %.6f", raw);
        QVERIFY2(std::abs(*rate - raw) < 1e-9, qPrintable(QString::number(raw, 'g', 12)));
        QCOMPARE(profile.thresholds.value(QStringLiteral("cache_hit_rate")).levelOf(*rate), Level::Emergency);

        // Every default panel reports under a canonical name with a unit.
        for (const auto &sample : outcome.result.samples)
            QVERIFY2(!profile.thresholds.value(sample.key.metric).unit.isEmpty(), qPrintable(sample.key.metric));
    }

    void aPanelWhoseMetricsDoNotExistIsAbsent()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(prometheusProfile(
            lab,
            QStringLiteral("panels:\n"
                           "  - {metric: kafka_lag_seconds, unit: seconds,\n"
                           "     promql: 'max by (group) (kafka_consumergroup_group_max_lag_seconds)'}\n"
                           "  - {metric: app_pool_busy, unit: count,\n"
                           "     promql: 'postgres_pool_size - postgres_pool_available'}\n")));
        CollectorProbe probe(profile, QStringLiteral("prom"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.result.remark.isEmpty(), qPrintable(outcome.result.remark));
        QSet<QString> metrics;
        for (const auto &sample : outcome.result.samples)
            metrics.insert(sample.key.metric);
        // No Kafka in the lab: the profile's own panel and the default CDC panels are absent.
        for (const char *absent : {"kafka_lag_seconds", "cdc_lag_seconds", "cdc_lag_messages", "error_rate"})
            QVERIFY2(!metrics.contains(QLatin1String(absent)), absent);
        // What exists is there, the profile's own panel among it.
        for (const char *present : {"pool_utilisation", "cache_hit_rate", "target_up", "app_pool_busy"})
            QVERIFY2(metrics.contains(QLatin1String(present)), present);
        QCOMPARE(outcome.value(QStringLiteral("target_up"),
                               {{QStringLiteral("job"), QStringLiteral("redis")},
                                {QStringLiteral("instance"),
                                 QStringLiteral("127.0.0.1:%1").arg(lab.port(QStringLiteral("REDIS_EXPORTER_PORT")))}}),
                 1.0);
    }

    void aBrokenPanelIsNamedAndTheOthersReport()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(prometheusProfile(
            lab, QStringLiteral("panels:\n  - {metric: broken, unit: count, promql: 'sum(rate(up[1m]'}\n")));
        CollectorProbe probe(profile, QStringLiteral("prom"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.result.remark.startsWith(QLatin1String("panel broken: ")), qPrintable(outcome.result.remark));
        QVERIFY(outcome.value(QStringLiteral("pool_utilisation"), appLabels(lab)));
    }

    void firingAlertsAreListedAndEndWhenTheyStop()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=8")});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=8")}), 0);
        // The lab's rule fires on the pool pressure of the workload (tests/lab/lib/others.sh).
        QTRY_VERIFY_WITH_TIMEOUT(!firingAlerts(lab).isEmpty(), 60'000);

        Session session(profileFrom(prometheusProfile(lab)), QString());
        QAbstractItemModelTester tester(session.alerts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto prometheusAlert = [&]() -> const Alert * {
            for (const auto &alert : session.alerts()->alerts()) {
                if (alert.origin == QLatin1String("prometheus") && alert.key.metric == QLatin1String("LabPoolPressure"))
                    return &alert;
            }
            return nullptr;
        };
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(prometheusAlert(), 15'000);
        const QJsonObject expected = firingAlerts(lab).first().toObject();
        const Alert *alert = prometheusAlert();
        QVERIFY(alert->isOpen());
        QCOMPARE(alert->key.source, QStringLiteral("prom"));
        QCOMPARE(alert->key.labels.value(QStringLiteral("job")), QStringLiteral("app"));
        QCOMPARE(alert->level, Level::Warning); // severity: warning
        const qint64 activeAt
            = QDateTime::fromString(expected.value(QLatin1String("activeAt")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        QVERIFY2(std::abs(alert->startMs - activeAt) < 1000, qPrintable(QString::number(alert->startMs - activeAt)));
        QCOMPARE(alert->summary,
                 expected.value(QLatin1String("annotations")).toObject().value(QLatin1String("summary")).toString());
        const int rows = session.alerts()->rowCount();

        // The pressure goes: Prometheus resolves the alert, and Pitwall's row ends (not a new row).
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=1")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(firingAlerts(lab).isEmpty(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!prometheusAlert()->isOpen(), 10'000);
        QCOMPARE(session.alerts()->rowCount(), rows);
        QCOMPARE(prometheusAlert()->currentLevel, Level::Ok);
        QVERIFY(*prometheusAlert()->endMs > prometheusAlert()->startMs);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestPrometheusLab)
#include "tst_prometheus_lab.moc"
