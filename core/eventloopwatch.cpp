#include "eventloopwatch.h"

#include <QLoggingCategory>

#include <algorithm>

namespace Pitwall {

Q_LOGGING_CATEGORY(lcEventLoop, "pitwall.eventloop", QtInfoMsg)

namespace {
constexpr int tickMs = 10;
constexpr qint64 stallMs = 50;
constexpr qint64 reportEveryMs = 60'000;
} // namespace

EventLoopWatch::EventLoopWatch(QObject *parent)
    : QObject(parent)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(tickMs);
    connect(&m_ticker, &QTimer::timeout, this, &EventLoopWatch::tick);
}

bool EventLoopWatch::start()
{
    if (!lcEventLoop().isDebugEnabled())
        return false;
    m_sinceTick.start();
    m_sinceReport.start();
    m_ticker.start();
    return true;
}

void EventLoopWatch::tick()
{
    const qint64 stalled = m_sinceTick.restart() - tickMs;
    m_longestMs = std::max(m_longestMs, stalled);
    if (stalled > stallMs)
        qCDebug(lcEventLoop, "stall: %lld ms", static_cast<long long>(stalled));
    if (m_sinceReport.elapsed() >= reportEveryMs) {
        qCDebug(lcEventLoop, "longest stall this minute: %lld ms", static_cast<long long>(m_longestMs));
        m_longestMs = 0;
        m_sinceReport.restart();
    }
}

} // namespace Pitwall
