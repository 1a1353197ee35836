#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Pitwall {

/// How bad a value is. Ordered: a larger value is worse, Unknown aside.
enum class Level { Ok = 0, Warning = 1, Critical = 2, Emergency = 3, Unknown = 4 };

/// The level's name as the JSON contract spells it (translation context "Pitwall::Level").
QString levelName(Level level);

/// One metric's documented limits (resources/thresholds.yaml, overridable per profile).
struct ThresholdRule
{
    enum class Direction { Above, Below };

    /// The canonical unit of the metric's values ("ratio", "ms", "bytes", "per_s", …).
    QString unit;
    /// Without a direction the metric is charted but never judged.
    std::optional<Direction> direction;
    std::optional<double> warning;
    std::optional<double> critical;
    std::optional<double> emergency;
    /// The condition must hold this long before the level is entered.
    std::chrono::milliseconds holdFor{0};

    /// The level @p value reaches on its own, without regard to holdFor.
    Level levelOf(double value) const;
    /// The limit that defines @p level, if the rule has one.
    std::optional<double> limit(Level level) const;

    friend bool operator==(const ThresholdRule &a, const ThresholdRule &b)
    {
        return a.unit == b.unit && a.direction == b.direction && a.warning == b.warning && a.critical == b.critical
            && a.emergency == b.emergency && a.holdFor == b.holdFor;
    }
};

} // namespace Pitwall
