#include "exposition.h"
#include "metricstore.h"
#include "profileloader.h"
#include "prometheusexporter.h"
#include "session.h"
#include "thresholdengine.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;

namespace {
Profile profile()
{
    auto loaded
        = ProfileLoader::parse("interval: 5s\nsources:\n  - {name: cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
                               QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
    return std::get<Profile>(loaded);
}

/// The value of the one series named @p name whose labels include @p labels.
std::optional<double> find(const Exposition &exposition, const QString &name, const Labels &labels)
{
    std::optional<double> found;
    for (const auto &series : exposition.named(name)) {
        bool matches = true;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            matches = matches && series.labels.value(it.key()) == it.value();
        if (matches) {
            if (found)
                return std::nullopt; // not one
            found = series.value;
        }
    }
    return found;
}
} // namespace

class TestPrometheusExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOnlyAnAddressAndAPort_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bound");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:9464") << QStringLiteral("127.0.0.1:9464");
        QTest::newRow("v6 loopback") << QStringLiteral("[::1]:9464") << QStringLiteral("[::1]:9464");
        QTest::newRow("every interface, when named")
            << QStringLiteral("0.0.0.0:9464") << QStringLiteral("0.0.0.0:9464");
        QTest::newRow("any free port") << QStringLiteral("127.0.0.1:0") << QStringLiteral("127.0.0.1:0");
        QTest::newRow("a bare port listens everywhere") << QStringLiteral("9464") << QString();
        QTest::newRow("a host name") << QStringLiteral("localhost:9464") << QString();
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("port too big") << QStringLiteral("127.0.0.1:99999") << QString();
        QTest::newRow("civetweb's ssl suffix") << QStringLiteral("127.0.0.1:9464s") << QString();
        QTest::newRow("two addresses") << QStringLiteral("127.0.0.1:9464,0.0.0.0:9465") << QString();
        QTest::newRow("v6 without brackets") << QStringLiteral("::1:9464") << QString();
        QTest::newRow("v4 in brackets") << QStringLiteral("[127.0.0.1]:9464") << QString();
        QTest::newRow("not an address") << QStringLiteral("999.0.0.1:9464") << QString();
    }

    void parsesOnlyAnAddressAndAPort()
    {
        QFETCH(QString, text);
        QFETCH(QString, bound);
        const auto address = PrometheusExporter::parseAddress(text);
        QCOMPARE(address ? address->bindSpec() : QString(), bound);
    }

    void namesEachQuantityWithItsUnit_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("scale");
        QTest::newRow("hit rate is a ratio")
            << QStringLiteral("cache_hit_rate") << QStringLiteral("pitwall_cache_hit_ratio") << 1.0;
        QTest::newRow("utilisation") << QStringLiteral("pool_utilisation")
                                     << QStringLiteral("pitwall_pool_utilisation_ratio") << 1.0;
        QTest::newRow("error rate is a ratio")
            << QStringLiteral("error_rate") << QStringLiteral("pitwall_error_ratio") << 1.0;
        QTest::newRow("seconds") << QStringLiteral("cdc_lag_seconds") << QStringLiteral("pitwall_cdc_lag_seconds")
                                 << 1.0;
        QTest::newRow("ms become seconds")
            << QStringLiteral("latency_p99_ms") << QStringLiteral("pitwall_latency_p99_seconds") << 0.001;
        QTest::newRow("bytes") << QStringLiteral("cdc_lag_bytes") << QStringLiteral("pitwall_cdc_lag_bytes") << 1.0;
        QTest::newRow("per second") << QStringLiteral("evicted_keys_rate")
                                    << QStringLiteral("pitwall_evicted_keys_per_second") << 1.0;
        QTest::newRow("ops per sec") << QStringLiteral("ops_per_sec") << QStringLiteral("pitwall_ops_per_second")
                                     << 1.0;
        QTest::newRow("per minute becomes per second")
            << QStringLiteral("slow_query_rate") << QStringLiteral("pitwall_slow_query_per_second") << 1.0 / 60.0;
        QTest::newRow("a count has no unit")
            << QStringLiteral("connections_active") << QStringLiteral("pitwall_connections_active") << 1.0;
    }

    void namesEachQuantityWithItsUnit()
    {
        QFETCH(QString, metric);
        QFETCH(QString, name);
        QFETCH(double, scale);
        const auto rules = ProfileLoader::defaultThresholds();
        QVERIFY2(rules.contains(metric), qPrintable(metric));
        const auto naming = PrometheusExporter::naming(metric, rules.value(metric).unit);
        QCOMPARE(naming.name, name);
        QCOMPARE(naming.scale, scale);
        // A suffix the name has already is not doubled.
        QCOMPARE(PrometheusExporter::naming(QStringLiteral("freelist_ratio"), QStringLiteral("ratio")).name,
                 QStringLiteral("pitwall_freelist_ratio"));
        QCOMPARE(PrometheusExporter::naming(QStringLiteral("wal_bytes"), QStringLiteral("bytes")).name,
                 QStringLiteral("pitwall_wal_bytes"));
    }

    void everyShippedMetricHasAnOwnNameWithItsUnitSuffix()
    {
        static const QRegularExpression valid(QStringLiteral("^pitwall_[a-z][a-z0-9_]*[a-z0-9]$"));
        const QHash<QString, QString> suffixes{{QStringLiteral("ratio"), QStringLiteral("_ratio")},
                                               {QStringLiteral("seconds"), QStringLiteral("_seconds")},
                                               {QStringLiteral("ms"), QStringLiteral("_seconds")},
                                               {QStringLiteral("bytes"), QStringLiteral("_bytes")},
                                               {QStringLiteral("per_s"), QStringLiteral("_per_second")},
                                               {QStringLiteral("per_min"), QStringLiteral("_per_second")}};
        const auto rules = ProfileLoader::defaultThresholds();
        QHash<QString, QString> owners;
        for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
            const QString name = PrometheusExporter::naming(it.key(), it->unit).name;
            QVERIFY2(valid.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!owners.contains(name),
                     qPrintable(name + QLatin1String(": ") + owners.value(name) + QLatin1String(", ") + it.key()));
            owners.insert(name, it.key());
            if (suffixes.contains(it->unit))
                QVERIFY2(name.endsWith(suffixes.value(it->unit)), qPrintable(name));
            else
                for (const auto &suffix : suffixes)
                    QVERIFY2(!name.endsWith(suffix), qPrintable(name));
        }
        QVERIFY(owners.size() > 20);
    }

    void exposesFreshSeriesAndTheirLevels()
    {
        Session session(profile(), QString());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const SeriesKey pool{QStringLiteral("pool"),
                             QStringLiteral("pool_utilisation"),
                             {{QStringLiteral("database"), QStringLiteral("orders")}}};
        const SeriesKey hits{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const SeriesKey merges{
            QStringLiteral("ch"),
            QStringLiteral("merges_running"),
            {{QStringLiteral("metric"), QStringLiteral("clash")}, {QStringLiteral("a.b"), QStringLiteral("dotted")}}};
        const SeriesKey gone{QStringLiteral("ch"), QStringLiteral("active_parts"), {}};
        const SeriesKey latency{QStringLiteral("prom"), QStringLiteral("latency_p99_ms"), {}};
        const SeriesKey slow{QStringLiteral("db"), QStringLiteral("slow_query_rate"), {}};
        const SeriesKey lag{
            QStringLiteral("db"), QStringLiteral("cdc_lag_bytes"), {{QStringLiteral("slot"), QStringLiteral("s")}}};
        const QList<Sample> samples{Sample{pool, now - 1000, 0.97},    Sample{hits, now - 1000, 0.5},
                                    Sample{merges, now - 1000, 2},     Sample{gone, now - 60'000, 400},
                                    Sample{latency, now - 1000, 1250}, Sample{slow, now - 1000, 30},
                                    Sample{lag, now - 1000, 4096}};
        session.store()->append(samples);
        session.engine()->evaluate(samples);

        PrometheusExporter exporter(&session);
        exporter.update();
        const auto exposition = Exposition::parse(exporter.exposition());
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(QLatin1Char('\n'))));
        // One name per quantity, no gauge mixing units.
        QVERIFY(exposition.named(QStringLiteral("pitwall_metric")).isEmpty());
        for (const char *name :
             {"pitwall_pool_utilisation_ratio", "pitwall_cache_hit_ratio", "pitwall_merges_running",
              "pitwall_latency_p99_seconds", "pitwall_slow_query_per_second", "pitwall_cdc_lag_bytes"}) {
            QCOMPARE(exposition.types.value(QLatin1String(name)), QStringLiteral("gauge"));
            for (const auto &series : exposition.named(QLatin1String(name)))
                QVERIFY2(!series.labels.contains(QStringLiteral("metric")), name);
        }

        const auto value = [&](const char *name, const QString &source) {
            return find(exposition, QLatin1String(name), {{QStringLiteral("source"), source}});
        };
        QCOMPARE(value("pitwall_pool_utilisation_ratio", QStringLiteral("pool")), 0.97);
        QCOMPARE(find(exposition, QStringLiteral("pitwall_pool_utilisation_ratio"),
                      {{QStringLiteral("database"), QStringLiteral("orders")}}),
                 0.97);
        QCOMPARE(value("pitwall_cache_hit_ratio", QStringLiteral("cache")), 0.5);
        // In Prometheus' base units: seconds, and per second.
        QCOMPARE(value("pitwall_latency_p99_seconds", QStringLiteral("prom")), 1.25);
        QCOMPARE(value("pitwall_slow_query_per_second", QStringLiteral("db")), 0.5);
        QCOMPARE(
            find(exposition, QStringLiteral("pitwall_cdc_lag_bytes"), {{QStringLiteral("slot"), QStringLiteral("s")}}),
            4096.0);
        // A label named like the exporter's own, and one Prometheus does not allow, are renamed.
        QCOMPARE(find(exposition, QStringLiteral("pitwall_merges_running"),
                      {{QStringLiteral("exported_metric"), QStringLiteral("clash")},
                       {QStringLiteral("a_b"), QStringLiteral("dotted")}}),
                 2.0);
        // Silent for longer than three polls: gone.
        QVERIFY(!value("pitwall_active_parts", QStringLiteral("ch")));

        // Levels as the engine has them: pool critical at once, the hit rate not yet (its `for` is 5 min).
        const auto level = [&](const SeriesKey &key) {
            return find(exposition, QStringLiteral("pitwall_threshold_level"),
                        {{QStringLiteral("source"), key.source}, {QStringLiteral("metric"), key.metric}});
        };
        QCOMPARE(level(pool), double(session.engine()->level(pool)));
        QCOMPARE(level(pool), 2.0);
        QCOMPARE(level(hits), double(session.engine()->level(hits)));
        QCOMPARE(level(hits), 0.0);
        QCOMPARE(level(latency), 2.0);
        QVERIFY2(!level(merges), "a metric without limits has no level");
        QCOMPARE(find(exposition, QStringLiteral("pitwall_source_up"),
                      {{QStringLiteral("source"), QStringLiteral("cache")},
                       {QStringLiteral("kind"), QStringLiteral("redis")}}),
                 0.0);

        // A later value replaces the exposed one; a series that stops leaves.
        session.store()->append({Sample{pool, now, 0.5}});
        exporter.update();
        const auto later = Exposition::parse(exporter.exposition());
        QCOMPARE(find(later, QStringLiteral("pitwall_pool_utilisation_ratio"),
                      {{QStringLiteral("source"), QStringLiteral("pool")}}),
                 0.5);
    }

    void aSeriesThatStopsLeavesWithoutAPoll()
    {
        auto loaded = ProfileLoader::parse(
            "interval: 500ms\nsources:\n  - {name: cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
            QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        Session session(std::get<Profile>(loaded), QString());
        const SeriesKey hits{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        session.store()->append({Sample{hits, QDateTime::currentMSecsSinceEpoch(), 0.9}});
        PrometheusExporter exporter(&session);
        exporter.update();
        const auto exposed = [&] {
            return find(Exposition::parse(exporter.exposition()), QStringLiteral("pitwall_cache_hit_ratio"),
                        {{QStringLiteral("source"), QStringLiteral("cache")}});
        };
        QCOMPARE(exposed(), 0.9);
        // No poll, no update() from outside: the exporter's own timer takes it out
        // once it is older than three intervals.
        QTRY_VERIFY_WITH_TIMEOUT(!exposed(), 10'000);
    }

    void servesTheSameOverHttpAndOnlyWhereTold()
    {
        Session session(profile(), QString());
        const SeriesKey pool{QStringLiteral("pool"), QStringLiteral("pool_utilisation"), {}};
        session.store()->append({Sample{pool, QDateTime::currentMSecsSinceEpoch(), 0.25}});
        PrometheusExporter exporter(&session);
        exporter.update();
        QString error;
        QVERIFY2(exporter.listen(*PrometheusExporter::parseAddress(QStringLiteral("127.0.0.1:0")), &error),
                 qPrintable(error));
        QVERIFY(exporter.port() > 0);

        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(exporter.port())))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        const auto served = Exposition::parse(reply->readAll());
        QCOMPARE(find(served, QStringLiteral("pitwall_pool_utilisation_ratio"),
                      {{QStringLiteral("source"), QStringLiteral("pool")}}),
                 0.25);

        // The port is taken now: a second exporter says so instead of listening elsewhere.
        PrometheusExporter second(&session);
        const auto taken = PrometheusExporter::parseAddress(QStringLiteral("127.0.0.1:%1").arg(exporter.port()));
        QVERIFY(!second.listen(*taken, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(exporter.port())),
                 qPrintable(error));
        QCOMPARE(second.port(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusExporter)
#include "tst_prometheusexporter.moc"
