// The metric store at the size a busy profile reaches in a day: 200 series ×
// 24 h × 1 s (17.28 M samples). Reports, side by side in one run:
// - memory per sample: the compressed store, the plain one, and zstd over the
//   same chunks' delta-encoded columns (the well-kept compressor as a rival);
// - decimating every series to 1,000 columns, against one min/max pass over
//   the raw doubles (the anchor);
// - reading every point back: the store's decoder against zstd's.
// PITWALL_BENCH_SESSION=<session file> takes the series' shapes from a real
// recording (each series' recorded values repeated to 24 h) instead of the
// generated ones. Run: scripts/bench/store.sh

#include "benchseries.h"
#include "chunkedseriesstorage.h"
#include "gorillachunk.h"
#include "plainseriesstorage.h"
#include "pointcolumns.h"
#include "recorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstring>
#include <malloc.h>
#include <memory>
#include <vector>
#include <zstd.h>

using namespace Pitwall;
using Pitwall::Bench::generatedValues;

namespace {
constexpr int seriesCount = 200;
constexpr int perSeries = 86'400;
constexpr int columns = 1000;
constexpr qint64 startMs = 1'700'000'000'000;

/// Each recorded series' values over and over, to 24 h.
std::vector<std::vector<double>> recordedValues(const QString &sessionPath)
{
    QHash<SeriesKey, std::vector<double>> bySeries;
    for (const auto &sample : Recorder::read(sessionPath, 0))
        bySeries[sample.key].push_back(sample.value);
    std::vector<std::vector<double>> all;
    for (auto it = bySeries.cbegin(); it != bySeries.cend() && int(all.size()) < seriesCount; ++it) {
        if (it->size() < 10)
            continue;
        std::vector<double> values(perSeries);
        for (int i = 0; i < perSeries; ++i)
            values[size_t(i)] = (*it)[size_t(i) % it->size()];
        all.push_back(std::move(values));
    }
    return all;
}

struct Data
{
    std::vector<std::vector<Point>> series;
    std::unique_ptr<ChunkedSeriesStorage[]> chunked;
    std::unique_ptr<PlainSeriesStorage[]> plain;
    std::vector<std::vector<double>> raw;
    std::vector<std::vector<std::string>> zstdChunks;
    double chunkedBytesPerSample = 0;
    double plainBytesPerSample = 0;
    double zstdBytesPerSample = 0;
    QString origin;
};

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

/// One chunk's times as deltas of deltas and values as XORs of the value before, zstd-compressed.
std::string zstdChunk(const Point *begin, const Point *end)
{
    std::vector<uint64_t> columns;
    qint64 previousTime = 0;
    qint64 previousDelta = 0;
    uint64_t previousValue = 0;
    for (const Point *point = begin; point != end; ++point) {
        const qint64 delta = point->timeMs - previousTime;
        columns.push_back(uint64_t(delta - previousDelta));
        previousDelta = delta;
        previousTime = point->timeMs;
    }
    for (const Point *point = begin; point != end; ++point) {
        uint64_t bits;
        std::memcpy(&bits, &point->value, sizeof bits);
        columns.push_back(bits ^ previousValue);
        previousValue = bits;
    }
    std::string out(ZSTD_compressBound(columns.size() * 8), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), columns.data(), columns.size() * 8, 3));
    out.shrink_to_fit();
    return out;
}

Data &data()
{
    static Data instance = [] {
        Data d;
        const QByteArray session = qgetenv("PITWALL_BENCH_SESSION");
        auto values
            = session.isEmpty() ? std::vector<std::vector<double>>{} : recordedValues(QString::fromLocal8Bit(session));
        d.origin = session.isEmpty() ? QStringLiteral("generated")
                                     : QStringLiteral("recorded: %1").arg(QString::fromLocal8Bit(session));
        for (int s = int(values.size()); s < seriesCount; ++s)
            values.push_back(generatedValues(s, perSeries));
        QRandomGenerator jitter(99);
        for (const auto &series : values) {
            std::vector<Point> points(perSeries);
            for (int i = 0; i < perSeries; ++i)
                points[size_t(i)] = Point{startMs + i * 1000LL + jitter.bounded(4), series[size_t(i)]};
            d.series.push_back(std::move(points));
        }
        const double samples = double(seriesCount) * perSeries;

        size_t before = heapInUse();
        d.chunked = std::make_unique<ChunkedSeriesStorage[]>(seriesCount);
        for (int s = 0; s < seriesCount; ++s)
            for (const auto &point : d.series[size_t(s)])
                d.chunked[size_t(s)].insert(point);
        d.chunkedBytesPerSample = double(heapInUse() - before) / samples;

        before = heapInUse();
        d.plain = std::make_unique<PlainSeriesStorage[]>(seriesCount);
        for (int s = 0; s < seriesCount; ++s)
            for (const auto &point : d.series[size_t(s)])
                d.plain[size_t(s)].insert(point);
        d.plainBytesPerSample = double(heapInUse() - before) / samples;

        size_t zstdBytes = 0;
        for (const auto &series : d.series) {
            std::vector<std::string> chunks;
            for (size_t at = 0; at < series.size(); at += ChunkedSeriesStorage::chunkPoints) {
                const size_t end = std::min(series.size(), at + ChunkedSeriesStorage::chunkPoints);
                chunks.push_back(zstdChunk(series.data() + at, series.data() + end));
                zstdBytes += chunks.back().size();
            }
            d.zstdChunks.push_back(std::move(chunks));
        }
        // The same bookkeeping per chunk as the store's (its extremes and count).
        const double chunksPerSeries = double(perSeries) / ChunkedSeriesStorage::chunkPoints;
        d.zstdBytesPerSample = (double(zstdBytes) + seriesCount * chunksPerSeries * (72 + 8 + 32)) / samples;

        for (const auto &series : d.series) {
            std::vector<double> raw;
            for (const auto &point : series)
                raw.push_back(point.value);
            d.raw.push_back(std::move(raw));
        }
        return d;
    }();
    return instance;
}

