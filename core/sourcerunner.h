#pragma once

#include "pollresult.h"
#include "sourcestatus.h"
#include "timerange.h"
#include "workerhost.h"

#include <QObject>
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

    /// Starts the thread and polls now, then every interval. A runner that
    /// was stopped stays stopped.
    void start();
    /// Polls now unless a poll is under way; for `check` and "refresh".
    void pollNow();
    /// Asks the collector to fill @p range from the source's own history
    /// (Prometheus); the collector answers with Collector::backfilled().
    void backfill(const TimeRange &range);
    /// The collector, for connecting to its results (polled(), backfilled()):
    /// it lives on the runner's thread, so nothing else of it may be called.
    const Collector *collector() const { return m_collector; }
    /// Stops polling and ends the thread (a thread stuck in a hung server's
    /// read is given a moment, then abandoned).
    void stop();
    /// Stops polling and asks the thread to end, without waiting: the host
    /// waits for it, together with the others (Session::stop()).
    WorkerHost &beginStop();
    void setPaused(bool paused);

Q_SIGNALS:
    void statusChanged(const QString &source, const Pitwall::SourceStatus &status);
    /// A poll ended, in any way (data, error, deferral). Whoever needs a
    /// poll's result before it counts as finished connects to the
    /// collector's polled() before handing the collector to the runner.
    void pollFinished(const QString &source);

private:
    void onPolled(const PollResult &result);
    void onFailed(const QString &message, bool authentication);
    void onDeferred(qint64 retryAtMs);
    /// Arms the watchdog for the poll in flight: it fires once the poll is over its timeout.
    void armWatchdog();
    void checkWatchdog();
    void checkStale();
    void setStatus(const SourceStatus &status);

    QString m_name;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_timeout;
    WorkerHost m_host;
    Collector *m_collector; // lives on m_host's thread
    QTimer m_timer;
    /// Single-shot, armed while a poll is in flight and for when the last answer goes stale:
    /// an idle runner wakes nothing between polls.
    QTimer m_watchdog;
    QTimer m_staleness;
    SourceStatus m_status;
    bool m_stopped = false;
    bool m_inFlight = false;
    bool m_hung = false;
    /// A backfill is reading: a poll waits behind it, and its wait is not the server hanging.
    bool m_backfilling = false;
    qint64 m_pollStartedMs = 0;
    qint64 m_lastOkMs = 0;
};

} // namespace Pitwall
