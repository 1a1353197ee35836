#pragma once

#include "seriesstorage.h"

#include <QVector>

#include <cmath>
#include <vector>

namespace Pitwall {

/// What a run of points in time order comes to when it is drawn: its first and
/// last point, and the earliest minimum and maximum among its numbers (a NaN
/// is no number, so a run of NaNs has no range).
struct PointExtremes
{
    Point first;
    Point last;
    Point min;
    Point max;
    bool hasRange = false;

    /// Extends the run by @p point, which comes after every point in it.
    void extend(const Point &point)
    {
        last = point;
        if (std::isnan(point.value))
            return;
        if (!hasRange) {
            min = max = point;
            hasRange = true;
            return;
        }
        if (point.value < min.value)
            min = point;
        if (point.value > max.value)
            max = point;
    }
    /// Extends the run by @p later, a run that comes after every point in it.
    void extend(const PointExtremes &later)
    {
        last = later.last;
        if (!later.hasRange)
            return;
        if (!hasRange) {
            min = later.min;
            max = later.max;
            hasRange = true;
            return;
        }
        if (later.min.value < min.value)
            min = later.min;
        if (later.max.value > max.value)
            max = later.max;
    }
    static PointExtremes of(const Point &point)
    {
        PointExtremes run{point, point, point, point, !std::isnan(point.value)};
        return run;
    }
};

/// A time range cut into equal columns (one per pixel), filled with points or
/// with runs of points that fall in one column, in time order. Each column
/// keeps its first, minimum, maximum and last point (M4): a line drawn through
/// them looks like one drawn through every point.
class PointColumns
{
public:
    /// [@p fromMs, @p toMs) in @p columns equal columns.
    PointColumns(qint64 fromMs, qint64 toMs, int columns);
    /// [@p fromMs, @p toMs) on a grid of columns @p widthMs wide starting at
    /// @p originMs (at or before @p fromMs).
    static PointColumns onGrid(qint64 originMs, qint64 widthMs, qint64 fromMs, qint64 toMs);

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    bool contains(qint64 timeMs) const { return timeMs >= m_fromMs && timeMs < m_toMs; }
    int columnOf(qint64 timeMs) const
    {
        const auto index = int(double(timeMs - m_originMs) / m_width);
        return index < m_last ? index : m_last;
    }

    /// Adds a point inside the range, later than every point added before.
    void add(const Point &point)
    {
        if (point.timeMs >= m_currentEndMs || !m_current)
            enter(point.timeMs);
        if (m_current->used) {
            m_current->run.extend(point);
        } else {
            m_current->run = PointExtremes::of(point);
            m_current->used = true;
        }
    }
    /// Adds a run of points that lies inside one column, later than every point added before.
    void add(const PointExtremes &run)
    {
        Column &column = m_columns[size_t(columnOf(run.first.timeMs))];
        if (column.used) {
            column.run.extend(run);
        } else {
            column.run = run;
            column.used = true;
        }
    }
    /// Whether a run from @p firstMs to @p lastMs lies inside one column of the range.
    bool inOneColumn(qint64 firstMs, qint64 lastMs) const
    {
        return contains(firstMs) && contains(lastMs) && columnOf(firstMs) == columnOf(lastMs);
    }

    /// Each column's first, minimum, maximum and last point, in time order, each point once.
    QVector<Point> points() const;
    int count() const { return int(m_columns.size()); }
    /// What fell in column @p index, or nullptr when nothing did.
    const PointExtremes *run(int index) const
    {
        const Column &column = m_columns[size_t(index)];
        return column.used ? &column.run : nullptr;
    }
    /// Appends @p run's first, minimum, maximum and last point to @p points, in time order, each once.
    static void appendM4(QVector<Point> &points, const PointExtremes &run);

private:
    struct Column
    {
        PointExtremes run;
        bool used = false;
    };
    /// Makes the column of @p timeMs the current one (points come in time order,
    /// so finding the column is one comparison a point, not a division).
    void enter(qint64 timeMs);

    qint64 m_originMs;
    qint64 m_fromMs;
    qint64 m_toMs;
    double m_width;
    int m_last;
    std::vector<Column> m_columns;
    Column *m_current = nullptr;
    qint64 m_currentEndMs = 0; // the first time past the current column
};

} // namespace Pitwall
