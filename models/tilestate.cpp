#include "tilestate.h"

#include "metricstore.h"
#include "thresholdengine.h"

#include <tuple>

namespace Pitwall {

TileState TileState::compute(const QString &title, const QStringList &metrics, const MetricStore &store,
                             const ThresholdEngine &engine, qint64 freshSinceMs, qint64 nowMs, int sparklineWidth)
{
    TileState tile;
    tile.title = title;
    tile.metrics = metrics;
    std::tuple<int, int, int, double> worstRank{-1, -1, -1, 0};
    for (const auto &metric : metrics) {
        // Between equal levels the tile's first metric (its headline) wins.
        const int headline = metric == metrics.first() ? 1 : 0;
        const auto rule = engine.rule(metric).value_or(ThresholdRule{});
        for (const auto &key : store.keys(metric)) {
            const auto latest = store.latest(key);
            if (!latest || latest->timeMs < freshSinceMs)
                continue;
            ++tile.seriesCount;
            const Level level = engine.level(key);
            const Level raw = rule.levelOf(latest->value);
            const bool below = rule.direction == ThresholdRule::Direction::Below;
            const std::tuple<int, int, int, double> rank{int(level), int(raw), headline,
                                                         below ? -latest->value : latest->value};
            if (rank <= worstRank)
                continue;
            worstRank = rank;
            tile.hasData = true;
            tile.worst = key;
            tile.value = latest->value;
            tile.unit = rule.unit;
            tile.level = level;
            tile.rawLevel = raw;
            tile.sinceMs = engine.levelSince(key);
        }
    }
    if (tile.hasData) {
        constexpr qint64 sparklineSpanMs = 15 * 60 * 1000;
        tile.sparkline = store.decimated(tile.worst, nowMs - sparklineSpanMs, nowMs + 1, sparklineWidth);
    }
    return tile;
}

} // namespace Pitwall
