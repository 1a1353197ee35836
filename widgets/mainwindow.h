#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QMenu;

namespace Pitwall {

class DashboardView;
class Notifier;
class Session;
class TimeRangeBar;
class TimeWindow;

/// The dashboard's window: menus, toolbar, shortcuts, settings, exports. The
/// dashboard itself is a DashboardView; polling is a Session's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads, validates and opens a profile; the window owns the session.
    bool openProfile(const QString &path);
    /// Shows @p session (not owned).
    void setSession(Session *session);
    Session *session() const { return m_session; }
    DashboardView *dashboard() const { return m_dashboard; }
    TimeWindow *timeWindow() const { return m_window; }
    Notifier *notifier() const { return m_notifier; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateSummary();
    void exportChart(const QString &format);
    void exportTable();
    void exportDashboard();
    void exportReport();
    void editThresholds();
    /// Fills the part of the shown range not yet asked of Prometheus sources (backfill).
    void backfillShownRange();
    QString askSavePath(const QString &title, const QString &suggested, const QString &filter);

    std::unique_ptr<Session> m_ownedSession;
    Session *m_session = nullptr;
    DashboardView *m_dashboard = nullptr;
    TimeWindow *m_window;
    TimeRangeBar *m_rangeBar;
    Notifier *m_notifier;
    QLabel *m_summary;
    QLabel *m_placeholder;
    QMenu *m_recentMenu = nullptr;
    QTimer m_clock;
    /// Where the backfilled history begins: the range before it has not been asked for.
    qint64 m_backfilledFromMs = 0;
};

} // namespace Pitwall
