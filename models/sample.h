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
struct Sample
{
    SeriesKey key;
    qint64 timeMs = 0;
    double value = 0;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::SeriesKey)
Q_DECLARE_METATYPE(Pitwall::Sample)
