#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Pitwall {

/// A statement that was or is slow, as a collector reports it.
struct SlowQuery
{
    QString source;
    /// Stable identity: queryid, SLOWLOG id, ClickHouse query_id, or pid for running ones.
    QString id;
    QString query;
    /// Mean duration over the poll window (finished) or elapsed time so far (running).
    double meanMs = 0;
    /// Executions in the window; 1 for a running statement.
    qint64 calls = 0;
    bool running = false;
    /// Running statements: the backend pid, its state, what it waits on, who blocks it.
    std::optional<qint64> pid;
    QString state;
    QString waitEvent;
    QString blockedBy;
    QString user;
    /// What the statement read (ClickHouse query_log and processes), where the source says.
    std::optional<qint64> rowsRead;
    std::optional<qint64> bytesRead;
    qint64 timeMs = 0;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::SlowQuery)
