#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Pitwall {

/// What Pitwall knows of one source right now, as a collector reports it.
struct SourceStatus
{
    /// NoData: the source answered, but its answer held no series — Pitwall
    /// cannot see it, and says why in the message.
    enum class State { NotPolled, Connecting, Ok, Error, Stale, NoData };

    State state = State::NotPolled;
    /// For Error and NoData: what went wrong and what to do, addressed to a person.
    /// For Ok: an optional remark (e.g. "pg_stat_statements is not installed").
    QString message;
    /// When the last poll finished, and how long it took.
    QDateTime lastPoll;
    std::optional<double> lastPollMs;
    /// For Error: the server refused the credentials, or wanted some; the
    /// window offers to ask for the password.
    bool authenticationFailed = false;
};

/// The state's name in English (its translation context is "Pitwall::SourceStatus").
QString sourceStateName(SourceStatus::State state);

/// The message of a source that answered with no series, translated, with
/// @p reason (what the collector remarked) when there is one.
QString sourceNoDataMessage(const QString &source, const QString &reason);

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::SourceStatus)
