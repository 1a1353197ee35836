#include "profileloader.h"
#include "profileyaml.h"

#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;
using namespace std::chrono_literals;

/// The panels a profile declares, and the thresholds, panels and example
/// profiles Pitwall ships.
class TestProfilePanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedThresholdsCoverTheDocumentedMetrics()
    {
        const auto defaults = ProfileLoader::defaultThresholds();
        const QStringList documented{QStringLiteral("pool_utilisation"),     QStringLiteral("pool_waiting_clients"),
                                     QStringLiteral("connections_active"),   QStringLiteral("connection_utilisation"),
                                     QStringLiteral("cache_hit_rate"),       QStringLiteral("cdc_lag_seconds"),
                                     QStringLiteral("cdc_lag_bytes"),        QStringLiteral("replication_lag_seconds"),
                                     QStringLiteral("slow_query_ms"),        QStringLiteral("slow_query_rate"),
                                     QStringLiteral("latency_p99_ms"),       QStringLiteral("memory_utilisation"),
                                     QStringLiteral("evicted_keys_rate"),    QStringLiteral("error_rate"),
                                     QStringLiteral("active_parts"),         QStringLiteral("sqlite_wal_bytes"),
                                     QStringLiteral("sqlite_freelist_ratio")};
        for (const auto &metric : documented)
            QVERIFY2(defaults.contains(metric), qPrintable(metric));

        const auto hitRate = defaults.value(QStringLiteral("cache_hit_rate"));
        QCOMPARE(hitRate.unit, QStringLiteral("ratio"));
        QCOMPARE(hitRate.direction, ThresholdRule::Direction::Below);
        QCOMPARE(hitRate.warning, 0.90);
        QCOMPARE(hitRate.critical, 0.80);
        QCOMPARE(hitRate.emergency, 0.70);
        QCOMPARE(hitRate.holdFor, 5min);
        const auto cdc = defaults.value(QStringLiteral("cdc_lag_seconds"));
        QCOMPARE(cdc.warning, 5.0);
        QCOMPARE(cdc.critical, 30.0);
        QCOMPARE(cdc.holdFor, 2min);
    }

    void panelsReportUnderKnownMetricsOrDeclareTheirOwn()
    {
        auto result = parse("sources:\n"
                            "  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:9090'}\n"
                            "  - {name: fleet, kind: prometheus, url: 'http://127.0.0.1:9091'}\n"
                            "panels:\n"
                            "  - source: prom\n"
                            "    metric: kafka_lag_seconds\n"
                            "    promql: max by (group) (kafka_consumergroup_group_max_lag_seconds)\n"
                            "    unit: seconds\n"
                            "    thresholds: {direction: above, warning: 5, critical: 30, for: 2m}\n"
                            "  - {metric: pool_utilisation, promql: 'sum(busy) / sum(size)', unit: ratio}\n"
                            "  - {metric: kafka_lag_seconds, promql: 'max(other_lag)'}\n"
                            "thresholds:\n"
                            "  kafka_lag_seconds: {critical: 60}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.panels.size(), 3);

        const PanelConfig &kafka = profile.panels[0];
        QCOMPARE(kafka.source, QStringLiteral("prom"));
        QCOMPARE(kafka.promql, QStringLiteral("max by (group) (kafka_consumergroup_group_max_lag_seconds)"));
        QVERIFY(kafka.declared);
        QCOMPARE(kafka.declared->unit, QStringLiteral("seconds"));
        QCOMPARE(kafka.declared->critical, 30.0);
        // The panel's metric is known to the profile, with the override applied on top.
        const auto lag = profile.thresholds.value(QStringLiteral("kafka_lag_seconds"));
        QCOMPARE(lag.unit, QStringLiteral("seconds"));
        QCOMPARE(lag.direction, ThresholdRule::Direction::Above);
        QCOMPARE(lag.warning, 5.0);
        QCOMPARE(lag.critical, 60.0);
        QCOMPARE(lag.holdFor, 2min);

        // A known metric's panel reports under it, with its rule; the second kafka panel reuses the first's.
        QVERIFY(!profile.panels[1].declared);
        QVERIFY(profile.panels[1].source.isEmpty());
        QVERIFY(!profile.panels[2].declared);
        QCOMPARE(profile.thresholds.value(QStringLiteral("pool_utilisation")),
                 ProfileLoader::defaultThresholds().value(QStringLiteral("pool_utilisation")));

        // The defaults first, then the profile's own: for its source only, or for every source.
        const auto defaults = ProfileLoader::defaultPanels();
        const auto prom = profile.panelsFor(QStringLiteral("prom"), defaults);
        const auto fleet = profile.panelsFor(QStringLiteral("fleet"), defaults);
        QCOMPARE(prom.size(), defaults.size() + 3);
        QCOMPARE(fleet.size(), defaults.size() + 2);
        QCOMPARE(prom[defaults.size()].metric, QStringLiteral("kafka_lag_seconds"));
        QCOMPARE(fleet[defaults.size()].metric, QStringLiteral("pool_utilisation"));
    }

    void shippedPanelsAreTheSeedsPromQLUnderCanonicalNames()
    {
        const auto panels = ProfileLoader::defaultPanels();
        const auto thresholds = ProfileLoader::defaultThresholds();
        QHash<QString, QString> promql;
        for (const auto &panel : panels) {
            QVERIFY2(thresholds.contains(panel.metric), qPrintable(panel.metric));
            QVERIFY(!panel.declared);
            QVERIFY(panel.source.isEmpty());
            promql.insert(panel.metric, panel.promql);
        }
        // Seed 000's monitoring queries, seed 004's CDC lag.
        QCOMPARE(promql.value(QStringLiteral("pool_utilisation")),
                 QStringLiteral("(postgres_pool_size - postgres_pool_available) / postgres_pool_size"));
        QVERIFY(promql.value(QStringLiteral("cache_hit_rate")).contains(QLatin1String("rate(cache_hits_total[1m]")));
        QVERIFY(promql.value(QStringLiteral("cache_hit_rate")).contains(QLatin1String("rate(cache_misses_total[1m]")));
        QVERIFY(promql.value(QStringLiteral("latency_p95_ms")).contains(QLatin1String("histogram_quantile(0.95,")));
        QVERIFY(promql.value(QStringLiteral("latency_p99_ms")).contains(QLatin1String("histogram_quantile(0.99,")));
        QVERIFY(promql.value(QStringLiteral("pool_checkout_failures_rate"))
                    .contains(QLatin1String("rate(pool_checkout_failures_total[1m]")));
        QVERIFY(promql.value(QStringLiteral("cdc_lag_seconds")).contains(QLatin1String("kafka_consumergroup")));
        QCOMPARE(thresholds.value(QStringLiteral("latency_p99_ms")).warning, 500.0);
    }

    void shippedExamplesLoad()
    {
        const QDir examples(QStringLiteral(PITWALL_EXAMPLES_DIR));
        const QStringList files = examples.entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const auto result = ProfileLoader::load(examples.filePath(file));
            QVERIFY2(std::holds_alternative<Profile>(result),
                     qPrintable(std::holds_alternative<ProfileError>(result) ? std::get<ProfileError>(result).message
                                                                             : file));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfilePanels)
#include "tst_profilepanels.moc"
