#include "thresholdrule.h"

#include <QCoreApplication>

namespace Pitwall {

QString levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::Level", "ok"));
    case Level::Warning:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::Level", "warning"));
    case Level::Critical:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::Level", "critical"));
    case Level::Emergency:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::Level", "emergency"));
    case Level::Unknown:
        break;
    }
    return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::Level", "unknown"));
}

std::optional<double> ThresholdRule::limit(Level level) const
{
    switch (level) {
    case Level::Warning:
        return warning;
    case Level::Critical:
        return critical;
    case Level::Emergency:
        return emergency;
    case Level::Ok:
    case Level::Unknown:
        break;
    }
    return std::nullopt;
}

Level ThresholdRule::levelOf(double value) const
{
    const auto breaches = [&](const std::optional<double> &limit) {
        if (!limit || !direction)
            return false;
        return *direction == Direction::Above ? value > *limit : value < *limit;
    };
    if (breaches(emergency))
        return Level::Emergency;
    if (breaches(critical))
        return Level::Critical;
    if (breaches(warning))
        return Level::Warning;
    return Level::Ok;
}

} // namespace Pitwall
