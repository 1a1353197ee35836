#pragma once

#include "seriesstorage.h"

#include <deque>

namespace Pitwall {

/// Points in a deque in time order: cheap appends at the end, cheap drops at
/// the front, binary search for ranges.
class PlainSeriesStorage : public SeriesStorage
{
public:
    void insert(Point point) override;
    void dropBefore(qint64 timeMs) override;
    qsizetype size() const override { return qsizetype(m_points.size()); }
    std::optional<Point> last() const override;
    void forEach(qint64 fromMs, qint64 toMs, const std::function<void(const Point &)> &visit) const override;
    void addTo(PointColumns &columns) const override;

private:
    std::deque<Point> m_points;
};

} // namespace Pitwall
