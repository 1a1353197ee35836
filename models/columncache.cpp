#include "columncache.h"

#include <algorithm>

namespace Pitwall {

namespace {
qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return quotient * divisor > value ? quotient - 1 : quotient;
}
} // namespace

ColumnCache::Grid &ColumnCache::gridFor(qint64 widthMs)
{
    auto found
        = std::find_if(m_grids.begin(), m_grids.end(), [widthMs](const Grid &g) { return g.widthMs == widthMs; });
    if (found == m_grids.end()) {
        found = std::min_element(m_grids.begin(), m_grids.end(),
                                 [](const Grid &a, const Grid &b) { return a.lastUse < b.lastUse; });
        *found = Grid{widthMs, 0, {}, 0};
    }
    found->lastUse = ++m_uses;
    return *found;
}

void ColumnCache::read(const SeriesStorage &storage, const Grid &grid, qint64 fromMs, qint64 toMs,
                       std::vector<Column> &into)
{
    const qint64 origin = floorDiv(fromMs, grid.widthMs) * grid.widthMs;
    PointColumns pixels = PointColumns::onGrid(origin, grid.widthMs, fromMs, toMs);
    storage.addTo(pixels);
    for (int i = 0; i < pixels.count(); ++i) {
        const PointExtremes *run = pixels.run(i);
        into.push_back(run ? Column{*run, true} : Column{});
    }
}

QVector<Point> ColumnCache::decimate(const SeriesStorage &storage, qint64 fromMs, qint64 toMs, int columns)
{
    // Wide enough that the range, wherever it starts on the grid, spans at most @p columns.
    const qint64 cells = std::max(1, columns - 1);
    const qint64 width = std::max<qint64>(1, (toMs - fromMs + cells - 1) / cells);
    Grid &grid = gridFor(width);
    const qint64 first = floorDiv(fromMs, width);
    const qint64 last = floorDiv(toMs - 1, width);
    // The cached columns strictly inside the last range asked for are whole;
    // its first and last column were cut by that range's ends.
    const qint64 keepFrom = std::max(first + 1, grid.firstIndex + 1);
    const qint64 keepTo = std::min(last, grid.firstIndex + qint64(grid.columns.size()) - 1); // exclusive

    std::vector<Column> fresh;
    fresh.reserve(size_t(last - first + 1));
    if (keepFrom >= keepTo) {
        read(storage, grid, fromMs, toMs, fresh);
    } else {
        read(storage, grid, fromMs, keepFrom * width, fresh);
        fresh.insert(fresh.end(), grid.columns.begin() + (keepFrom - grid.firstIndex),
                     grid.columns.begin() + (keepTo - grid.firstIndex));
        read(storage, grid, keepTo * width, toMs, fresh);
    }
    grid.firstIndex = first;
    grid.columns = std::move(fresh);

    QVector<Point> points;
    for (const auto &column : grid.columns) {
        if (column.used)
            PointColumns::appendM4(points, column.run);
    }
    return points;
}

void ColumnCache::changedAt(qint64 timeMs)
{
    for (auto &grid : m_grids) {
        if (grid.widthMs == 0 || grid.columns.empty())
            continue;
        const qint64 index = floorDiv(timeMs, grid.widthMs) - grid.firstIndex;
        grid.columns.resize(size_t(std::clamp<qint64>(index, 0, qint64(grid.columns.size()))));
    }
}

void ColumnCache::droppedBefore(qint64 timeMs)
{
    for (auto &grid : m_grids) {
        if (grid.widthMs == 0 || grid.columns.empty())
            continue;
        // The column that holds timeMs lost points too.
        const qint64 drop = floorDiv(timeMs, grid.widthMs) + 1 - grid.firstIndex;
        if (drop <= 0)
            continue;
        const auto count = size_t(std::min<qint64>(drop, qint64(grid.columns.size())));
        grid.columns.erase(grid.columns.begin(), grid.columns.begin() + qsizetype(count));
        grid.firstIndex += qint64(count);
    }
}

} // namespace Pitwall
