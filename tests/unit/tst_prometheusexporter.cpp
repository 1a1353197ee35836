#include "exposition.h"
#include "metricstore.h"
#include "profileloader.h"
#include "prometheusexporter.h"
#include "session.h"
#include "thresholdengine.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
        const QList<Sample> samples{Sample{pool, now - 1000, 0.97}, Sample{hits, now - 1000, 0.5},
                                    Sample{merges, now - 1000, 2}, Sample{gone, now - 60'000, 400}};
        session.store()->append(samples);
        session.engine()->evaluate(samples);

        PrometheusExporter exporter(&session);
        exporter.update();
        const auto exposition = Exposition::parse(exporter.exposition());
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(QLatin1Char('\n'))));
        QCOMPARE(exposition.types.value(QStringLiteral("pitwall_metric")), QStringLiteral("gauge"));

        const auto metric = [&](const SeriesKey &key) {
            Labels labels{{QStringLiteral("source"), key.source}, {QStringLiteral("metric"), key.metric}};
            return find(exposition, QStringLiteral("pitwall_metric"), labels);
        };
        QCOMPARE(metric(pool), 0.97);
        QCOMPARE(find(exposition, QStringLiteral("pitwall_metric"),
                      {{QStringLiteral("database"), QStringLiteral("orders")}}),
                 0.97);
        QCOMPARE(metric(hits), 0.5);
        // A label named like the exporter's own, and one Prometheus does not allow, are renamed.
        QCOMPARE(find(exposition, QStringLiteral("pitwall_metric"),
                      {{QStringLiteral("metric"), QStringLiteral("merges_running")},
                       {QStringLiteral("exported_metric"), QStringLiteral("clash")},
                       {QStringLiteral("a_b"), QStringLiteral("dotted")}}),
                 2.0);
        // Silent for longer than three polls: gone.
        QVERIFY(!metric(gone));

        // Levels as the engine has them: pool critical at once, the hit rate not yet (its `for` is 5 min).
        const auto level = [&](const SeriesKey &key) {
            return find(exposition, QStringLiteral("pitwall_threshold_level"),
                        {{QStringLiteral("source"), key.source}, {QStringLiteral("metric"), key.metric}});
        };
        QCOMPARE(level(pool), double(session.engine()->level(pool)));
        QCOMPARE(level(pool), 2.0);
        QCOMPARE(level(hits), double(session.engine()->level(hits)));
        QCOMPARE(level(hits), 0.0);
        QVERIFY2(!level(merges), "a metric without limits has no level");
        QCOMPARE(find(exposition, QStringLiteral("pitwall_source_up"),
                      {{QStringLiteral("source"), QStringLiteral("cache")},
                       {QStringLiteral("kind"), QStringLiteral("redis")}}),
                 0.0);

        // A later value replaces the exposed one; a series that stops leaves.
        session.store()->append({Sample{pool, now, 0.5}});
        exporter.update();
        const auto later = Exposition::parse(exporter.exposition());
        QCOMPARE(find(later, QStringLiteral("pitwall_metric"),
                      {{QStringLiteral("metric"), QStringLiteral("pool_utilisation")}}),
                 0.5);
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
        QCOMPARE(find(served, QStringLiteral("pitwall_metric"), {{QStringLiteral("source"), QStringLiteral("pool")}}),
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
