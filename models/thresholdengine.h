#pragma once

#include "alert.h"
#include "sample.h"
#include "thresholdrule.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

#include <array>
#include <optional>

namespace Pitwall {

/// Judges every sample against its metric's rule. A level is entered only
/// once its condition has held for the rule's `for` duration (as in
/// Prometheus alerting rules); entering a level above ok opens an alert, and
/// returning to ok ends it.
class ThresholdEngine : public QObject
{
    Q_OBJECT

public:
    explicit ThresholdEngine(QObject *parent = nullptr);

    void setRules(const QMap<QString, ThresholdRule> &rules);
    std::optional<ThresholdRule> rule(const QString &metric) const;

    /// Evaluates samples in time order per series.
    void evaluate(const QList<Sample> &samples);
    /// Series that have reported nothing for @p maxSilenceMs (a statement that
    /// stopped being slow, a slot that was dropped) return to ok: their open
    /// alert ends when they were last seen.
    void expire(qint64 nowMs, qint64 maxSilenceMs);

    /// The level a series is at now, and since when (ms since the epoch).
    Level level(const SeriesKey &key) const;
    qint64 levelSince(const SeriesKey &key) const;
    const QList<Alert> &alerts() const { return m_alerts; }

Q_SIGNALS:
    void levelChanged(const Pitwall::SeriesKey &key, Pitwall::Level level, qint64 sinceMs);
    void alertRaised(const Pitwall::Alert &alert);
    void alertUpdated(const Pitwall::Alert &alert);

private:
    struct State
    {
        /// When the value last began to be at or beyond each level (index: Level).
        std::array<std::optional<qint64>, 4> breachSince;
        Level level = Level::Ok;
        qint64 sinceMs = 0;
        int openAlert = -1; ///< index into m_alerts
        qint64 lastSampleMs = 0;
    };
    void evaluate(const Sample &sample, const ThresholdRule &rule);

    QMap<QString, ThresholdRule> m_rules;
    QHash<SeriesKey, State> m_states;
    QList<Alert> m_alerts;
};

} // namespace Pitwall