void addMemoryCounters(benchmark::State &state)
{
    const Data &d = data();
    state.counters["chunked_B_per_sample"] = d.chunkedBytesPerSample;
    state.counters["plain_B_per_sample"] = d.plainBytesPerSample;
    state.counters["zstd_B_per_sample"] = d.zstdBytesPerSample;
}
} // namespace

static void anchorMinMaxPassOverRawDoubles(benchmark::State &state)
{
    Data &d = data();
    for (auto _ : state) {
        for (const auto &raw : d.raw) {
            const auto [min, max] = std::minmax_element(raw.begin(), raw.end());
            benchmark::DoNotOptimize(*min);
            benchmark::DoNotOptimize(*max);
        }
    }
}

template<typename Storage> void decimateEverySeries(benchmark::State &state, const Storage *storages, qint64 spanMs)
{
    size_t points = 0;
    for (auto _ : state) {
        points = 0;
        for (int s = 0; s < seriesCount; ++s) {
            PointColumns pixels(startMs + perSeries * 1000LL - spanMs, startMs + perSeries * 1000LL, columns);
            storages[s].addTo(pixels);
            points += size_t(pixels.points().size());
        }
    }
    state.counters["points_out"] = double(points);
}

static void decimateChunked24h(benchmark::State &state)
{
    decimateEverySeries(state, data().chunked.get(), perSeries * 1000LL);
    addMemoryCounters(state);
}

static void decimatePlain24h(benchmark::State &state)
{
    decimateEverySeries(state, data().plain.get(), perSeries * 1000LL);
}

static void decimateChunkedLast6h(benchmark::State &state)
{
    decimateEverySeries(state, data().chunked.get(), 6 * 3600 * 1000LL);
}

static void readEveryPointChunked(benchmark::State &state)
{
    Data &d = data();
    for (auto _ : state) {
        double sum = 0;
        for (int s = 0; s < seriesCount; ++s)
            d.chunked[size_t(s)].forEach(0, std::numeric_limits<qint64>::max(),
                                         [&](const Point &p) { sum += p.value; });
        benchmark::DoNotOptimize(sum);
    }
}

static void readEveryPointZstd(benchmark::State &state)
{
    Data &d = data();
    std::vector<uint64_t> columns(size_t(ChunkedSeriesStorage::chunkPoints) * 2);
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), ZSTD_freeDCtx);
    for (auto _ : state) {
        double sum = 0;
        for (const auto &chunks : d.zstdChunks) {
            for (const auto &chunk : chunks) {
                const size_t bytes = ZSTD_decompressDCtx(context.get(), columns.data(), columns.size() * 8,
                                                         chunk.data(), chunk.size());
                const size_t count = bytes / 16;
                qint64 time = 0;
                qint64 delta = 0;
                uint64_t value = 0;
                for (size_t i = 0; i < count; ++i) {
                    delta += qint64(columns[i]);
                    time += delta;
                    value ^= columns[count + i];
                    double v;
                    std::memcpy(&v, &value, sizeof v);
                    sum += v + double(time & 1);
                }
            }
        }
        benchmark::DoNotOptimize(sum);
    }
}

BENCHMARK(anchorMinMaxPassOverRawDoubles)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(decimateChunked24h)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(decimatePlain24h)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(decimateChunkedLast6h)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(readEveryPointChunked)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(readEveryPointZstd)->Unit(benchmark::kMillisecond)->MinTime(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    std::printf("series: %s\n", qPrintable(data().origin));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
