#pragma once

#include "profile.h"

#include <QList>
#include <QObject>

#include <chrono>

namespace Pitwall {

/// Looks for servers on this machine's standard ports (PostgreSQL 5432,
/// pgbouncer 6432, Redis 6379, ClickHouse 8123, Prometheus 9090) without
/// blocking: what `pitwall` without a profile watches. Only loopback is tried.
class LocalProbe : public QObject
{
    Q_OBJECT

public:
    explicit LocalProbe(QObject *parent = nullptr);

    /// Tries every port at once; finished() follows within @p timeout.
    void start(std::chrono::milliseconds timeout = std::chrono::milliseconds(800));

    /// A profile with a source for each server that answered (not saved anywhere).
    Profile profile() const;

Q_SIGNALS:
    void finished();

private:
    QList<bool> m_answered;
    int m_pending = 0;
};

} // namespace Pitwall
