#include "pointcolumns.h"

#include <algorithm>
#include <array>
#include <limits>

namespace Pitwall {

PointColumns::PointColumns(qint64 fromMs, qint64 toMs, int columns)
    : m_originMs(fromMs)
    , m_fromMs(fromMs)
    , m_toMs(std::max(toMs, fromMs + 1))
    , m_width(double(m_toMs - m_fromMs) / std::max(columns, 1))
    , m_last(std::max(columns, 1) - 1)
    , m_columns(size_t(std::max(columns, 1)))
{ }

PointColumns PointColumns::onGrid(qint64 originMs, qint64 widthMs, qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::max(toMs, fromMs + 1) - originMs;
    PointColumns columns(originMs, originMs + span, int((span + widthMs - 1) / widthMs));
    columns.m_width = double(widthMs);
    columns.m_fromMs = fromMs;
    columns.m_toMs = std::max(toMs, fromMs + 1);
    return columns;
}

void PointColumns::enter(qint64 timeMs)
{
    const int index = columnOf(timeMs);
    m_current = &m_columns[size_t(index)];
    if (index == m_last) {
        m_currentEndMs = std::numeric_limits<qint64>::max();
        return;
    }
    // The first time columnOf() puts in a later column, exactly as it rounds.
    qint64 end = m_originMs + qint64(std::ceil((index + 1) * m_width));
    while (end > timeMs + 1 && columnOf(end - 1) > index)
        --end;
    while (columnOf(end) <= index)
        ++end;
    m_currentEndMs = end;
}

void PointColumns::appendM4(QVector<Point> &points, const PointExtremes &run)
{
    std::array<Point, 4> four{run.first, run.min, run.max, run.last};
    auto end = four.end();
    if (!run.hasRange) {
        four[1] = run.last; // a run of NaNs: its first and last point only
        end = four.begin() + 2;
    }
    std::stable_sort(four.begin(), end, [](const Point &a, const Point &b) { return a.timeMs < b.timeMs; });
    for (auto it = four.begin(); it != end; ++it) {
        // Times are unique in a series: one time is one point.
        if (points.isEmpty() || points.last().timeMs != it->timeMs)
            points.append(*it);
    }
}

QVector<Point> PointColumns::points() const
{
    QVector<Point> result;
    for (const auto &column : m_columns) {
        if (column.used)
            appendM4(result, column.run);
    }
    return result;
}

} // namespace Pitwall
