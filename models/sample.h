#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Pitwall {

/// Label name → value, sorted so equal label sets compare and hash equal.
using Labels = QMap<QString, QString>;

/// Identifies one series: which source, which canonical metric, which labels.
struct SeriesKey
{
    QString source;
    QString metric;
    Labels labels;

    /// source/metric{label="value",…}, for logs and CSV headers.
    QString toString() const;

    friend bool operator==(const SeriesKey &a, const SeriesKey &b)
    {
        return a.source == b.source && a.metric == b.metric && a.labels == b.labels;
    }
    friend bool operator!=(const SeriesKey &a, const SeriesKey &b) { return !(a == b); }
    friend bool operator<(const SeriesKey &a, const SeriesKey &b);
};

size_t qHash(const SeriesKey &key, size_t seed = 0) noexcept;

/// One value of one series at one time (milliseconds since the epoch, UTC).
///
/// A constructor, not an aggregate: GCC 12 destroys an aggregate's members that
/// were already built a second time when a later initializer throws, so
/// `Sample{{source, metric, labels}, now, readValue()}` with a read that timed out
/// took one reference too many from the source's name (heap corruption when the
/// session ended). Arguments to a constructor are cleaned up correctly. The same
/// holds for any aggregate with a QString member: read what may throw first.
struct Sample
{
    Sample() = default;
    Sample(SeriesKey key, qint64 timeMs, double value)
        : key(std::move(key))
        , timeMs(timeMs)
        , value(value)
    { }

    SeriesKey key;
    qint64 timeMs = 0;
    double value = 0;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::SeriesKey)
Q_DECLARE_METATYPE(Pitwall::Sample)
