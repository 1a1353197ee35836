#include "counterdelta.h"

#include <QtTest>

using namespace Pitwall;

class TestCounterDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deltasAndRestart()
    {
        CounterDelta delta;
        QVERIFY(!delta.update(100));
        QCOMPARE(*delta.update(130), 30.0);
        QCOMPARE(*delta.update(130), 0.0);
        QVERIFY(!delta.update(7)); // restarted: no delta, never a negative one
        QCOMPARE(*delta.update(10), 3.0);
    }

    void windowedRatioHidesNothingBehindTheLifetimeRatio()
    {
        WindowedRatio ratio;
        // A lifetime of 990 000 hits and 10 000 misses: 99 % since start.
        QVERIFY(!ratio.update(990'000, 10'000));
        // This window: 250 hits, 750 misses. The lifetime ratio is still 98.9 %.
        QCOMPARE(*ratio.update(990'250, 10'750), 0.25);
        // No traffic: no ratio rather than a made-up one.
        QVERIFY(!ratio.update(990'250, 10'750));
        // CONFIG RESETSTAT: the window restarts.
        QVERIFY(!ratio.update(10, 0));
        QCOMPARE(*ratio.update(19, 1), 0.9);
        // An idle cache's three misses are too few lookups to judge.
        QVERIFY(!ratio.update(19, 4));
        QCOMPARE(*ratio.update(29, 4), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCounterDelta)
#include "tst_counterdelta.moc"
