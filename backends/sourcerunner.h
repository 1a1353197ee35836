#pragma once

#include "pollresult.h"
#include "sourcestatus.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Pitwall {

class Collector;

/// Runs one collector on a thread of its own and keeps its status. Lives on
/// the GUI (or main) thread: it polls every interval, never lets polls pile up
/// behind a hung one, and reports a source that does not answer within the
/// poll timeout as an error, while the other sources keep updating.
class SourceRunner : public QObject
{
    Q_OBJECT

public:
    SourceRunner(std::unique_ptr<Collector> collector, std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~SourceRunner() override;

    QString sourceName() const { return m_name; }
    SourceStatus status() const { return m_status; }
    bool isPolling() const { return m_inFlight; }

    /// Starts the thread and polls now, then every interval.
    void start();
    /// Polls now unless a poll is under way; for `check` and "refresh".
    void pollNow();
    /// Asks the collector to fill [fromMs, toMs) from the source's own history
    /// (Prometheus), at most @p columns points per series; answered by backfilled().
    void backfill(qint64 fromMs, qint64 toMs, int columns);
    /// Stops polling and ends the thread (a thread stuck in a hung server's
    /// read is given a moment, then abandoned).
    void stop();
    void setPaused(bool paused);

Q_SIGNALS:
    void polled(const Pitwall::PollResult &result);
    void statusChanged(const QString &source, const Pitwall::SourceStatus &status);
    /// A poll ended, in any way (data, error, deferral).
    void pollFinished(const QString &source);
    void backfilled(const QString &source, const QList<Pitwall::Sample> &samples, const QString &error);

private:
    void onPolled(const PollResult &result);
    void onFailed(const QString &message);
    void onDeferred(qint64 retryAtMs);
    void checkWatchdog();
    void setStatus(const SourceStatus &status);

    QString m_name;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_timeout;
    QThread m_thread;
    Collector *m_collector; // lives on m_thread
    QTimer m_timer;
    QTimer m_watchdog;
    SourceStatus m_status;
    bool m_inFlight = false;
    bool m_hung = false;
    /// A backfill is reading: a poll waits behind it, and its wait is not the server hanging.
    bool m_backfilling = false;
    qint64 m_pollStartedMs = 0;
    qint64 m_lastOkMs = 0;
};

} // namespace Pitwall
