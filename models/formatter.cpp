#include "formatter.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace Pitwall::Formatter {

namespace {
QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

/// Few decimals for big numbers, more for small ones: "1.5", "15", "150".
QString compact(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude == 0 || magnitude >= 100)
        return number(value, 0);
    if (magnitude >= 10)
        return number(value, 1);
    if (magnitude >= 1)
        return number(value, 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    return QLocale().toString(value, 'g', 2);
}
} // namespace

QString value(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (unit == QLatin1String("ratio"))
        return number(value * 100.0, 1) + QStringLiteral(" %");
    if (unit == QLatin1String("bytes")) {
        static const std::array<const char *, 6> units{"B", "kB", "MB", "GB", "TB", "PB"};
        double scaled = value;
        size_t index = 0;
        while (std::abs(scaled) >= 1000.0 && index + 1 < units.size()) {
            scaled /= 1000.0;
            ++index;
        }
        return (index == 0 ? number(scaled, 0) : number(scaled, 1)) + QLatin1Char(' ') + QLatin1String(units[index]);
    }
    if (unit == QLatin1String("ms")) {
        if (std::abs(value) >= 60'000)
            return number(value / 60'000.0, 1) + QStringLiteral(" min");
        if (std::abs(value) >= 1000)
            return number(value / 1000.0, 1) + QStringLiteral(" s");
        return number(value, std::abs(value) >= 10 ? 0 : 1) + QStringLiteral(" ms");
    }
    if (unit == QLatin1String("seconds")) {
        if (std::abs(value) >= 3600)
            return number(value / 3600.0, 1) + QStringLiteral(" h");
        if (std::abs(value) >= 60)
            return number(value / 60.0, 1) + QStringLiteral(" min");
        return number(value, std::abs(value) >= 10 ? 0 : 1) + QStringLiteral(" s");
    }
    if (unit == QLatin1String("per_s"))
        return compact(value) + QStringLiteral("/s");
    if (unit == QLatin1String("per_min"))
        return compact(value) + QStringLiteral("/min");
    if (unit == QLatin1String("count"))
        return std::abs(value - std::round(value)) < 1e-9 ? number(value, 0) : number(value, 1);
    return compact(value);
}

QString unitLabel(const QString &unit)
{
    if (unit == QLatin1String("ratio"))
        return QStringLiteral("%");
    if (unit == QLatin1String("per_s"))
        return QStringLiteral("/s");
    if (unit == QLatin1String("per_min"))
        return QStringLiteral("/min");
    if (unit == QLatin1String("seconds"))
        return QStringLiteral("s");
    if (unit == QLatin1String("count"))
        return {};
    return unit;
}

} // namespace Pitwall::Formatter
