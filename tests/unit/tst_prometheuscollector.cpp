#include "prometheuscollector.h"

#include <QtTest>

using namespace Pitwall;

class TestPrometheusCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backfillStepKeepsUnderTheLimits_data()
    {
        QTest::addColumn<qint64>("rangeMs");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<qint64>("stepMs");
        // 15 minutes on a wide screen: the poll interval is the finer bound.
        QTest::newRow("15 min") << qint64(15 * 60'000) << 1600 << qint64(5000) << qint64(5000);
        // 24 hours: one point per pixel column.
        QTest::newRow("24 h") << qint64(24 * 3600'000) << 1600 << qint64(5000) << qint64(54'000);
        // A width beyond Prometheus' limit: 11,000 points, the aligned start's step included.
        QTest::newRow("24 h, 20000 columns") << qint64(24 * 3600'000) << 20'000 << qint64(1000) << qint64(7856);
        QTest::newRow("no columns") << qint64(60'000) << 0 << qint64(500) << qint64(60'000);
    }

    void backfillStepKeepsUnderTheLimits()
    {
        QFETCH(qint64, rangeMs);
        QFETCH(int, columns);
        QFETCH(qint64, intervalMs);
        QFETCH(qint64, stepMs);
        const qint64 step = PrometheusCollector::backfillStepMs(rangeMs, columns, intervalMs);
        QCOMPARE(step, stepMs);
        // Whatever the start's alignment, a query_range of this step stays within both limits.
        for (const qint64 from : {qint64(1'700'000'000'000), qint64(1'700'000'000'001), qint64(1'700'000'054'321)}) {
            const qint64 start = from - from % step;
            const qint64 points = (from + rangeMs - start) / step + 1;
            QVERIFY2(points <= PrometheusCollector::maxPointsPerSeries, qPrintable(QString::number(points)));
            if (columns > 0)
                QVERIFY(points <= columns + 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusCollector)
#include "tst_prometheuscollector.moc"
