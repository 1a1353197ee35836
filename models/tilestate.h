#pragma once

#include "sample.h"
#include "seriesstorage.h"
#include "thresholdrule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Pitwall {

class MetricStore;
class ThresholdEngine;

/// What one overview tile shows: the worst current series among its metrics,
/// its level and since when, and a sparkline of it.
struct TileState
{
    QString title;
    QStringList metrics;
    bool hasData = false;
    SeriesKey worst;
    double value = 0;
    QString unit;
    /// The level entered (honouring `for`), and the level the value alone is at:
    /// they differ while a breach is pending.
    Level level = Level::Ok;
    Level rawLevel = Level::Ok;
    qint64 sinceMs = 0;
    int seriesCount = 0;
    QVector<Point> sparkline;

    /// The worst series of @p metrics whose latest point is newer than
    /// @p freshSinceMs: first by entered level, then by the value's own
    /// level, then the first metric (the tile's headline) before the others,
    /// then by how far the value is on the bad side.
    static TileState compute(const QString &title, const QStringList &metrics, const MetricStore &store,
                             const ThresholdEngine &engine, qint64 freshSinceMs, qint64 nowMs, int sparklineWidth);
};

} // namespace Pitwall
