#include "workerhost.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorker, "pitwall.worker", QtInfoMsg)

namespace Pitwall {

namespace {
/// The threads abandoned so far. Never destroyed: one may still be blocked
/// while the process's static objects go.
struct AbandonedThreads
{
    QMutex mutex;
    QList<QThread *> threads;
    bool reapAtExit = false;
};

AbandonedThreads &abandonedThreads()
{
    static auto *threads = new AbandonedThreads;
    return *threads;
}

void reapAtExit()
{
    const int blocked = WorkerHost::reapAbandoned(WorkerHost::defaultStopTimeout);
    if (blocked > 0)
        qCWarning(lcWorker, "%d worker thread(s) still blocked at exit", blocked);
}
} // namespace

WorkerHost::WorkerHost(const QString &name)
    : m_thread(new QThread)
{
    m_thread->setObjectName(name);
}

WorkerHost::~WorkerHost()
{
    if (m_thread && m_thread->isRunning())
        stop();
    if (m_thread && !m_thread->isFinished()) {
        // Never started: no finished() will delete the workers on their thread.
        for (const QPointer<QObject> &worker : std::as_const(m_workers))
            delete worker.data();
    }
    delete m_thread;
}

void WorkerHost::adoptObject(QObject *worker)
{
    m_workers << worker;
    worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
}

void WorkerHost::start()
{
    if (m_thread && !m_thread->isRunning())
        m_thread->start();
}

bool WorkerHost::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkerHost::requestStop()
{
    if (m_thread)
        m_thread->quit();
}

bool WorkerHost::waitUntil(QDeadlineTimer deadline)
{
    if (!m_thread)
        return true;
    if (m_thread->wait(deadline))
        return true;
    abandon();
    return false;
}

bool WorkerHost::stop(std::chrono::milliseconds timeout)
{
    requestStop();
    return waitUntil(QDeadlineTimer(timeout));
}

void WorkerHost::stopAll(const QList<WorkerHost *> &hosts, std::chrono::milliseconds timeout)
{
    for (WorkerHost *host : hosts)
        host->requestStop();
    const QDeadlineTimer deadline(timeout);
    for (WorkerHost *host : hosts)
        host->waitUntil(deadline);
}

void WorkerHost::abandon()
{
    QThread *thread = m_thread;
    m_thread = nullptr;
    qCWarning(lcWorker).noquote() << "thread" << thread->objectName()
                                  << "did not stop in time; it is left to end when its blocking call returns";
    // Its worker goes on its own thread when it ends; the thread object is
    // reaped from here, never by an event posted from a thread that may wake
    // while the application is being torn down.
    AbandonedThreads &abandoned = abandonedThreads();
    {
        QMutexLocker locker(&abandoned.mutex);
        abandoned.threads << thread;
        if (!abandoned.reapAtExit && QCoreApplication::instance()) {
            abandoned.reapAtExit = true;
            qAddPostRoutine(reapAtExit);
        }
    }
    reapAbandoned();
}

int WorkerHost::reapAbandoned(std::chrono::milliseconds timeout)
{
    AbandonedThreads &abandoned = abandonedThreads();
    QMutexLocker locker(&abandoned.mutex);
    const QDeadlineTimer deadline(timeout);
    QList<QThread *> blocked;
    for (QThread *thread : std::as_const(abandoned.threads)) {
        if (thread->wait(deadline))
            delete thread;
        else
            blocked << thread;
    }
    abandoned.threads = blocked;
    return int(blocked.size());
}

} // namespace Pitwall
