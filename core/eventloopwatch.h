#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Pitwall {

/// Measures how long the thread's event loop goes without turning: a 10 ms
/// timer that notes how late each tick comes. Only while the category
/// pitwall.eventloop is enabled at debug level, so it costs nothing otherwise
/// (scripts/bench/soak.sh reads it): a stall over 50 ms is logged at once, and
/// the longest of each minute once a minute.
class EventLoopWatch : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopWatch(QObject *parent = nullptr);

    /// Starts watching if the category is enabled; true if it did.
    bool start();

private:
    void tick();

    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceReport;
    qint64 m_longestMs = 0;
};

} // namespace Pitwall
