#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace Pitwall {

/// Looks for servers on this machine's standard ports (PostgreSQL 5432,
/// pgbouncer 6432, Redis 6379, ClickHouse 8123, Prometheus 9090) without
/// blocking: what `pitwall` without a profile watches. Only loopback is tried,
/// and PostgreSQL's Unix socket in libpq's default directories: where it answers,
/// PostgreSQL is watched through it (peer authentication, as Debian ships it).
class LocalProbe : public QObject
{
    Q_OBJECT

public:
    explicit LocalProbe(QObject *parent = nullptr);

    /// Where PostgreSQL's socket (.s.PGSQL.5432) is looked for; by default
    /// /var/run/postgresql (libpq's default on Debian) and /tmp.
    void setSocketDirectories(const QStringList &directories) { m_socketDirectories = directories; }

    /// Tries every port and socket at once; finished() follows within @p timeout.
    void start(std::chrono::milliseconds timeout = std::chrono::milliseconds(800));

    /// A profile with a source for each server that answered (not saved anywhere).
    Profile profile() const;

Q_SIGNALS:
    void finished();

private:
    void settle();

    QStringList m_socketDirectories{QStringLiteral("/var/run/postgresql"), QStringLiteral("/tmp")};
    /// Which of m_socketDirectories' sockets answered.
    QList<bool> m_socketAnswered;
    QList<bool> m_answered;
    int m_pending = 0;
};

} // namespace Pitwall
