#pragma once

#include "actionrequest.h"
#include "profile.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QLabel;
class QMenu;

namespace Pitwall {

class SourcesMenu;

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
    /// Watches @p profile, which lives in no file (the servers found on this
    /// machine's standard ports); the window owns the session.
    void watchProfile(const Profile &profile, const QString &description);
    /// With no profile: the servers the local probe @p found (where it looked:
    /// @p lookedAt), to watch, to add a source to, or to leave for a profile.
    void showWelcome(const Profile &found, const QString &lookedAt);
    /// Asks for a profile and opens it.
    void chooseProfile();
    /// Shows @p session (not owned).
    void setSession(Session *session);
    Session *session() const { return m_session; }
    DashboardView *dashboard() const { return m_dashboard; }
    TimeWindow *timeWindow() const { return m_window; }
    Notifier *notifier() const { return m_notifier; }
    /// Opens the dialog of @p request: options, plan, confirmation, progress, outcome.
    void openAction(ActionRequest request);
    QMenu *actionsMenu() const { return m_actionsMenu; }
    SourcesMenu *sourcesMenu() const { return m_sourcesMenu; }
    /// "system", "light" or "dark"; kept in the settings.
    void setTheme(const QString &theme);
    QString theme() const { return m_theme; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    /// Sizes and places the window inside the screen's available area, unless
    /// the geometry @p restored from the settings already fits there.
    void placeOnScreen(bool restored);
    /// View → Theme: follow the system (the default), or light or dark whatever it says.
    void createThemeMenu(QMenu *menu);
    void startSession(const Profile &profile, const QString &path);
    /// Asks for the password of the first source whose server refused it (once a source).
    void askForRefusedPasswords();
    void useTypedPassword(const QString &name, const QString &password, bool remember);
    void updateRecentMenu();
    void updateSummary();
    void exportChart(const QString &format);
    void exportTable();
    void exportDashboard();
    void exportReport();
    void editThresholds();
    void updateActionsMenu();

    /// "db.table" of the ClickHouse tables the dashboard has seen parts of.
    QStringList clickHouseTables() const;
    /// Fills the part of the shown range not yet asked of Prometheus sources (backfill).
    void backfillShownRange();
    QString askSavePath(const QString &title, const QString &suggested, const QString &filter);

    std::unique_ptr<Session> m_ownedSession;
    QPointer<QDialog> m_passwordPrompt;
    /// The sources asked for a password since the profile was opened.
    QSet<QString> m_askedPassword;
    QString m_theme = QStringLiteral("system");
    Session *m_session = nullptr;
    DashboardView *m_dashboard = nullptr;
    TimeWindow *m_window;
    TimeRangeBar *m_rangeBar;
    Notifier *m_notifier;
    QLabel *m_summary;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    SourcesMenu *m_sourcesMenu = nullptr;
    QTimer m_clock;
    QTimer m_summaryLater; ///< one summary for a burst of alerts (a day of history evaluated at open)
    /// Where the backfilled history begins: the range before it has not been asked for.
    qint64 m_backfilledFromMs = 0;
};

} // namespace Pitwall
