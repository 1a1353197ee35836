#pragma once

#include <QMenu>

class QMainWindow;

namespace Pitwall {

/// The Help menu: About (version, licence), the keyboard and mouse
/// shortcuts (read from the window's own actions, so the list never goes
/// stale), and the manual page, formatted by man(1) off the GUI thread.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow *window);

    /// Every action of the window's menus that has a shortcut, as "text\tkeys"
    /// lines in menu order, then the charts' mouse gestures.
    static QStringList shortcutLines(const QMainWindow *window);

private:
    void showAbout();
    void showShortcuts();
    void showManual();

    QMainWindow *m_window;
};

} // namespace Pitwall
