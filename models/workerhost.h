#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QThread;

namespace Pitwall {

/// Owns one worker thread: moves a worker onto it, starts it, and ends it with
/// a bounded wait. Every class that runs work off the GUI thread (source,
/// action and advisor runners, the recorder) hosts its worker here, so that
/// moveToThread() is called in one place.
///
/// A worker still busy when the wait runs out (blocked in a read from a server
/// that stopped answering, which no client library can interrupt) is
/// abandoned, never terminated: its thread ends once that call returns and
/// deletes its worker. Nothing it emits reaches an object that was destroyed
/// meanwhile (Qt drops those connections). The abandoned thread objects are
/// kept in one process-wide list and reaped by reapAbandoned(), which the
/// application's teardown calls too: a thread that wakes while the process
/// exits would otherwise race the destruction of Qt's own state.
class WorkerHost
{
public:
    /// @p name: the thread's name, as a debugger or `top -H` shows it.
    explicit WorkerHost(const QString &name);
    /// Stops the thread (see stop()) unless it has stopped already.
    ~WorkerHost();
    WorkerHost(const WorkerHost &) = delete;
    WorkerHost &operator=(const WorkerHost &) = delete;

    /// Moves @p worker onto the thread (before start()); it is deleted on that
    /// thread when the thread ends, or with the host if the thread never started.
    template<typename Worker> Worker *adopt(std::unique_ptr<Worker> worker)
    {
        Worker *raw = worker.release();
        adoptObject(raw);
        return raw;
    }

    void start();
    bool isRunning() const;

    /// Asks the thread's event loop to end once the events already queued for
    /// it have run; does not wait.
    void requestStop();
    /// Waits for the thread to end until @p deadline; a thread still running
    /// then is abandoned. True when it ended in time.
    bool waitUntil(QDeadlineTimer deadline);
    /// requestStop(), then waitUntil() @p timeout from now.
    bool stop(std::chrono::milliseconds timeout = defaultStopTimeout);

    /// requestStop() on every host first, then one wait against one deadline:
    /// ten hung workers cost one timeout, not ten.
    static void stopAll(const QList<WorkerHost *> &hosts, std::chrono::milliseconds timeout = defaultStopTimeout);

    /// How long stop() waits by default: well inside the two seconds a person
    /// waits for a window to close.
    static constexpr std::chrono::milliseconds defaultStopTimeout{1000};

    /// Deletes the abandoned threads that have ended, waiting for them until
    /// @p timeout from now; returns how many are still blocked. Runs when the
    /// QCoreApplication is destroyed, with defaultStopTimeout.
    static int reapAbandoned(std::chrono::milliseconds timeout = std::chrono::milliseconds(0));

private:
    void adoptObject(QObject *worker);
    void abandon();

    QThread *m_thread; // on the heap: an abandoned thread outlives its host
    QList<QPointer<QObject>> m_workers; // deleted here if the thread never ran
};

} // namespace Pitwall
