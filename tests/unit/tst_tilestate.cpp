#include "metricstore.h"
#include "profileloader.h"
#include "thresholdengine.h"
#include "tilestate.h"

#include <QtTest>

using namespace Pitwall;

class TestTileState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheWorstFreshSeries()
    {
        MetricStore store;
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        const SeriesKey redis{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const SeriesKey pg{QStringLiteral("db"),
                           QStringLiteral("cache_hit_rate"),
                           {{QStringLiteral("database"), QStringLiteral("orders")}}};
        const SeriesKey stale{QStringLiteral("old"), QStringLiteral("cache_hit_rate"), {}};
        const SeriesKey memory{QStringLiteral("cache"), QStringLiteral("memory_utilisation"), {}};
        QList<Sample> samples{Sample{stale, 1000, 0.1}};
        // Redis: 0.25 for the last 6 minutes (emergency held past its 5 minutes); pg: 0.85 just now.
        for (qint64 t = 600'000; t <= 960'000; t += 60'000)
            samples.append(Sample{redis, t, 0.25});
        samples.append(Sample{pg, 960'000, 0.85});
        samples.append(Sample{memory, 960'000, 0.5});
        store.append(samples);
        engine.evaluate(samples);

        const auto tile = TileState::compute(QStringLiteral("Cache"),
                                             {QStringLiteral("cache_hit_rate"), QStringLiteral("memory_utilisation")},
                                             store, engine, 500'000, 960'000, 60);
        QVERIFY(tile.hasData);
        QCOMPARE(tile.worst, redis);
        QCOMPARE(tile.value, 0.25);
        QCOMPARE(tile.level, Level::Emergency);
        QCOMPARE(tile.sinceMs, 900'000);
        QCOMPARE(tile.seriesCount, 3); // the stale one does not count
        QCOMPARE(tile.unit, QStringLiteral("ratio"));
        QVERIFY(!tile.sparkline.isEmpty());
    }

    void pendingBreachShowsItsRawLevel()
    {
        MetricStore store;
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        const SeriesKey redis{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const QList<Sample> samples{Sample{redis, 1000, 0.97}, Sample{redis, 61'000, 0.25}};
        store.append(samples);
        engine.evaluate(samples);
        const auto tile = TileState::compute(QStringLiteral("Cache"), {QStringLiteral("cache_hit_rate")}, store, engine,
                                             0, 61'000, 60);
        QCOMPARE(tile.level, Level::Ok); // `for: 5m` has not held yet
        QCOMPARE(tile.rawLevel, Level::Emergency); // but the value is there already
    }

    void headlineWinsATie()
    {
        MetricStore store;
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        const QList<Sample> samples{Sample{{QStringLiteral("c"), QStringLiteral("evicted_keys_rate"), {}}, 1000, 0},
                                    Sample{{QStringLiteral("c"), QStringLiteral("cache_hit_rate"), {}}, 1000, 0.99}};
        store.append(samples);
        engine.evaluate(samples);
        const auto tile = TileState::compute(QStringLiteral("Cache"),
                                             {QStringLiteral("cache_hit_rate"), QStringLiteral("evicted_keys_rate")},
                                             store, engine, 0, 1000, 60);
        QCOMPARE(tile.worst.metric, QStringLiteral("cache_hit_rate"));
        QVERIFY(
            !TileState::compute(QStringLiteral("x"), {QStringLiteral("pool_utilisation")}, store, engine, 0, 1000, 60)
                 .hasData);
    }
};

QTEST_GUILESS_MAIN(TestTileState)
#include "tst_tilestate.moc"
