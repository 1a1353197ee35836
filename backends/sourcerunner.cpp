#include "sourcerunner.h"

#include "collector.h"
#include "logging.h"

#include <QDateTime>

namespace Pitwall {

SourceRunner::SourceRunner(std::unique_ptr<Collector> collector, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_name(collector->source().name)
    , m_interval(interval)
    , m_timeout(collector->pollTimeout())
    , m_collector(collector.release())
{
    qRegisterMetaType<Pitwall::PollResult>();
    qRegisterMetaType<Pitwall::SourceStatus>();
    qRegisterMetaType<QList<Pitwall::Sample>>();
    m_thread.setObjectName(QStringLiteral("collector-") + m_name);
    m_collector->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_collector, &QObject::deleteLater);
    connect(m_collector, &Collector::polled, this, &SourceRunner::onPolled);
    connect(m_collector, &Collector::failed, this,
            [this](const QString &, const QString &message) { onFailed(message); });
    connect(m_collector, &Collector::deferred, this, [this](const QString &, qint64 at) { onDeferred(at); });
    connect(m_collector, &Collector::backfillStarted, this, [this] { m_backfilling = true; });
    connect(m_collector, &Collector::backfilled, this,
            [this](const QString &source, const QList<Sample> &samples, const QString &error) {
                m_backfilling = false;
                if (m_inFlight)
                    m_pollStartedMs = QDateTime::currentMSecsSinceEpoch(); // the waiting poll starts now
                Q_EMIT backfilled(source, samples, error);
            });

    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &SourceRunner::pollNow);
    m_watchdog.setInterval(250);
    connect(&m_watchdog, &QTimer::timeout, this, &SourceRunner::checkWatchdog);
}

SourceRunner::~SourceRunner()
{
    stop();
}

void SourceRunner::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    setStatus(SourceStatus{SourceStatus::State::Connecting, {}, {}, {}});
    m_timer.start();
    m_watchdog.start();
    pollNow();
}

void SourceRunner::setPaused(bool paused)
{
    if (paused)
        m_timer.stop();
    else if (m_thread.isRunning())
        m_timer.start();
}

void SourceRunner::pollNow()
{
    if (m_inFlight || !m_thread.isRunning())
        return;
    m_inFlight = true;
    m_pollStartedMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(m_collector, &Collector::pollOnce, Qt::QueuedConnection);
}

void SourceRunner::backfill(qint64 fromMs, qint64 toMs, int columns)
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_collector, [collector = m_collector, fromMs, toMs, columns] { collector->backfill(fromMs, toMs, columns); },
        Qt::QueuedConnection);
}

void SourceRunner::stop()
{
    m_timer.stop();
    m_watchdog.stop();
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_collector, &Collector::shutdown, Qt::QueuedConnection);
    m_thread.quit();
    if (!m_thread.wait(3000)) {
        // Stuck in a read from a server that stopped answering: nothing else
        // can end a blocking call in a client library.
        qCWarning(lcCollector).noquote() << "source" << m_name << "did not stop in time; abandoning its thread";
        m_thread.terminate();
        m_thread.wait();
        delete m_collector;
    }
    m_inFlight = false;
    m_backfilling = false;
}

void SourceRunner::onPolled(const PollResult &result)
{
    m_inFlight = false;
    m_hung = false;
    m_lastOkMs = result.timeMs;
    setStatus(SourceStatus{SourceStatus::State::Ok, result.remark, QDateTime::fromMSecsSinceEpoch(result.timeMs),
                           result.latencyMs});
    Q_EMIT polled(result);
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::onFailed(const QString &message)
{
    m_inFlight = false;
    m_hung = false;
    SourceStatus status = m_status;
    status.state = SourceStatus::State::Error;
    status.message = message;
    status.lastPoll = QDateTime::currentDateTime();
    status.lastPollMs.reset();
    setStatus(status);
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::onDeferred(qint64 retryAtMs)
{
    Q_UNUSED(retryAtMs)
    m_inFlight = false;
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::checkWatchdog()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_inFlight && !m_hung && !m_backfilling && now - m_pollStartedMs > m_timeout.count()) {
        m_hung = true;
        SourceStatus status = m_status;
        status.state = SourceStatus::State::Error;
        status.message = tr("%1: no answer within %2 s — the server may be hung, overloaded or unreachable")
                             .arg(m_name)
                             .arg(double(m_timeout.count()) / 1000.0);
        setStatus(status);
        Q_EMIT pollFinished(m_name);
        return;
    }
    if (m_status.state == SourceStatus::State::Ok && m_lastOkMs > 0
        && now - m_lastOkMs > 2 * m_interval.count() + m_timeout.count()) {
        SourceStatus status = m_status;
        status.state = SourceStatus::State::Stale;
        setStatus(status);
    }
}

void SourceRunner::setStatus(const SourceStatus &status)
{
    const bool changed
        = status.state != m_status.state || status.message != m_status.message || status.lastPoll != m_status.lastPoll;
    m_status = status;
    if (changed)
        Q_EMIT statusChanged(m_name, m_status);
}

} // namespace Pitwall
