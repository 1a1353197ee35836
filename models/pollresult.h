#pragma once

#include "alert.h"
#include "sample.h"
#include "slowquery.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Pitwall {

/// Everything one poll of one source produced, handed from the collector's
/// thread to the GUI thread by value.
struct PollResult
{
    QString source;
    qint64 timeMs = 0;
    /// How long the poll took, for the source table.
    double latencyMs = 0;
    QList<Sample> samples;
    QList<SlowQuery> slowQueries;
    /// Alerts the source itself reports as firing (Prometheus).
    QList<Alert> alerts;
    /// The source reports its firing alerts, all of them, every poll: one that
    /// is no longer among them has stopped firing.
    bool reportsAlerts = false;
    /// Something the engineer should know that is not an error, e.g.
    /// "pg_stat_statements is not installed: slow statements come from pg_stat_activity only".
    QString remark;
    /// A sentence for the engineer about one series, e.g. "slot X: no consumer
    /// connected for 40 s, 12.3 MB retained": `check` shows it as the result's
    /// message, the GUI as the summary of the series' alert.
    QHash<SeriesKey, QString> notes;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::PollResult)
