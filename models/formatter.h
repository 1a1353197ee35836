#pragma once

#include <QString>

namespace Pitwall {

/// Turns a value in a metric's canonical unit into text for a person:
/// 0.934 ratio → "93.4 %", 1536000 bytes → "1.5 MB", 6100 ms → "6.1 s".
/// The one place where units become text (tables, tiles, charts, check).
namespace Formatter {

QString value(double value, const QString &unit);
/// The unit as a column header shows it: "ratio" → "%", "per_s" → "/s".
QString unitLabel(const QString &unit);

/// How a chart's value axis reads values of @p unit up to @p magnitude: the
/// factor its values are multiplied by and the unit printed beside them
/// ("400 MB", not "400000000 bytes"; "20 s", not "20000 ms"; ratios as %).
struct AxisUnit
{
    double factor = 1;
    QString label;
};
AxisUnit axisUnit(const QString &unit, double magnitude);

/// Round ticks for a value axis over [@p low, @p high], no more than
/// @p maxTicks of them: a step of 1, 2, 2.5 or 5 times a power of ten, the
/// range widened to whole steps, and the decimals the step needs.
struct AxisTicks
{
    double low = 0;
    double high = 1;
    double step = 1;
    int decimals = 0;
    int count() const;
};
AxisTicks niceTicks(double low, double high, int maxTicks);

} // namespace Formatter
} // namespace Pitwall
