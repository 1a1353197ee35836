#pragma once

#include "pollresult.h"
#include "profile.h"

#include <QObject>

#include <chrono>

namespace Pitwall {

/// Polls one source. A collector lives on a thread of its own (see
/// SourceRunner) and owns its connection there; it may block that thread, never
/// another. Each pollOnce() ends in exactly one of polled(), failed() or
/// deferred().
class Collector : public QObject
{
    Q_OBJECT

public:
    Collector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~Collector() override;

    const SourceConfig &source() const { return m_source; }
    /// Default: half the poll interval, at most 10 s.
    std::chrono::milliseconds pollTimeout() const { return m_pollTimeout; }

public Q_SLOTS:
    void pollOnce();
    /// Closes the connection; called on the collector's thread before it ends.
    void shutdown();

Q_SIGNALS:
    void polled(const Pitwall::PollResult &result);
    void failed(const QString &source, const QString &message);
    /// Not polled: the source failed recently and is retried at @p retryAtMs.
    void deferred(const QString &source, qint64 retryAtMs);

protected:
    /// Connects; throws CollectorError.
    virtual void open() = 0;
    /// Reads the source once; throws CollectorError. The connection is open.
    virtual PollResult poll() = 0;
    /// Drops the connection (after an error, or at shutdown).
    virtual void close() = 0;

    /// "redis `cache` (127.0.0.1:6379)": how messages name the source.
    QString describe() const;
    /// The secret for the source, from the environment variable the profile
    /// names or the system keychain; empty when the profile names neither
    /// (libpq then uses .pgpass). Throws CollectorError when it cannot be had.
    QString password() const;
    const Profile &profile() const { return m_profile; }

private:
    void fail(const QString &message);

    SourceConfig m_source;
    Profile m_profile;
    std::chrono::milliseconds m_pollTimeout;
    bool m_open = false;
    bool m_polling = false;
    bool m_shutdownRequested = false;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
};

} // namespace Pitwall
