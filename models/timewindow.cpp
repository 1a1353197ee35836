#include "timewindow.h"

#include <QDateTime>

namespace Pitwall {

TimeWindow::TimeWindow(QObject *parent)
    : QObject(parent)
    , m_toMs(QDateTime::currentMSecsSinceEpoch())
{ }

qint64 TimeWindow::fromMs() const
{
    return toMs() - m_span.count();
}

qint64 TimeWindow::toMs() const
{
    return m_toMs;
}

void TimeWindow::setSpan(std::chrono::milliseconds span)
{
    m_span = span;
    m_live = true;
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
}

void TimeWindow::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_span = std::chrono::milliseconds(toMs - fromMs);
    m_toMs = toMs;
    m_live = false;
    Q_EMIT changed();
}

void TimeWindow::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live)
        m_toMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
}

void TimeWindow::advance()
{
    if (!m_live)
        return;
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
}

} // namespace Pitwall
