#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Pitwall {

/// What Pitwall knows of one source right now, as a collector reports it.
struct SourceStatus
{
    enum class State { NotPolled, Connecting, Ok, Error, Stale };

    State state = State::NotPolled;
    /// For Error: what went wrong and what to do, addressed to a person.
    /// For Ok: an optional remark (e.g. "pg_stat_statements is not installed").
    QString message;
    /// When the last poll finished, and how long it took.
    QDateTime lastPoll;
    std::optional<double> lastPollMs;
};

/// The state's name in English (its translation context is "Pitwall::SourceStatus").
QString sourceStateName(SourceStatus::State state);

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::SourceStatus)
