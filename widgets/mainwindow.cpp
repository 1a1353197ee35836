#include "mainwindow.h"

#include "actiondialog.h"
#include "alertmodel.h"
#include "chartgrid.h"
#include "chartpanel.h"
#include "dashboardview.h"
#include "helpmenu.h"
#include "levelpalette.h"
#include "metricstore.h"
#include "notifier.h"
#include "passwordprompt.h"
#include "profileloader.h"
#include "profilesources.h"
#include "recentprofiles.h"
#include "recorder.h"
#include "reportwriter.h"
#include "session.h"
#include "sourcesmenu.h"
#include "sourcestatusmodel.h"
#include "tablepane.h"
#include "thresholdengine.h"
#include "thresholdsdialog.h"
#include "timerangebar.h"
#include "timewindow.h"
#include "welcomeview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace Pitwall {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_window(new TimeWindow(this))
    , m_rangeBar(new TimeRangeBar(m_window, this))
    , m_notifier(new Notifier(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Pitwall"));
    auto *placeholder = new QLabel(tr("Open a profile (Ctrl+O) to see its sources."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createActions();
    statusBar()->addPermanentWidget(m_summary);

    // Live charts follow the clock even between polls.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, m_window, &TimeWindow::advance);
    m_summaryLater.setSingleShot(true);
    m_summaryLater.setInterval(0);
    connect(&m_summaryLater, &QTimer::timeout, this, &MainWindow::updateSummary);
    m_clock.start();
    connect(m_window, &TimeWindow::changed, this, &MainWindow::backfillShownRange);

    QSettings settings;
    placeOnScreen(restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::createThemeMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString saved = QSettings().value(QStringLiteral("window/theme"), QStringLiteral("system")).toString();
    const QList<std::pair<QString, QString>> themes{{QStringLiteral("system"), tr("Follow the &system")},
                                                    {QStringLiteral("light"), tr("&Light")},
                                                    {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[name, text] : themes) {
        auto *action = menu->addAction(text, this, [this, name = name] { setTheme(name); });
        action->setCheckable(true);
        action->setChecked(name == saved);
        action->setData(name);
        group->addAction(action);
    }
    if (saved != QLatin1String("system"))
        setTheme(saved);
}

void MainWindow::setTheme(const QString &theme)
{
    // The system's palette as it was before any override: "system" goes back to it.
    static const QPalette system = QApplication::palette();
    QApplication::setPalette(theme == QLatin1String("dark")        ? LevelPalette::darkPalette()
                                 : theme == QLatin1String("light") ? LevelPalette::lightPalette()
                                                                   : system);
    QSettings().setValue(QStringLiteral("window/theme"), theme);
    m_theme = theme;
}

void MainWindow::placeOnScreen(bool restored)
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // A geometry saved on a larger screen (or another monitor) is not restored off this one.
    if (restored && available.contains(geometry()))
        return;
    // Room for the window manager's frame and title bar inside the available area.
    const QSize frame(16, 48);
    const QSize size = QSize(1360, 860).boundedTo(available.size() - frame);
    resize(size);
    move(available.topLeft()
         + QPoint((available.width() - size.width()) / 2,
                  (available.height() - size.height() - frame.height()) / 2 + frame.height() / 2));
}

MainWindow::~MainWindow()
{
    if (m_ownedSession)
        m_ownedSession->stop();
}

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *toolbar = addToolBar(tr("Dashboard"));
    toolbar->setObjectName(QStringLiteral("dashboardToolbar"));
    toolbar->setMovable(false);

    auto *open = file->addAction(tr("&Open profile…"), this, &MainWindow::chooseProfile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addSeparator();

    auto *exportMenu = file->addMenu(tr("&Export"));
    auto *png = exportMenu->addAction(tr("Chart as &PNG…"), this, [this] { exportChart(QStringLiteral("png")); });
    png->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMenu->addAction(tr("Chart as &SVG…"), this, [this] { exportChart(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Chart data as &CSV…"), this, [this] { exportChart(QStringLiteral("csv")); });
    exportMenu->addAction(tr("&Table as CSV…"), this, &MainWindow::exportTable);
    exportMenu->addAction(tr("&Dashboard as PNG…"), this, &MainWindow::exportDashboard);
    auto *report = exportMenu->addAction(tr("Incident &report…"), this, &MainWindow::exportReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    m_sourcesMenu = new SourcesMenu(this);
    file->addMenu(m_sourcesMenu);
    connect(m_sourcesMenu, &SourcesMenu::profileSaved, this, [this](const QString &path, const QString &message) {
        openProfile(path); // the session restarts with the change; history is kept in its file
        statusBar()->showMessage(message, 5000);
    });
    auto *settingsAction = file->addAction(tr("Thresholds and &interval…"), this, &MainWindow::editThresholds);
    settingsAction->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *refresh = view->addAction(tr("&Refresh now"), this, [this] {
        if (m_session)
            m_session->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    auto *pause = view->addAction(tr("&Pause / follow live"), m_rangeBar, &TimeRangeBar::toggleLive);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    auto *find = view->addAction(tr("&Find in table"), this, [this] {
        if (m_dashboard && m_dashboard->currentTable())
            m_dashboard->currentTable()->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    const auto panelNames = DashboardView::fixedPanels();
    for (int i = 0; i < panelNames.size(); ++i) {
        const QString metric = panelNames[i].second;
        auto *action = view->addAction(panelNames[i].first, this, [this, metric] {
            if (m_dashboard)
                m_dashboard->showPanel(metric);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    auto *all = view->addAction(tr("&All charts"), this, [this] {
        if (m_dashboard)
            m_dashboard->showAllPanels();
    });
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Asterisk));
    view->addSeparator();
    createThemeMenu(view->addMenu(tr("&Theme")));
    view->addSeparator();
    const auto addTimeAction = [this, view](const QString &text, const QList<QKeySequence> &keys, auto move) {
        auto *action = view->addAction(text, this, [this, move] { move(m_window); });
        action->setShortcuts(keys);
    };
    addTimeAction(tr("Zoom &in"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                  [](TimeWindow *window) { window->zoom(0.5); });
    addTimeAction(tr("Zoom &out"), {QKeySequence::ZoomOut}, [](TimeWindow *window) { window->zoom(2.0); });
    addTimeAction(tr("&Earlier"), {QKeySequence(Qt::CTRL | Qt::Key_Left)},
                  [](TimeWindow *window) { window->pan(-0.25); });
    addTimeAction(tr("&Later"), {QKeySequence(Qt::CTRL | Qt::Key_Right)},
                  [](TimeWindow *window) { window->pan(0.25); });
    addTimeAction(tr("Reset &zoom, live"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                  [](TimeWindow *window) { window->reset(); });

    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    const auto addAction = [this](const QString &text, ActionRequest::Kind kind, QList<SourceKind> kinds) {
        auto *action = m_actionsMenu->addAction(text, this, [this, kind, kinds] {
            ActionRequest request;
            request.kind = kind;
            // SQLite's own entries open on the profile's first SQLite file.
            if (m_session && kinds == QList<SourceKind>{SourceKind::Sqlite}) {
                for (const SourceConfig &source : m_session->profile().sources) {
                    if (source.kind == SourceKind::Sqlite) {
                        request.source = source.name;
                        break;
                    }
                }
            }
            openAction(request);
        });
        action->setProperty("sourceKinds", QVariant::fromValue(kinds));
        action->setProperty("actionKind", int(kind));
    };
    addAction(tr("&Flush cache…"), ActionRequest::Kind::FlushCache, {SourceKind::Redis});
    addAction(tr("&Warm cache…"), ActionRequest::Kind::WarmCache, {SourceKind::Postgres, SourceKind::ClickHouse});
    addAction(tr("&Optimize (ClickHouse)…"), ActionRequest::Kind::Optimize, {SourceKind::ClickHouse});
    addAction(tr("&VACUUM…"), ActionRequest::Kind::Vacuum, {SourceKind::Postgres});
    addAction(tr("&Prewarm…"), ActionRequest::Kind::Prewarm, {SourceKind::Postgres});
    m_actionsMenu->addSeparator();
    addAction(tr("SQLite &checkpoint…"), ActionRequest::Kind::Checkpoint, {SourceKind::Sqlite});
    addAction(tr("SQLite VAC&UUM…"), ActionRequest::Kind::Vacuum, {SourceKind::Sqlite});
    addAction(tr("SQLite op&timize…"), ActionRequest::Kind::Optimize, {SourceKind::Sqlite});
    updateActionsMenu();

    menuBar()->addMenu(new HelpMenu(this));

    toolbar->addAction(open);
    toolbar->addAction(refresh);
    toolbar->addSeparator();
    toolbar->addWidget(m_rangeBar);
    toolbar->addSeparator();
    toolbar->addAction(png);
    toolbar->addAction(report);
}

void MainWindow::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"), QDir::homePath(),
                                                      tr("Pitwall profiles (*.yaml *.yml)"));
    if (!path.isEmpty())
        openProfile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProfiles::all();
    for (const auto &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openProfile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openProfile(const QString &path)
{
    auto loaded = ProfileLoader::load(path);
    if (const auto *error = std::get_if<ProfileError>(&loaded)) {
        QMessageBox::critical(this, tr("Profile refused"), error->toString());
        return false;
    }
    startSession(std::get<Profile>(loaded), path);
    RecentProfiles::remember(path);
    updateRecentMenu();
    return true;
}

void MainWindow::startSession(const Profile &profile, const QString &path)
{
    auto session = std::make_unique<Session>(profile, Recorder::sessionPath(path));
    setSession(session.get());
    if (m_ownedSession)
        m_ownedSession->stop();
    m_ownedSession = std::move(session);
    m_ownedSession->start();
}

void MainWindow::askForRefusedPasswords()
{
    if (!m_session || m_passwordPrompt)
        return;
    for (const SourceConfig &source : m_session->profile().sources) {
        const SourceStatus status = m_session->sources()->status(source.name);
        if (status.state != SourceStatus::State::Error || !status.authenticationFailed
            || m_askedPassword.contains(source.name))
            continue;
        m_askedPassword.insert(source.name); // once a source, not at every retry
        const bool writable = QFileInfo(m_session->profile().filePath).isWritable();
        auto *prompt = new PasswordPrompt(source.name, status.message, writable, this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        m_passwordPrompt = prompt;
        connect(prompt, &QDialog::accepted, this,
                [this, prompt] { useTypedPassword(prompt->source(), prompt->password(), prompt->remember()); });
        prompt->open();
        return;
    }
}

void MainWindow::useTypedPassword(const QString &name, const QString &password, bool remember)
{
    const SourceConfig *source = m_session ? m_session->profile().source(name) : nullptr;
    if (!source || password.isEmpty())
        return;
    m_askedPassword.remove(name); // a new password refused too is asked for again
    if (remember) {
        // Into the keyring, and the profile reads it there from now on.
        SourceEntry entry{name, source->kind, source->uri.isEmpty() ? source->url.toString() : source->uri, true};
        m_sourcesMenu->saveSource(name, entry, password);
        return;
    }
    // For this run only: the session starts again with the password in memory.
    Profile profile = m_session->profile();
    for (SourceConfig &candidate : profile.sources) {
        if (candidate.name == name)
            candidate.password = password;
    }
    startSession(profile, profile.filePath);
}

void MainWindow::watchProfile(const Profile &profile, const QString &description)
{
    startSession(profile, QStringLiteral("/local-servers.yaml")); // its history kept under a name of its own
    setWindowTitle(tr("Pitwall — %1").arg(description));
    statusBar()->showMessage(tr("No profile given: watching the %n server(s) that answer on this machine's standard "
                                "ports. File → Open profile… for yours.",
                                nullptr, int(profile.sources.size())));
}

void MainWindow::showWelcome(const Profile &found, const QString &lookedAt)
{
    auto *welcome = new WelcomeView(found, lookedAt, this);
    connect(welcome, &WelcomeView::watchRequested, this,
            [this](const Profile &profile) { watchProfile(profile, tr("local servers")); });
    connect(
        welcome, &WelcomeView::profileCreated, this,
        [this](const QString &path) {
            if (openProfile(path))
                statusBar()->showMessage(tr("New profile %1; File → Sources changes it").arg(path));
        },
        Qt::QueuedConnection); // opening it replaces the view that asks
    connect(welcome, &WelcomeView::openRequested, this, &MainWindow::chooseProfile);
    setCentralWidget(welcome);
    welcome->setFocus(); // its Watch button
}

void MainWindow::setSession(Session *session)
{
    m_session = session;
    // The old dashboard goes now, not later as setCentralWidget() would have
    // it: its timers read the session that is about to be replaced.
    if (m_dashboard) {
        takeCentralWidget();
        delete m_dashboard;
        m_dashboard = nullptr;
    }
    auto *dashboard = new DashboardView(session, m_window, this);
    QSettings settings;
    dashboard->splitter()->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    // The chart shown alone when the window closed, by its metric, if one was.
    if (const QString chart = settings.value(QStringLiteral("window/maximisedChart")).toString(); !chart.isEmpty())
        dashboard->showPanel(chart);
    setCentralWidget(dashboard);
    m_dashboard = dashboard;
    setWindowTitle(tr("Pitwall — %1").arg(QFileInfo(session->profile().filePath).fileName()));
    statusBar()->showMessage(
        tr("%n source(s) from %1", nullptr, int(session->profile().sources.size())).arg(session->profile().filePath));

    connect(dashboard, &DashboardView::actionRequested, this, &MainWindow::openAction);
    connect(session, &Session::recorderFailed, this, [this](const QString &message) {
        statusBar()->showMessage(
            tr("Not recording: %1 — polling goes on, this session's history stays in memory only").arg(message));
    });
    updateActionsMenu();
    m_sourcesMenu->setSession(session);
    const auto summaryLater = [this] {
        m_summaryLater.start();
    };
    connect(session->sources(), &QAbstractItemModel::dataChanged, this, summaryLater);
    connect(session->sources(), &QAbstractItemModel::dataChanged, this, &MainWindow::askForRefusedPasswords);
    connect(session->alerts(), &QAbstractItemModel::rowsInserted, this, summaryLater);
    connect(session->alerts(), &QAbstractItemModel::dataChanged, this, summaryLater);
    connect(session->engine(), &ThresholdEngine::levelChanged, this, [this](const SeriesKey &key, Level level, qint64) {
        if (level >= Level::Critical)
            m_notifier->notify(tr("%1 is %2").arg(key.metric, levelName(level)),
                               tr("%1 on %2").arg(key.toString(), QFileInfo(m_session->profile().filePath).fileName()));
    });
    updateSummary();
    // Opened mid-incident, the charts show the last hours at once: Prometheus has them.
    m_backfilledFromMs = m_window->toMs();
    backfillShownRange();
}

void MainWindow::backfillShownRange()
{
    const qint64 from = m_window->fromMs();
    if (!m_session || from >= m_backfilledFromMs)
        return;
    const qint64 to = m_backfilledFromMs;
    m_backfilledFromMs = from;
    // About one point per pixel column of a chart as wide as the window.
    m_session->backfill(TimeRange{from, to, std::clamp(width(), 600, 3840)});
}

void MainWindow::updateActionsMenu()
{
    for (QAction *action : m_actionsMenu->actions()) {
        const auto kinds = action->property("sourceKinds").value<QList<SourceKind>>();
        bool available = false;
        if (m_session) {
            for (const SourceConfig &source : m_session->profile().sources)
                available = available || kinds.contains(source.kind);
            if (ActionRequest::Kind(action->property("actionKind").toInt()) == ActionRequest::Kind::WarmCache)
                available = !m_session->profile().warmRecipes.isEmpty();
        }
        action->setEnabled(available);
    }
}

QStringList MainWindow::clickHouseTables() const
{
    QStringList tables;
    if (!m_session)
        return tables;
    for (const SeriesKey &key : m_session->store()->keys(QStringLiteral("active_parts"))) {
        const QString table = key.labels.value(QStringLiteral("database")) + QLatin1Char('.')
            + key.labels.value(QStringLiteral("table"));
        if (!tables.contains(table))
            tables << table;
    }
    tables.sort();
    return tables;
}

void MainWindow::openAction(ActionRequest request)
{
    if (!m_session)
        return;
    request.origin = QStringLiteral("gui");
    auto *dialog = new ActionDialog(m_session->profile(), request, clickHouseTables(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActionDialog::nextStepRequested, this, &MainWindow::openAction);
    if (request.kind == ActionRequest::Kind::ApplyIndex || request.kind == ActionRequest::Kind::DropIndex)
        connect(dialog, &ActionDialog::finished, m_session, &Session::refreshAdvice); // the index's row follows
    dialog->show();
}

void MainWindow::updateSummary()
{
    if (!m_session)
        return;
    int open = 0;
    Level worst = Level::Ok;
    for (const auto &alert : m_session->alerts()->alerts()) {
        if (alert.isOpen()) {
            ++open;
            worst = std::max(worst, alert.currentLevel);
        }
    }
    int failing = 0;
    for (const auto &source : m_session->profile().sources) {
        const SourceStatus::State state = m_session->sources()->status(source.name).state;
        if (state == SourceStatus::State::Error || state == SourceStatus::State::NoData)
            ++failing;
    }
    // The precedence of `pitwall check`: critical first, then unreadable sources.
    const Level overall = worst < Level::Critical && failing > 0 ? Level::Unknown : worst;
    //: The status bar: the overall level, then the open alerts and the sources in error.
    m_summary->setText(tr("%1 — %2, %3")
                           .arg(LevelPalette::displayName(overall).toUpper(), tr("%n open alert(s)", nullptr, open),
                                tr("%n source(s) in error", nullptr, failing)));
}

QString MainWindow::askSavePath(const QString &title, const QString &suggested, const QString &filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(suggested), filter);
}

void MainWindow::exportChart(const QString &format)
{
    ChartPanel *panel = m_dashboard ? m_dashboard->currentPanel() : nullptr;
    if (!panel)
        return;
    const QString base = panel->metric() + QLatin1Char('.') + format;
    bool ok = false;
    if (format == QLatin1String("png")) {
        const int width = QInputDialog::getInt(this, tr("Export chart"), tr("Width in pixels (0: as on screen)"), 0, 0,
                                               3840, 160, &ok);
        if (!ok)
            return;
        const QString path = askSavePath(tr("Export chart as PNG"), base, tr("PNG images (*.png)"));
        ok = !path.isEmpty() && panel->savePng(path, width);
    } else if (format == QLatin1String("svg")) {
        const QString path = askSavePath(tr("Export chart as SVG"), base, tr("SVG images (*.svg)"));
        ok = !path.isEmpty() && panel->saveSvg(path);
    } else {
        const QString path = askSavePath(tr("Export chart data"), base, tr("CSV files (*.csv)"));
        QFile file(path);
        ok = !path.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(panel->toCsv()) >= 0;
    }
    statusBar()->showMessage(ok ? tr("Exported %1").arg(panel->title()) : tr("Nothing exported"), 5000);
}

void MainWindow::exportTable()
{
    TablePane *table = m_dashboard ? m_dashboard->currentTable() : nullptr;
    if (!table)
        return;
    const QString path = askSavePath(tr("Export table as CSV"), QStringLiteral("table.csv"), tr("CSV files (*.csv)"));
    QFile file(path);
    const bool ok = !path.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(table->toCsv()) >= 0;
    statusBar()->showMessage(ok ? tr("Exported %1").arg(path) : tr("Nothing exported"), 5000);
}

void MainWindow::exportDashboard()
{
    const QString path
        = askSavePath(tr("Export dashboard as PNG"), QStringLiteral("dashboard.png"), tr("PNG images (*.png)"));
    const bool ok = !path.isEmpty() && grab().save(path, "PNG");
    statusBar()->showMessage(ok ? tr("Exported %1").arg(path) : tr("Nothing exported"), 5000);
}

void MainWindow::exportReport()
{
    if (!m_dashboard)
        return;
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Write the incident report into"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (dir.isEmpty())
        return;
    QString error;
    const bool ok = ReportWriter(m_session, m_dashboard, m_window).write(dir, &error);
    if (ok)
        statusBar()->showMessage(tr("Report written to %1").arg(QDir(dir).filePath(QStringLiteral("index.html"))),
                                 8000);
    else
        QMessageBox::warning(this, tr("Report not written"), error);
}

void MainWindow::editThresholds()
{
    if (!m_session)
        return;
    ThresholdsDialog dialog(m_session->profile(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = m_session->profile().filePath;
    QString error;
    if (!dialog.save(&error)) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    if (m_ownedSession)
        openProfile(path); // the session restarts with the saved limits; history is kept in its file
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_dashboard) {
        settings.setValue(QStringLiteral("window/splitter"), m_dashboard->splitter()->saveState());
        ChartPanel *alone = m_dashboard->chartGrid()->maximised();
        settings.setValue(QStringLiteral("window/maximisedChart"), alone ? alone->metric() : QString());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Pitwall
