#include "thresholdengine.h"

namespace Pitwall {

ThresholdEngine::ThresholdEngine(QObject *parent)
    : QObject(parent)
{ }

void ThresholdEngine::setRules(const QMap<QString, ThresholdRule> &rules)
{
    m_rules = rules;
}

std::optional<ThresholdRule> ThresholdEngine::rule(const QString &metric) const
{
    const auto it = m_rules.constFind(metric);
    if (it == m_rules.cend())
        return std::nullopt;
    return *it;
}

void ThresholdEngine::evaluate(const QList<Sample> &samples)
{
    for (const auto &sample : samples) {
        const auto it = m_rules.constFind(sample.key.metric);
        if (it != m_rules.cend() && it->direction)
            evaluate(sample, *it);
    }
}

void ThresholdEngine::evaluate(const Sample &sample, const ThresholdRule &rule)
{
    State &state = m_states[sample.key];
    state.lastSampleMs = std::max(state.lastSampleMs, sample.timeMs);
    const Level raw = rule.levelOf(sample.value);
    Level entered = Level::Ok;
    for (const Level level : {Level::Warning, Level::Critical, Level::Emergency}) {
        auto &since = state.breachSince[size_t(level)];
        if (raw >= level) {
            if (!since)
                since = sample.timeMs;
            if (sample.timeMs - *since >= rule.holdFor.count())
                entered = level;
        } else {
            since.reset();
        }
    }

    if (entered != state.level || state.sinceMs == 0) {
        const bool changed = entered != state.level;
        state.level = entered;
        state.sinceMs = sample.timeMs;
        if (changed)
            Q_EMIT levelChanged(sample.key, entered, sample.timeMs);
    }

    const bool above = *rule.direction == ThresholdRule::Direction::Above;
    if (entered > Level::Ok) {
        if (state.openAlert < 0) {
            Alert alert;
            alert.id = int(m_alerts.size()) + 1;
            alert.key = sample.key;
            alert.level = entered;
            alert.currentLevel = entered;
            alert.startMs = sample.timeMs;
            alert.peak = sample.value;
            alert.lastValue = sample.value;
            state.openAlert = int(m_alerts.size());
            m_alerts.append(alert);
            Q_EMIT alertRaised(alert);
            return;
        }
        Alert &alert = m_alerts[state.openAlert];
        alert.level = std::max(alert.level, entered);
        alert.currentLevel = entered;
        alert.peak = above ? std::max(alert.peak, sample.value) : std::min(alert.peak, sample.value);
        alert.lastValue = sample.value;
        Q_EMIT alertUpdated(alert);
    } else if (state.openAlert >= 0) {
        Alert &alert = m_alerts[state.openAlert];
        alert.currentLevel = Level::Ok;
        alert.endMs = sample.timeMs;
        alert.lastValue = sample.value;
        state.openAlert = -1;
        Q_EMIT alertUpdated(alert);
    }
}

void ThresholdEngine::expire(qint64 nowMs, qint64 maxSilenceMs)
{
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        State &state = *it;
        if (state.level == Level::Ok || nowMs - state.lastSampleMs <= maxSilenceMs)
            continue;
        state.breachSince.fill(std::nullopt);
        state.level = Level::Ok;
        state.sinceMs = state.lastSampleMs;
        Q_EMIT levelChanged(it.key(), Level::Ok, state.sinceMs);
        if (state.openAlert >= 0) {
            Alert &alert = m_alerts[state.openAlert];
            alert.currentLevel = Level::Ok;
            alert.endMs = state.lastSampleMs;
            state.openAlert = -1;
            Q_EMIT alertUpdated(alert);
        }
    }
}

Level ThresholdEngine::level(const SeriesKey &key) const
{
    const auto it = m_states.constFind(key);
    return it == m_states.cend() ? Level::Ok : it->level;
}

qint64 ThresholdEngine::levelSince(const SeriesKey &key) const
{
    const auto it = m_states.constFind(key);
    return it == m_states.cend() ? 0 : it->sinceMs;
}

} // namespace Pitwall
