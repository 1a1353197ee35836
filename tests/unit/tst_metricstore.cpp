#include "metricstore.h"
#include "plainseriesstorage.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;
using namespace std::chrono_literals;

namespace {
const SeriesKey hits{QStringLiteral("cache"), QStringLiteral("keyspace_hits"), {}};

QList<Sample> series(const SeriesKey &key, const QList<Point> &points)
{
    QList<Sample> samples;
    for (const auto &point : points)
        samples.append(Sample{key, point.timeMs, point.value});
    return samples;
}
} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSampleWhoseValueThrowsLeavesItsKeyWhole()
    {
        // A collector builds samples inline; a read that times out throws while
        // the key is already built, and it must be destroyed exactly once.
        const QString name = QStringLiteral("clickhouse-%1").arg(QCoreApplication::applicationPid());
        const auto timedOut = []() -> double {
            throw std::runtime_error("no answer within 1 s");
        };
        QList<Sample> samples;
        for (int i = 0; i < 3; ++i) {
            try {
                samples.append(Sample{{name, QStringLiteral("mutations_pending"), {}}, 1, timedOut()});
            } catch (const std::runtime_error &) { }
        }
        QVERIFY(samples.isEmpty());
        QString copy = name;
        QVERIFY2(const_cast<QString &>(name).data_ptr()->isShared(), "the name lost its own reference");
        copy.clear();
        QVERIFY(!const_cast<QString &>(name).data_ptr()->isShared());
    }

    void appendsInBatchesAndKeepsOrder()
    {
        MetricStore store;
        QSignalSpy appended(&store, &MetricStore::samplesAppended);
        QSignalSpy added(&store, &MetricStore::seriesAdded);
        const SeriesKey other{
            QStringLiteral("db"), QStringLiteral("cache_hit_rate"), {{QStringLiteral("db"), QStringLiteral("orders")}}};
        auto batch = series(hits, {{1000, 1}, {2000, 2}});
        batch += series(other, {{1000, 0.9}});
        store.append(batch);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(added.count(), 2);
        QCOMPARE(appended.first().first().value<QList<SeriesKey>>().size(), 2);
        QCOMPARE(store.keys().size(), 2);
        QCOMPARE(store.keys(QStringLiteral("cache_hit_rate")), QList<SeriesKey>{other});

        // A backfilled point earlier than what is stored lands in its place.
        store.append(series(hits, {{1500, 1.5}}));
        const auto points = store.points(hits, 0, 10'000);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[1], (Point{1500, 1.5}));
        QCOMPARE(store.latest(hits)->value, 2.0);
    }

    void m4KeepsFirstMinMaxLastPerColumn()
    {
        MetricStore store;
        // At most 4 columns over [0, 400), wherever a range starts on the grid: 3 of 134 ms.
        store.append(series(hits,
                            {{0, 5},
                             {10, 9},
                             {20, 1},
                             {30, 4},
                             {40, 7},
                             {150, 3},
                             {200, 2},
                             {250, 8},
                             {260, 8},
                             {299, 6},
                             {400, 100}})); // outside the range
        const auto points = store.decimated(hits, 0, 400, 4);
        const QVector<Point> expected{
            {0, 5},   {10, 9},  {20, 1},  {40, 7}, // column 0: first, max, min, last in time order
            {150, 3}, {200, 2}, {250, 8}, {260, 8}, // column 1: first, min, max (first of equal maxima), last
            {299, 6}, // column 2: one point stands for all four
        };
        QCOMPARE(points, expected);

        // Per column the exact min and max survive, whatever the column count.
        for (int columns : {1, 2, 3, 7, 400}) {
            const auto decimated = store.decimated(hits, 0, 400, columns);
            const qint64 width = (400 + std::max(1, columns - 1) - 1) / std::max(1, columns - 1);
            for (int c = 0; c < columns; ++c) {
                const auto raw = store.points(hits, c * width, std::min<qint64>(400, (c + 1) * width));
                if (raw.isEmpty())
                    continue;
                double rawMin = raw.first().value, rawMax = rawMin;
                for (const auto &p : raw) {
                    rawMin = std::min(rawMin, p.value);
                    rawMax = std::max(rawMax, p.value);
                }
                bool sawMin = false, sawMax = false;
                for (const auto &p : decimated) {
                    if (p.timeMs >= raw.first().timeMs && p.timeMs <= raw.last().timeMs) {
                        sawMin |= p.value == rawMin;
                        sawMax |= p.value == rawMax;
                    }
                }
                QVERIFY2(sawMin && sawMax, qPrintable(QStringLiteral("columns %1, column %2").arg(columns).arg(c)));
            }
            QVERIFY(decimated.size() <= 4 * columns);
        }
        QVERIFY(store.decimated(hits, 0, 400, 0).isEmpty());
        QVERIFY(store.decimated(SeriesKey{}, 0, 400, 4).isEmpty());
    }

    void columnsKeptBetweenRefreshesEqualColumnsReadAfresh()
    {
        // A live chart: polls arrive (some stamped before the last refresh's
        // end), history is backfilled, retention cuts, the range moves and zooms.
        MetricStore store;
        store.setRetention(600s);
        PlainSeriesStorage reference;
        QRandomGenerator random(5);
        qint64 nowMs = 1'700'000'000'000;
        for (int step = 0; step < 400; ++step) {
            QList<Sample> batch;
            for (int i = 0; i < 3; ++i) {
                nowMs += random.bounded(200, 1500);
                batch.append(Sample{hits, nowMs - random.bounded(0, 900), random.generateDouble()});
            }
            if (step % 50 == 49) // backfilled history
                batch.append(Sample{hits, nowMs - random.bounded(1000, 500'000), -1.0});
            std::sort(batch.begin(), batch.end(), [](const Sample &a, const Sample &b) { return a.timeMs < b.timeMs; });
            store.append(batch);
            for (const auto &sample : std::as_const(batch))
                reference.insert(Point{sample.timeMs, sample.value});
            reference.dropBefore(std::max(reference.last()->timeMs, store.latest(hits)->timeMs) - 600'000);

            const qint64 span = step % 97 < 60 ? 300'000 : 30'000; // zoomed in now and then
            const qint64 to = nowMs - (step % 13 == 0 ? random.bounded(0, 100'000) : 0);
            for (const int columns : {300, 41}) { // a chart and a sparkline share the cache
                ColumnCache fresh;
                const auto expected = fresh.decimate(reference, to - span, to + 1, columns);
                const auto kept = store.decimated(hits, to - span, to + 1, columns);
                QVERIFY2(kept == expected,
                         qPrintable(QStringLiteral("step %1, %2 columns: %3 points, expected %4")
                                        .arg(step)
                                        .arg(columns)
                                        .arg(kept.size())
                                        .arg(expected.size())));
            }
        }
    }

    void m4OfALongSeriesIsBoundedByWidth()
    {
        MetricStore store;
        QList<Sample> samples;
        for (int i = 0; i < 86'400; ++i)
            samples.append(Sample{hits, qint64(i) * 1000, double(i % 97)});
        store.append(samples);
        const auto points = store.decimated(hits, 0, 86'400'000, 800);
        QVERIFY(points.size() <= 3200);
        QVERIFY(points.size() >= 800);
    }

    void rateRestartsAfterACounterReset()
    {
        MetricStore store;
        // 10/s for 4 s, a restart (counter drops to 5), then 20/s for 2 s.
        store.append(series(
            hits, {{0, 100}, {1000, 110}, {2000, 120}, {3000, 130}, {4000, 140}, {5000, 5}, {6000, 25}, {7000, 45}}));
        QCOMPARE(*store.ratePerSecond(hits, 0, 4001), 10.0);
        // Over the whole range the window restarts at the reset: 20/s, never negative.
        QCOMPARE(*store.ratePerSecond(hits, 0, 8000), 20.0);
        // Right after the reset there is only one point: no rate yet.
        QVERIFY(!store.ratePerSecond(hits, 4500, 5500));
        QVERIFY(!store.ratePerSecond(hits, 0, 1));
    }

    void retentionDropsOldPoints()
    {
        MetricStore store;
        store.setRetention(10s);
        store.append(series(hits, {{0, 1}, {5000, 2}, {12'000, 3}}));
        QCOMPARE(store.pointCount(hits), 2);
        QCOMPARE(store.points(hits, 0, 100'000).first().timeMs, 5000);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
