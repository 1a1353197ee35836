#include "profileloader.h"
#include "thresholdengine.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;

namespace {
const SeriesKey hitRate{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
const SeriesKey slow{
    QStringLiteral("db"), QStringLiteral("slow_query_ms"), {{QStringLiteral("queryid"), QStringLiteral("42")}}};

void feed(ThresholdEngine &engine, const SeriesKey &key, std::initializer_list<std::pair<qint64, double>> points)
{
    QList<Sample> samples;
    for (const auto &[t, v] : points)
        samples.append(Sample{key, t, v});
    engine.evaluate(samples);
}
} // namespace

class TestThresholdEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breachShorterThanForRaisesNothing()
    {
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds()); // cache_hit_rate: for 5m
        QSignalSpy raised(&engine, &ThresholdEngine::alertRaised);
        // 0.5 for 4 minutes, then back to 0.97.
        feed(engine, hitRate, {{0, 0.97}, {60'000, 0.5}, {120'000, 0.5}, {240'000, 0.5}, {300'000, 0.97}});
        QCOMPARE(raised.count(), 0);
        QCOMPARE(engine.level(hitRate), Level::Ok);
    }

    void breachHeldForEntersTheLevel()
    {
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        QSignalSpy raised(&engine, &ThresholdEngine::alertRaised);
        QSignalSpy updated(&engine, &ThresholdEngine::alertUpdated);
        QSignalSpy levels(&engine, &ThresholdEngine::levelChanged);
        feed(engine, hitRate, {{0, 0.85}, {150'000, 0.75}, {299'999, 0.6}});
        QCOMPARE(raised.count(), 0);
        feed(engine, hitRate, {{300'000, 0.62}});
        // Held below 0.90 for 5 min: warning; below 0.80 only since 150 s: not critical yet.
        QCOMPARE(raised.count(), 1);
        QCOMPARE(engine.level(hitRate), Level::Warning);
        QCOMPARE(engine.levelSince(hitRate), 300'000);
        feed(engine, hitRate, {{450'000, 0.61}});
        QCOMPARE(engine.level(hitRate), Level::Critical);
        feed(engine, hitRate, {{600'000, 0.65}});
        QCOMPARE(engine.level(hitRate), Level::Emergency); // below 0.70 since 299.999 s
        feed(engine, hitRate, {{660'000, 0.96}});
        QCOMPARE(engine.level(hitRate), Level::Ok);

        QCOMPARE(engine.alerts().size(), 1);
        const Alert alert = engine.alerts().first();
        QCOMPARE(alert.level, Level::Emergency);
        QCOMPARE(alert.startMs, 300'000);
        QCOMPARE(*alert.endMs, 660'000);
        QCOMPARE(alert.peak, 0.61); // the lowest value for a "below" rule
        QVERIFY(!alert.isOpen());
        QVERIFY(updated.count() >= 3);
        QCOMPARE(levels.count(), 4); // warning, critical, emergency, ok
    }

    void noForMeansImmediate()
    {
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        feed(engine, slow, {{0, 6100}});
        QCOMPARE(engine.level(slow), Level::Critical);
        QCOMPARE(engine.alerts().size(), 1);
        QCOMPARE(engine.alerts().first().peak, 6100.0);
    }

    void profileOverridesApply()
    {
        auto loaded = ProfileLoader::parse("sources:\n"
                                           "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:6379'}\n"
                                           "thresholds:\n"
                                           "  cache_hit_rate: {warning: 0.99, for: 0s}\n",
                                           QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        ThresholdEngine engine;
        engine.setRules(std::get<Profile>(loaded).thresholds);
        feed(engine, hitRate, {{0, 0.97}});
        QCOMPARE(engine.level(hitRate), Level::Warning); // 0.97 < 0.99, immediately
        feed(engine, hitRate, {{1000, 0.75}});
        QCOMPARE(engine.level(hitRate), Level::Critical); // the default critical 0.80 is kept
    }

    void silentSeriesExpire()
    {
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        QSignalSpy updated(&engine, &ThresholdEngine::alertUpdated);
        feed(engine, slow, {{0, 6100}, {20'000, 5900}});
        QCOMPARE(engine.level(slow), Level::Critical);
        engine.expire(200'000, 300'000); // quiet for 3 min: still open
        QCOMPARE(engine.level(slow), Level::Critical);
        engine.expire(400'000, 300'000); // quiet for over 5 min: over, as of when it was last seen
        QCOMPARE(engine.level(slow), Level::Ok);
        QVERIFY(!engine.alerts().first().isOpen());
        QCOMPARE(*engine.alerts().first().endMs, 20'000);
        QCOMPARE(updated.count(), 2);
        // Seen again later: a new alert.
        feed(engine, slow, {{500'000, 7000}});
        QCOMPARE(engine.alerts().size(), 2);
    }

    void metricsWithoutRulesAreNotJudged()
    {
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        const SeriesKey bytes{QStringLiteral("db"), QStringLiteral("cdc_lag_bytes"), {}};
        const SeriesKey unknown{QStringLiteral("db"), QStringLiteral("not_a_metric"), {}};
        feed(engine, bytes, {{0, 1e12}});
        feed(engine, unknown, {{0, 1e12}});
        QVERIFY(engine.alerts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThresholdEngine)
#include "tst_thresholdengine.moc"
