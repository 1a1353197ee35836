#pragma once

#include <QObject>

#include <chrono>

namespace Pitwall {

/// The time range every chart shows: live (the last span, following now) or
/// fixed (a zoom, a pan, a custom range, or a paused view).
class TimeWindow : public QObject
{
    Q_OBJECT

public:
    explicit TimeWindow(QObject *parent = nullptr);

    qint64 fromMs() const;
    qint64 toMs() const;
    std::chrono::milliseconds span() const { return m_span; }
    bool isLive() const { return m_live; }

    /// Live, showing the last @p span (a preset: 5 m, 15 m, 1 h, 6 h, 24 h).
    void setSpan(std::chrono::milliseconds span);
    /// Fixed at [from, to): pauses.
    void setRange(qint64 fromMs, qint64 toMs);
    /// Pauses at the range shown now, or goes live again with the same span.
    void setLive(bool live);

    /// Live windows move with the clock; the charts pull on this.
    void advance();

    /// Keyboard zoom: the span times @p factor (below 1 zooms in) around the
    /// middle of the range; pauses, as a wheel zoom does.
    void zoom(double factor);
    /// Keyboard pan by @p fraction of the span (negative: earlier); pauses.
    void pan(double fraction);
    /// Back to the last preset span, live.
    void reset();

Q_SIGNALS:
    void changed();

private:
    std::chrono::milliseconds m_span{std::chrono::minutes(15)};
    std::chrono::milliseconds m_presetSpan{std::chrono::minutes(15)};
    bool m_live = true;
    qint64 m_toMs = 0; ///< the end while fixed; the last advance while live
};

} // namespace Pitwall
