#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>
#include <optional>

namespace Pitwall {

class PointColumns;

/// A point of a series: time in ms since the epoch, and the value.
struct Point
{
    qint64 timeMs = 0;
    double value = 0;

    friend bool operator==(const Point &a, const Point &b) { return a.timeMs == b.timeMs && a.value == b.value; }
};

/// How one series' points are kept. The metric store talks to this interface
/// only, so a compressed encoding can replace the plain one without touching
/// its callers.
class SeriesStorage
{
public:
    virtual ~SeriesStorage() = default;

    /// Inserts a point, keeping time order (points usually arrive in order;
    /// backfilled history may arrive earlier than what is stored).
    virtual void insert(Point point) = 0;
    /// Drops every point older than @p timeMs.
    virtual void dropBefore(qint64 timeMs) = 0;
    virtual qsizetype size() const = 0;
    virtual std::optional<Point> last() const = 0;
    /// Calls @p visit for every point with from <= time < to, in time order.
    virtual void forEach(qint64 fromMs, qint64 toMs, const std::function<void(const Point &)> &visit) const = 0;
    /// Adds the points in the columns' range to @p columns, in time order (runs
    /// of points known to fall in one column may be added as their extremes).
    virtual void addTo(PointColumns &columns) const = 0;

    /// The storage used for new series.
    static std::unique_ptr<SeriesStorage> create();
};

} // namespace Pitwall
