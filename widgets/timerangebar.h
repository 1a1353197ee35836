#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace Pitwall {

class TimeWindow;

/// The time-range presets (5 m, 15 m, 1 h, 6 h, 24 h, custom…) and the
/// live/pause switch, driving the shared TimeWindow.
class TimeRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimeRangeBar(TimeWindow *window, QWidget *parent = nullptr);

    /// Toggles live/paused (the keyboard shortcut's action).
    void toggleLive();

private:
    void chooseCustom();
    void sync();

    TimeWindow *m_window;
    QButtonGroup *m_presets;
    QToolButton *m_live;
};

} // namespace Pitwall
