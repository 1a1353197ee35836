#include "duration.h"

#include <QRegularExpression>

#include <array>
#include <limits>
#include <utility>

namespace Pitwall {

namespace {
using std::chrono::milliseconds;

// Largest first, as Prometheus orders them in "1h30m".
constexpr std::array<std::pair<const char *, qint64>, 7> units{{
    {"y", 365 * 86'400'000LL},
    {"w", 7 * 86'400'000LL},
    {"d", 86'400'000},
    {"h", 3'600'000},
    {"m", 60'000},
    {"s", 1'000},
    {"ms", 1},
}};
} // namespace

std::optional<milliseconds> parseDuration(const QString &text)
{
    // One amount and unit ("1.5s"), or Prometheus' form: whole amounts, units largest first, each once ("1h30m").
    static const QRegularExpression single(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w|y)\\s*$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d|w|y)"));
    const auto factorOf = [](const QString &unit) -> std::optional<qint64> {
        for (const auto &[name, factor] : units) {
            if (unit == QLatin1String(name))
                return factor;
        }
        return std::nullopt;
    };
    if (const auto match = single.match(text); match.hasMatch()) {
        // Past about 292 million years a millisecond count overflows: no duration of a profile.
        const double ms = match.captured(1).toDouble() * double(*factorOf(match.captured(2)));
        if (!(ms < 9.0e18))
            return std::nullopt;
        return milliseconds(qRound64(ms));
    }

    const QString compact = text.trimmed();
    if (compact.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qint64 previous = std::numeric_limits<qint64>::max();
    qsizetype at = 0;
    for (auto it = part.globalMatch(compact); it.hasNext();) {
        const auto match = it.next();
        const auto factor = factorOf(match.captured(2));
        if (match.capturedStart() != at || !factor || *factor >= previous)
            return std::nullopt;
        bool ok = false;
        const qint64 amount = match.captured(1).toLongLong(&ok);
        if (!ok || amount > (std::numeric_limits<qint64>::max() - total) / *factor)
            return std::nullopt;
        total += amount * *factor;
        previous = *factor;
        at = match.capturedEnd();
    }
    if (at != compact.size())
        return std::nullopt;
    return milliseconds(total);
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
