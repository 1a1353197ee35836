#pragma once

#include "sample.h"
#include "thresholdrule.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Pitwall {

/// A breach of a threshold, from the moment its level was entered until the
/// series came back to ok. An alert that is still open has no end.
struct Alert
{
    int id = 0;
    SeriesKey key;
    /// The worst level reached while the alert was open.
    Level level = Level::Warning;
    /// The level now (Ok once ended).
    Level currentLevel = Level::Warning;
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    /// The worst value seen: the highest for an "above" rule, the lowest for "below".
    double peak = 0;
    double lastValue = 0;
    /// Where the alert comes from: "pitwall", or "prometheus" for a firing Prometheus alert.
    QString origin = QStringLiteral("pitwall");
    QString summary;

    bool isOpen() const { return !endMs.has_value(); }
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::Alert)
