#pragma once

#include "sample.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pitwall {

class MetricStore;

/// CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break, quotes doubled.
namespace Csv {

QByteArray row(const QStringList &fields);

/// Series of @p store over [from, to): a "time" column (ISO 8601 UTC, ms) and
/// one column per series, headed "source/metric{labels} (unit)"; a row per
/// distinct time, empty where a series has no point at that time.
QByteArray series(const MetricStore &store, const QList<SeriesKey> &keys, const QStringList &units, qint64 fromMs,
                  qint64 toMs);

/// Parses what row() writes (for tests and re-import).
QList<QStringList> parse(const QByteArray &csv);

} // namespace Csv
} // namespace Pitwall
