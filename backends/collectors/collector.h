#pragma once

#include "collectorerror.h"
#include "pollresult.h"
#include "profile.h"
#include "timerange.h"

#include <QObject>

#include <chrono>
#include <optional>

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
    /// Fills @p range from the source's own history, where it keeps one
    /// (Prometheus), with at most range.columns points per series; answers with
    /// backfilled(). It waits for a poll under way, and for the source to have
    /// been read once: a source that cannot be polled cannot be backfilled.
    void backfill(const Pitwall::TimeRange &range);
    /// Closes the connection; called on the collector's thread before it ends.
    void shutdown();

Q_SIGNALS:
    void polled(const Pitwall::PollResult &result);
    /// @p authentication: the server refused the credentials, or wanted some.
    void failed(const QString &source, const QString &message, bool authentication);
    /// Not polled: the source failed recently and is retried at @p retryAtMs.
    void deferred(const QString &source, qint64 retryAtMs);
    /// A backfill has begun reading (it may have waited for a poll and a connection).
    void backfillStarted(const QString &source);
    /// The history backfill() asked for (empty where the source keeps none), or what went wrong.
    void backfilled(const QString &source, const QList<Pitwall::Sample> &samples, const QString &error);

protected:
    /// Connects; throws CollectorError.
    virtual void open() = 0;
    /// Reads the source once; throws CollectorError. The connection is open.
    virtual PollResult poll() = 0;
    /// Drops the connection (after an error, or at shutdown).
    virtual void close() = 0;
    /// The source's own history of what poll() reads, in @p range, at most
    /// range.columns points per series; throws CollectorError. The connection
    /// is open. Default: the source keeps none.
    virtual QList<Sample> history(const TimeRange &range);

    /// "redis `cache` (127.0.0.1:6379)": how messages name the source.
    QString describe() const;
    /// The secret for the source, from the environment variable the profile
    /// names or the system keychain; empty when the profile names neither
    /// (libpq then uses .pgpass). Throws CollectorError when it cannot be had.
    QString password() const;
    const Profile &profile() const { return m_profile; }

private:
    void fail(const QString &message, CollectorError::Kind kind = CollectorError::Kind::Other);
    /// After a poll or backfill: what waited for it.
    void runPending();

    SourceConfig m_source;
    Profile m_profile;
    std::chrono::milliseconds m_pollTimeout;
    bool m_open = false;
    /// In a poll or backfill, which may wait in a nested event loop (HTTP).
    bool m_polling = false;
    bool m_shutdownRequested = false;
    bool m_pollPending = false;
    std::optional<TimeRange> m_backfillPending;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
};

} // namespace Pitwall
