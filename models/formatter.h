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

} // namespace Formatter
} // namespace Pitwall
