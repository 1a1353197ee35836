#pragma once

#include "columncache.h"
#include "sample.h"
#include "seriesstorage.h"

#include <QList>
#include <QObject>
#include <QVector>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>

namespace Pitwall {

/// Every series Pitwall has seen, on the GUI thread. Charts pull decimated
/// points for what they show (never the raw history); exporters pull raw
/// points for a range.
class MetricStore : public QObject
{
    Q_OBJECT

public:
    explicit MetricStore(QObject *parent = nullptr);
    ~MetricStore() override;

    /// Points older than this, counted back from the newest sample, are dropped. Default 24 h.
    void setRetention(std::chrono::milliseconds retention) { m_retention = retention; }
    std::chrono::milliseconds retention() const { return m_retention; }

    /// Stores a batch of samples; emits samplesAppended() once for the batch.
    void append(const QList<Sample> &samples);

    QList<SeriesKey> keys() const { return m_keys; }
    QList<SeriesKey> keys(const QString &metric) const;
    bool contains(const SeriesKey &key) const;
    std::optional<Point> latest(const SeriesKey &key) const;
    qsizetype pointCount(const SeriesKey &key) const;

    /// Raw points with from <= time < to, in time order.
    QVector<Point> points(const SeriesKey &key, qint64 fromMs, qint64 toMs) const;

    /// The range cut into at most @p columns columns (one per pixel), and from
    /// each column its first, minimum, maximum and last point (M4), in time
    /// order: a line drawn through them looks like one drawn through every point.
    /// Columns are a whole number of milliseconds wide on a grid fixed in time,
    /// and kept: asked again a poll later, only the newest and first are read.
    QVector<Point> decimated(const SeriesKey &key, qint64 fromMs, qint64 toMs, int columns) const;

    /// Per-second rate of a counter series over the range. A counter that goes
    /// down was restarted: the window restarts there, and no negative rate is
    /// ever given. Empty when fewer than two points follow the last restart.
    std::optional<double> ratePerSecond(const SeriesKey &key, qint64 fromMs, qint64 toMs) const;

Q_SIGNALS:
    void seriesAdded(const Pitwall::SeriesKey &key);
    void samplesAppended(const QList<Pitwall::SeriesKey> &keys);

private:
    struct KeyHash
    {
        size_t operator()(const SeriesKey &key) const noexcept { return qHash(key); }
    };
    struct Series
    {
        std::unique_ptr<SeriesStorage> storage;
        mutable ColumnCache columns; // what decimated() read last
    };
    const SeriesStorage *storage(const SeriesKey &key) const;

    std::unordered_map<SeriesKey, Series, KeyHash> m_series;
    QList<SeriesKey> m_keys;
    std::chrono::milliseconds m_retention = std::chrono::hours(24);
    qint64 m_newestMs = 0;
};

} // namespace Pitwall
