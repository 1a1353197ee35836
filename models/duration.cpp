#include "duration.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace Pitwall {

namespace {
using std::chrono::milliseconds;

constexpr std::array<std::pair<const char *, qint64>, 5> units{{
    {"d", 86'400'000},
    {"h", 3'600'000},
    {"m", 60'000},
    {"s", 1'000},
    {"ms", 1},
}};
} // namespace

std::optional<milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double amount = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    for (const auto &[name, factor] : units) {
        if (unit == QLatin1String(name))
            return milliseconds(qRound64(amount * double(factor)));
    }
    return std::nullopt;
}

QString formatDuration(milliseconds duration)
{
    const qint64 ms = duration.count();
    for (const auto &[name, factor] : units) {
        if (ms != 0 && ms % factor == 0)
            return QString::number(ms / factor) + QLatin1String(name);
    }
    return QStringLiteral("0s");
}

} // namespace Pitwall
