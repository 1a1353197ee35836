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

AxisUnit axisUnit(const QString &unit, double magnitude)
{
    magnitude = std::abs(magnitude);
    if (unit == QLatin1String("ratio"))
        return {100.0, QStringLiteral("%")};
    if (unit == QLatin1String("bytes")) {
        static const std::array<const char *, 6> units{"B", "kB", "MB", "GB", "TB", "PB"};
        double factor = 1;
        size_t index = 0;
        // Whole numbers on the axis: a step up once the top reads 10,000 or more.
        while (magnitude * factor >= 10'000.0 && index + 1 < units.size()) {
            factor /= 1000.0;
            ++index;
        }
        return {factor, QLatin1String(units[index])};
    }
    if (unit == QLatin1String("ms")) {
        if (magnitude >= 600'000)
            return {1 / 60'000.0, QStringLiteral("min")};
        if (magnitude >= 10'000)
            return {1 / 1000.0, QStringLiteral("s")};
        return {1, QStringLiteral("ms")};
    }
    if (unit == QLatin1String("seconds")) {
        if (magnitude >= 36'000)
            return {1 / 3600.0, QStringLiteral("h")};
        if (magnitude >= 600)
            return {1 / 60.0, QStringLiteral("min")};
        return {1, QStringLiteral("s")};
    }
    return {1, unitLabel(unit)};
}

int AxisTicks::count() const
{
    return int(std::lround((high - low) / step)) + 1;
}

AxisTicks niceTicks(double low, double high, int maxTicks)
{
    maxTicks = std::max(maxTicks, 2);
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    // Equal, or so close that a step between them would not move a double:
    // 487.5 and the next double up once gave a step of 2e-14, and an axis that
    // counts from one to the other by that step never ends.
    if (!(high - low > std::max(std::abs(low), std::abs(high)) * 1e-9))
        high = low + (low == 0 ? 1 : std::abs(low) * 0.1);
    const double raw = (high - low) / (maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    static constexpr std::array<double, 5> steps{1, 2, 2.5, 5, 10};
    size_t index = 0;
    while (index + 1 < steps.size() && steps[index] * magnitude < raw * (1 - 1e-9))
        ++index;
    AxisTicks ticks;
    for (int tries = 0; tries < 64; ++tries) { // a decade a round: ends long before
        ticks.step = steps[index] * magnitude;
        ticks.low = std::floor(low / ticks.step + 1e-9) * ticks.step;
        ticks.high = std::ceil(high / ticks.step - 1e-9) * ticks.step;
        if (ticks.count() <= maxTicks)
            break;
        if (++index == steps.size()) { // a decade up
            index = 1;
            magnitude *= 10;
        }
    }
    if (ticks.count() > maxTicks) // not reached with finite bounds; never more ticks than asked
        ticks = AxisTicks{low, high, high - low, 0};
    const double scaled = ticks.step / magnitude; // 1, 2, 2.5, 5 or 10
    const int power = int(std::floor(std::log10(magnitude) + 1e-9));
    ticks.decimals = std::max(0, -power + (scaled == 2.5 ? 1 : 0));
    return ticks;
}

} // namespace Pitwall::Formatter
