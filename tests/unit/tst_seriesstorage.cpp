// The compressed storage holds exactly what the plain one holds, whatever the
// values, the order they arrive in and where retention cuts; and decimation
// from its chunks' extremes equals decimation from every point.

#include "chunkedseriesstorage.h"
#include "gorillachunk.h"
#include "plainseriesstorage.h"
#include "pointcolumns.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Pitwall;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();

bool same(const Point &a, const Point &b)
{
    return a.timeMs == b.timeMs && std::memcmp(&a.value, &b.value, sizeof a.value) == 0;
}

QString describe(const Point &point)
{
    return QStringLiteral("(%1, %2)").arg(point.timeMs).arg(point.value, 0, 'g', 17);
}

std::vector<Point> all(const SeriesStorage &storage, qint64 fromMs = std::numeric_limits<qint64>::min(),
                       qint64 toMs = std::numeric_limits<qint64>::max())
{
    std::vector<Point> points;
    storage.forEach(fromMs, toMs, [&](const Point &point) { points.push_back(point); });
    return points;
}

/// Every awkward double a series may hold, among ordinary readings.
double awkwardValue(QRandomGenerator &random, int index)
{
    switch (random.bounded(12)) {
    case 0:
        return std::numeric_limits<double>::quiet_NaN();
    case 1:
        return random.bounded(2) ? inf : -inf;
    case 2:
        return -0.0;
    case 3:
        return std::numeric_limits<double>::denorm_min() * random.bounded(1000);
    case 4:
        return std::numeric_limits<double>::max();
    case 5:
        return double(index / 7); // a counter that holds for a while
    default:
        return random.generateDouble() * 100.0;
    }
}

/// A series polled every second or so, with jitter and hour-long gaps.
std::vector<Point> awkwardSeries(QRandomGenerator &random, int count)
{
    std::vector<Point> points;
    qint64 timeMs = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        points.push_back(Point{timeMs, awkwardValue(random, i)});
        const int gap = random.bounded(50);
        timeMs += gap == 0 ? 3'600'000 + random.bounded(5000) : 1000 + random.bounded(-40, 40);
    }
    return points;
}

bool sameSeries(const std::vector<Point> &expected, const std::vector<Point> &actual, QString *difference)
{
    if (expected.size() != actual.size()) {
        *difference = QStringLiteral("%1 points, expected %2").arg(actual.size()).arg(expected.size());
        return false;
    }
    for (size_t i = 0; i < expected.size(); ++i) {
        if (!same(expected[i], actual[i])) {
            *difference
                = QStringLiteral("point %1 is %2, expected %3").arg(i).arg(describe(actual[i]), describe(expected[i]));
            return false;
        }
    }
    return true;
}

void compare(const SeriesStorage &expected, const SeriesStorage &actual)
{
    QString difference;
    QVERIFY2(sameSeries(all(expected), all(actual), &difference), qPrintable(difference));
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual.last().has_value(), expected.last().has_value());
    if (expected.last())
        QVERIFY(same(*actual.last(), *expected.last()));
}

/// The reference and the storage under test, fed alike.
void insertInBoth(PlainSeriesStorage &plain, ChunkedSeriesStorage &chunked, const std::vector<Point> &points)
{
    for (const auto &point : points) {
        plain.insert(point);
        chunked.insert(point);
    }
}

void dropInBoth(PlainSeriesStorage &plain, ChunkedSeriesStorage &chunked, qint64 timeMs)
{
    plain.dropBefore(timeMs);
    chunked.dropBefore(timeMs);
}

std::vector<Point> decimate(const SeriesStorage &storage, qint64 fromMs, qint64 toMs, int columns)
{
    PointColumns pixels(fromMs, toMs, columns);
    storage.addTo(pixels);
    const auto points = pixels.points();
    return {points.begin(), points.end()};
}
} // namespace

class TestSeriesStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChunkReadsBackEveryBit()
    {
        QRandomGenerator random(7);
        for (const int count : {1, 2, 3, 255, 256, 1000}) {
            const auto points = awkwardSeries(random, count);
            const QByteArray bytes = GorillaChunk::encode(points.data(), points.data() + points.size());
            GorillaChunk::Reader reader(bytes, count);
            std::vector<Point> read;
            Point point;
            while (reader.next(point))
                read.push_back(point);
            QString difference;
            QVERIFY2(sameSeries(points, read, &difference), qPrintable(difference));
        }
    }

    void aRegularPollTakesAboutTwoBitsAPoint()
    {
        // The encoding earns its place: an unchanged value at a steady step
        // costs two bits, against the plain storage's sixteen bytes.
        std::vector<Point> points;
        for (int i = 0; i < 256; ++i)
            points.push_back(Point{1'700'000'000'000 + i * 1000LL, 42.0});
        const QByteArray bytes = GorillaChunk::encode(points.data(), points.data() + points.size());
        // The first point whole (16), the first step (3), two bits a point, the reader's padding (8).
        QVERIFY2(bytes.size() <= 16 + 3 + 256 * 2 / 8 + 8, qPrintable(QString::number(bytes.size())));
    }

    void inOrderAppendsRoundTripExactly()
    {
        QRandomGenerator random(11);
        PlainSeriesStorage plain;
        ChunkedSeriesStorage chunked;
        insertInBoth(plain, chunked, awkwardSeries(random, 5000));
        QVERIFY(chunked.closedChunks() > 10);
        compare(plain, chunked);
    }

    void backfillOutOfOrderAndRereadingsRoundTrip()
    {
        QRandomGenerator random(13);
        const auto points = awkwardSeries(random, 4000);
        PlainSeriesStorage plain;
        ChunkedSeriesStorage chunked;
        // The live half first, then the history before it in a shuffled batch,
        // then newer readings of times already known.
        std::vector<Point> order(points.begin() + 2000, points.end());
        std::vector<Point> history(points.begin(), points.begin() + 2000);
        std::shuffle(history.begin(), history.end(), std::mt19937(3));
        order.insert(order.end(), history.begin(), history.end());
        for (int i = 0; i < 300; ++i)
            order.push_back(Point{points[size_t(random.bounded(4000))].timeMs, double(i)});
        insertInBoth(plain, chunked, order);
        compare(plain, chunked);
    }

    void retentionCutsInTheMiddleOfAChunk()
    {
        QRandomGenerator random(17);
        const auto points = awkwardSeries(random, 3000);
        PlainSeriesStorage plain;
        ChunkedSeriesStorage chunked;
        insertInBoth(plain, chunked, points);
        for (const size_t cut : {size_t(1), size_t(100), size_t(257), size_t(1500), size_t(2999), size_t(2999)}) {
            dropInBoth(plain, chunked, points[cut].timeMs + 1);
            compare(plain, chunked);
        }
        dropInBoth(plain, chunked, points.back().timeMs + 1);
        QCOMPARE(chunked.size(), 0);
        QVERIFY(!chunked.last());
    }

    void interleavedPollsBackfillsAndCutsRoundTrip()
    {
        // As a live store sees them: polls a little out of order, a backfill
        // now and then, retention cutting after every batch.
        QRandomGenerator random(5);
        PlainSeriesStorage plain;
        ChunkedSeriesStorage chunked;
        qint64 nowMs = 1'700'000'000'000;
        for (int step = 0; step < 3000; ++step) {
            nowMs += random.bounded(200, 1500);
            Point point{nowMs - random.bounded(0, 900), random.generateDouble()};
            if (step % 50 == 49)
                point = Point{nowMs - random.bounded(1000, 500'000), -1.0};
            else if (step % 7 == 0)
                point = Point{plain.last() ? plain.last()->timeMs : nowMs, 2.0}; // the newest time read again
            insertInBoth(plain, chunked, {point});
            dropInBoth(plain, chunked, nowMs - 600'000);
            QString difference;
            QVERIFY2(sameSeries(all(plain), all(chunked), &difference),
                     qPrintable(QStringLiteral("step %1, after %2: %3").arg(step).arg(describe(point), difference)));
        }
    }

    void rangesReadTheSamePoints()
    {
        QRandomGenerator random(19);
        const auto points = awkwardSeries(random, 3000);
        PlainSeriesStorage plain;
        ChunkedSeriesStorage chunked;
        insertInBoth(plain, chunked, points);
        for (int i = 0; i < 50; ++i) {
            const qint64 a = points[size_t(random.bounded(3000))].timeMs + random.bounded(-1, 2);
            const qint64 b = points[size_t(random.bounded(3000))].timeMs + random.bounded(-1, 2);
            QString difference;
            QVERIFY2(sameSeries(all(plain, std::min(a, b), std::max(a, b)),
                                all(chunked, std::min(a, b), std::max(a, b)), &difference),
                     qPrintable(difference));
        }
    }

    void decimationFromExtremesEqualsDecimationFromEveryPoint_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("points");
        QTest::newRow("columns wider than chunks") << 20 << 20'000;
        QTest::newRow("a chunk across many columns") << 1000 << 3000;
        QTest::newRow("one column") << 1 << 5000;
        QTest::newRow("as many columns as points") << 2000 << 2000;
    }

    void decimationFromExtremesEqualsDecimationFromEveryPoint()
    {
        QFETCH(int, columns);
        QFETCH(int, points);
        QRandomGenerator random(23);
        const auto series = awkwardSeries(random, points);
        PlainSeriesStorage plain;
        ChunkedSeriesStorage chunked;
        insertInBoth(plain, chunked, series);
        for (int i = 0; i < 20; ++i) {
            // Whole ranges, and ranges that start and end inside chunks.
            const qint64 from = i == 0 ? series.front().timeMs : series[size_t(random.bounded(points / 2))].timeMs - 3;
            const qint64 to
                = i == 0 ? series.back().timeMs + 1 : series[size_t(random.bounded(points / 2, points))].timeMs;
            QString difference;
            QVERIFY2(sameSeries(decimate(plain, from, to, columns), decimate(chunked, from, to, columns), &difference),
                     qPrintable(QStringLiteral("[%1, %2): %3").arg(from).arg(to).arg(difference)));
        }
    }

    void aColumnOfNaNsKeepsItsFirstAndLast()
    {
        ChunkedSeriesStorage chunked;
        for (int i = 0; i < 600; ++i)
            chunked.insert(Point{i * 1000LL, i < 300 ? std::nan("") : double(i)});
        const auto points = decimate(chunked, 0, 600'000, 2);
        QCOMPARE(points.size(), size_t(4)); // NaN first and last; then 300 (first, min) and 599 (max, last)
        QVERIFY(std::isnan(points[0].value) && points[0].timeMs == 0);
        QVERIFY(std::isnan(points[1].value) && points[1].timeMs == 299'000);
        QCOMPARE(points[2].value, 300.0);
        QCOMPARE(points[3].value, 599.0);
    }

    void compressedHoldsLessThanAQuarterOfThePlainMemory()
    {
        // A pool's utilisation: a few connections of twenty, changing now and then.
        ChunkedSeriesStorage chunked;
        QRandomGenerator random(29);
        int busy = 5;
        for (int i = 0; i < 86'400; ++i) {
            if (random.bounded(10) == 0)
                busy = std::clamp(busy + random.bounded(-1, 2), 0, 20);
            chunked.insert(Point{1'700'000'000'000 + i * 1000LL + random.bounded(3), busy / 20.0});
        }
        const double perPoint = double(chunked.memoryBytes()) / 86'400;
        QVERIFY2(perPoint < double(sizeof(Point)) / 4, qPrintable(QString::number(perPoint)));
    }
};

QTEST_GUILESS_MAIN(TestSeriesStorage)
#include "tst_seriesstorage.moc"
