#include "plainseriesstorage.h"

#include "pointcolumns.h"

#include <algorithm>

namespace Pitwall {

namespace {
bool earlier(const Point &point, qint64 timeMs)
{
    return point.timeMs < timeMs;
}
} // namespace

void PlainSeriesStorage::insert(Point point)
{
    if (m_points.empty() || m_points.back().timeMs < point.timeMs) {
        m_points.push_back(point);
        return;
    }
    auto at = std::lower_bound(m_points.begin(), m_points.end(), point.timeMs, earlier);
    if (at != m_points.end() && at->timeMs == point.timeMs)
        *at = point; // a backfill of a time already known: the newer reading wins
    else
        m_points.insert(at, point);
}

void PlainSeriesStorage::dropBefore(qint64 timeMs)
{
    auto end = std::lower_bound(m_points.begin(), m_points.end(), timeMs, earlier);
    m_points.erase(m_points.begin(), end);
}

std::optional<Point> PlainSeriesStorage::last() const
{
    if (m_points.empty())
        return std::nullopt;
    return m_points.back();
}

void PlainSeriesStorage::forEach(qint64 fromMs, qint64 toMs, const std::function<void(const Point &)> &visit) const
{
    for (auto it = std::lower_bound(m_points.begin(), m_points.end(), fromMs, earlier);
         it != m_points.end() && it->timeMs < toMs; ++it)
        visit(*it);
}

void PlainSeriesStorage::addTo(PointColumns &columns) const
{
    for (auto it = std::lower_bound(m_points.begin(), m_points.end(), columns.fromMs(), earlier);
         it != m_points.end() && it->timeMs < columns.toMs(); ++it)
        columns.add(*it);
}

} // namespace Pitwall
