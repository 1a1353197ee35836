// Paint time and points handed to a chart: 24 h of 1 s data across 8 series,
// through the panel (decimated per pixel column) against the same chart fed
// the raw points. Run: scripts/bench/chart.sh (offscreen).

#include "chartpanel.h"
#include "metricstore.h"
#include "profileloader.h"
#include "thresholdengine.h"
#include "timechart.h"
#include "timewindow.h"

#include <QApplication>
#include <QDateTime>

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>

using namespace Pitwall;

namespace {
constexpr int seriesCount = 8;
constexpr qint64 day = 86'400'000;
constexpr QSize chartSize(1200, 480);

struct Fixture
{
    MetricStore store;
    ThresholdEngine engine;
    TimeWindow window;
    qint64 endMs = 0;

    Fixture()
    {
        engine.setRules(ProfileLoader::defaultThresholds());
        endMs = QDateTime::currentMSecsSinceEpoch();
        for (int s = 0; s < seriesCount; ++s) {
            QList<Sample> samples;
            samples.reserve(86'400);
            const SeriesKey key{QStringLiteral("pool-%1").arg(s), QStringLiteral("pool_utilisation"), {}};
            for (qint64 t = endMs - day; t < endMs; t += 1000)
                samples.append(
                    Sample{key, t, 0.5 + 0.4 * std::sin(double(t) / 3.6e6 + s) + 0.05 * std::sin(double(t) / 7e3)});
            store.append(samples);
        }
        window.setRange(endMs - day, endMs);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

void paint(QWidget &widget)
{
    benchmark::DoNotOptimize(widget.grab());
}
} // namespace

static void decimatedThroughThePanel(benchmark::State &state)
{
    Fixture &f = fixture();
    ChartPanel panel(QStringLiteral("Pool utilisation"), QStringLiteral("pool_utilisation"), &f.store, &f.engine,
                     &f.window);
    panel.resize(chartSize);
    panel.show();
    for (auto _ : state) {
        panel.refreshNow();
        paint(panel);
    }
    state.counters["points_handed"] = double(panel.chart()->pointCount());
    state.counters["plot_width_px"] = panel.chart()->plotWidth();
}

static void rawPointsToTheSameChart(benchmark::State &state)
{
    Fixture &f = fixture();
    std::unique_ptr<TimeChart> chart(TimeChart::create());
    chart->setRule(f.engine.rule(QStringLiteral("pool_utilisation")).value_or(ThresholdRule{}));
    chart->resize(chartSize);
    chart->show();
    QList<ChartSeries> raw;
    for (const auto &key : f.store.keys()) {
        ChartSeries series{key.toString(), key.source, {}, {}};
        for (const auto &point : f.store.points(key, f.endMs - day, f.endMs + 1))
            series.points.append(QPointF(double(point.timeMs), point.value));
        raw.append(series);
    }
    for (auto _ : state) {
        chart->setTimeRange(f.endMs - day, f.endMs);
        chart->setSeries(raw);
        paint(*chart);
    }
    state.counters["points_handed"] = double(chart->pointCount());
}

BENCHMARK(decimatedThroughThePanel)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(rawPointsToTheSameChart)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
