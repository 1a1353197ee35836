#pragma once

#include "pointcolumns.h"

#include <QVector>

#include <array>
#include <vector>

namespace Pitwall {

/// One series' pixel columns kept between refreshes. Columns are a whole
/// number of milliseconds wide and sit on a grid fixed in time (multiples of
/// the width since the epoch), so a chart refreshed a second later finds all
/// but its first and newest columns unchanged and reads only the points
/// those hold. A few grids are kept, one per width asked for (a chart and a
/// status tile's sparkline ask for different ones).
class ColumnCache
{
public:
    /// The M4 points of @p storage over [@p fromMs, @p toMs), in about @p columns columns.
    QVector<Point> decimate(const SeriesStorage &storage, qint64 fromMs, qint64 toMs, int columns);
    /// A point at @p timeMs was stored: the columns from its own on are read again.
    void changedAt(qint64 timeMs);
    /// Points before @p timeMs were dropped.
    void droppedBefore(qint64 timeMs);

private:
    struct Column
    {
        PointExtremes run;
        bool used = false;
    };
    struct Grid
    {
        qint64 widthMs = 0;
        qint64 firstIndex = 0; ///< the grid index of columns.front()
        std::vector<Column> columns;
        quint64 lastUse = 0;
    };
    Grid &gridFor(qint64 widthMs);
    static void read(const SeriesStorage &storage, const Grid &grid, qint64 fromMs, qint64 toMs,
                     std::vector<Column> &into);

    std::array<Grid, 3> m_grids;
    quint64 m_uses = 0;
};

} // namespace Pitwall
