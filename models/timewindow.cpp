#include "timewindow.h"

#include <QDateTime>

#include <algorithm>

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
    m_presetSpan = span;
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

void TimeWindow::zoom(double factor)
{
    const double middle = (double(fromMs()) + double(toMs())) / 2;
    const double half = std::max(double(m_span.count()) * factor / 2, 500.0); // a second at least
    setRange(qint64(middle - half), qint64(middle + half));
}

void TimeWindow::pan(double fraction)
{
    const qint64 by = qint64(double(m_span.count()) * fraction);
    setRange(fromMs() + by, toMs() + by);
}

void TimeWindow::reset()
{
    setSpan(m_presetSpan);
}

void TimeWindow::advance()
{
    if (!m_live)
        return;
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
}

} // namespace Pitwall
