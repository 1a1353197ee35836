#include "sourcerunner.h"

#include "collector.h"

#include <QDateTime>

#include <algorithm>

namespace Pitwall {

SourceRunner::SourceRunner(std::unique_ptr<Collector> collector, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_name(collector->source().name)
    , m_interval(interval)
    , m_timeout(collector->pollTimeout())
    , m_host(QStringLiteral("collector-") + m_name)
    , m_collector(m_host.adopt(std::move(collector)))
{
    qRegisterMetaType<Pitwall::PollResult>();
    qRegisterMetaType<Pitwall::SourceStatus>();
    qRegisterMetaType<QList<Pitwall::Sample>>();
    connect(m_collector, &Collector::polled, this, &SourceRunner::onPolled);
    connect(
        m_collector, &Collector::failed, this,
        [this](const QString &, const QString &message, bool authentication) { onFailed(message, authentication); });
    connect(m_collector, &Collector::deferred, this, [this](const QString &, qint64 at) { onDeferred(at); });
    connect(m_collector, &Collector::backfillStarted, this, [this] { m_backfilling = true; });
    connect(m_collector, &Collector::backfilled, this, [this] {
        m_backfilling = false;
        if (m_inFlight) {
            m_pollStartedMs = QDateTime::currentMSecsSinceEpoch(); // the waiting poll starts now
            armWatchdog();
        }
    });

    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &SourceRunner::pollNow);
    // Precise: a coarse timer may fire up to 5 % early, before the time it is armed for.
    m_watchdog.setSingleShot(true);
    m_watchdog.setTimerType(Qt::PreciseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, &SourceRunner::checkWatchdog);
    m_staleness.setSingleShot(true);
    m_staleness.setTimerType(Qt::PreciseTimer);
    connect(&m_staleness, &QTimer::timeout, this, &SourceRunner::checkStale);
}

SourceRunner::~SourceRunner()
{
    stop();
}

void SourceRunner::start()
{
    if (m_stopped || m_host.isRunning())
        return;
    m_host.start();
    setStatus(SourceStatus{SourceStatus::State::Connecting, {}, {}, {}});
    m_timer.start();
    pollNow();
}

void SourceRunner::setPaused(bool paused)
{
    if (paused)
        m_timer.stop();
    else if (m_host.isRunning())
        m_timer.start();
}

void SourceRunner::pollNow()
{
    if (m_inFlight || !m_host.isRunning())
        return;
    m_inFlight = true;
    m_pollStartedMs = QDateTime::currentMSecsSinceEpoch();
    armWatchdog();
    QMetaObject::invokeMethod(m_collector, &Collector::pollOnce, Qt::QueuedConnection);
}

void SourceRunner::armWatchdog()
{
    const qint64 left = m_pollStartedMs + m_timeout.count() - QDateTime::currentMSecsSinceEpoch();
    m_watchdog.start(int(std::clamp<qint64>(left + 1, 1, m_timeout.count() + 1)));
}

void SourceRunner::backfill(const TimeRange &range)
{
    if (!m_host.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_collector, [collector = m_collector, range] { collector->backfill(range); }, Qt::QueuedConnection);
}

void SourceRunner::stop()
{
    beginStop().waitUntil(QDeadlineTimer(WorkerHost::defaultStopTimeout));
}

WorkerHost &SourceRunner::beginStop()
{
    m_stopped = true;
    m_timer.stop();
    m_watchdog.stop();
    m_staleness.stop();
    if (m_host.isRunning()) {
        QMetaObject::invokeMethod(m_collector, &Collector::shutdown, Qt::QueuedConnection);
        m_host.requestStop();
    }
    m_inFlight = false;
    m_backfilling = false;
    return m_host;
}

void SourceRunner::onPolled(const PollResult &result)
{
    m_inFlight = false;
    m_hung = false;
    m_watchdog.stop();
    m_lastOkMs = result.timeMs;
    m_staleness.start(int(2 * m_interval.count() + m_timeout.count() + 1));
    SourceStatus status{SourceStatus::State::Ok, result.remark, QDateTime::fromMSecsSinceEpoch(result.timeMs),
                        result.latencyMs, false};
    if (result.samples.isEmpty()) {
        // It answered, and Pitwall still sees nothing: never shown as fine.
        status.state = SourceStatus::State::NoData;
        status.message = sourceNoDataMessage(m_name, result.remark);
    }
    setStatus(status);
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::onFailed(const QString &message, bool authentication)
{
    m_inFlight = false;
    m_hung = false;
    m_watchdog.stop();
    SourceStatus status = m_status;
    status.state = SourceStatus::State::Error;
    status.message = message;
    status.authenticationFailed = authentication;
    status.lastPoll = QDateTime::currentDateTime();
    status.lastPollMs.reset();
    setStatus(status);
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::onDeferred(qint64 retryAtMs)
{
    Q_UNUSED(retryAtMs)
    m_inFlight = false;
    m_watchdog.stop();
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::checkWatchdog()
{
    if (!m_inFlight || m_hung || m_backfilling) // a backfill re-arms it when it ends
        return;
    if (QDateTime::currentMSecsSinceEpoch() - m_pollStartedMs <= m_timeout.count()) {
        armWatchdog(); // the clock moved under the timer
        return;
    }
    m_hung = true;
    SourceStatus status = m_status;
    status.state = SourceStatus::State::Error;
    status.message = tr("%1: no answer within %2 s — the server may be hung, overloaded or unreachable")
                         .arg(m_name)
                         .arg(double(m_timeout.count()) / 1000.0);
    setStatus(status);
    Q_EMIT pollFinished(m_name);
}

void SourceRunner::checkStale()
{
    if (m_status.state != SourceStatus::State::Ok || m_lastOkMs <= 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 staleAfter = 2 * m_interval.count() + m_timeout.count();
    if (now - m_lastOkMs <= staleAfter) {
        m_staleness.start(int(std::clamp<qint64>(m_lastOkMs + staleAfter - now + 1, 1, staleAfter + 1)));
        return; // the timer came before the time it was armed for
    }
    SourceStatus status = m_status;
    status.state = SourceStatus::State::Stale;
    status.message = tr("%1: the last answer is %2 s old — polls take longer than the %3 s interval")
                         .arg(m_name)
                         .arg((now - m_lastOkMs) / 1000)
                         .arg(double(m_interval.count()) / 1000.0);
    setStatus(status);
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
