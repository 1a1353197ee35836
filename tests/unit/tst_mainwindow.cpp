#include "helpmenu.h"
#include "labenvironment.h"
#include "levelpalette.h"
#include "mainwindow.h"
#include "profileloader.h"
#include "session.h"
#include "sourcedialog.h"
#include "sourcestatusmodel.h"
#include "welcomeview.h"
#include "workerhost.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Pitwall;

namespace {
/// A port that completes TCP handshakes in its backlog and never accepts: a
/// client connects, sends its request and waits for an answer that never
/// comes, as from a hung server. A fake, since no real server can be made to
/// hang this way for every source kind at once.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(m_fd, 64) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~SilentPort() { close(); }
    int port() const { return m_port; }
    /// Closes the port, as a hung server does when it finally goes: every
    /// client blocked on it wakes.
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's settings, apart from the user's
        QSettings().clear();
    }

    // The window opens inside the screen's available area, and a geometry
    // saved on a larger screen is not restored off this one.
    void theWindowFitsTheScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            MainWindow window;
            QVERIFY2(available.contains(window.geometry()),
                     qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                    .arg(window.width())
                                    .arg(window.height())
                                    .arg(available.width())
                                    .arg(available.height())));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(available.contains(window.geometry()));
            window.setGeometry(QRect(available.topLeft(), available.size() * 2)); // as on a larger monitor
            window.close();
        }
        MainWindow again;
        QVERIFY(available.contains(again.geometry()));
    }

    // View → Theme: light or dark whatever the system says, kept for the next
    // window, and back to the system's own palette.
    void viewThemeOverridesTheSystem()
    {
        const QPalette system = QApplication::palette();
        {
            MainWindow window;
            QCOMPARE(window.theme(), QStringLiteral("system"));
            window.setTheme(QStringLiteral("dark"));
            QVERIFY(LevelPalette::isDark(QApplication::palette()));
        }
        {
            MainWindow again;
            QCOMPARE(again.theme(), QStringLiteral("dark"));
            QVERIFY(LevelPalette::isDark(QApplication::palette()));
            again.setTheme(QStringLiteral("light"));
            QVERIFY(!LevelPalette::isDark(QApplication::palette()));
            again.setTheme(QStringLiteral("system"));
            QCOMPARE(QApplication::palette(), system);
        }
        MainWindow last;
        QCOMPARE(last.theme(), QStringLiteral("system"));
    }

    void helpListsTheShortcutsAndShipsTheManual()
    {
        MainWindow window;
        const QStringList lines = HelpMenu::shortcutLines(&window);
        const auto has = [&lines](const QString &text) {
            return std::any_of(lines.cbegin(), lines.cend(),
                               [&text](const QString &line) { return line.startsWith(text); });
        };
        QVERIFY2(has(QStringLiteral("Zoom in\t")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(has(QStringLiteral("Reset zoom, live\t")));
        QVERIFY(has(QStringLiteral("Pool utilisation\t")));
        QVERIFY(has(QStringLiteral("Show all charts again\tEsc")));
        QFile manual(QStringLiteral(":/pitwall/doc/pitwall.1"));
        QVERIFY(manual.open(QIODevice::ReadOnly));
        QVERIFY(manual.readAll().contains(".TH PITWALL"));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("helpMenu")));
    }

    void showsEachSourcesError()
    {
        // Port 1 on loopback: nothing listens there, so both sources fail at once.
        auto loaded = ProfileLoader::parse("interval: 1s\n"
                                           "sources:\n"
                                           "  - {name: orders-db, kind: postgres, url: "
                                           "'postgresql://monitor@127.0.0.1:1/orders'}\n"
                                           "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
                                           QStringLiteral("/profiles/oncall.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        Session session(std::get<Profile>(loaded), QString());

        MainWindow window;
        window.setSession(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Pitwall — oncall.yaml"));
        session.start();

        auto *sources = session.sources();
        QCOMPARE(sources->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QTRY_COMPARE_WITH_TIMEOUT(sources->index(row, SourceStatusModel::StateColumn).data().toString(),
                                      QStringLiteral("error"), 10000);
            QVERIFY(sources->index(row, SourceStatusModel::MessageColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("connection refused — is the server running?")));
        }
        const auto labels = window.findChildren<QLabel *>();
        const bool summarised = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("2 source(s) in error"));
        });
        QVERIFY(summarised);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(Test::testOutputDir() + QLatin1String("/mainwindow-errors.png")));
        session.stop();
    }

    // No profile: the probe's findings, each checked; watching the checked
    // ones starts a session of those alone.
    void theWelcomeViewWatchesTheCheckedServers()
    {
        auto loaded = ProfileLoader::parse("sources:\n"
                                           "  - {name: local-postgres, kind: postgres, url: 'postgresql:///postgres'}\n"
                                           "  - {name: local-redis, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
                                           QStringLiteral("probe.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        Profile found = std::get<Profile>(loaded);
        found.filePath.clear(); // the probe's profile lives in no file
        MainWindow window;
        window.show();
        window.showWelcome(found, QStringLiteral("the standard ports"));
        auto *welcome = qobject_cast<WelcomeView *>(window.centralWidget());
        QVERIFY(welcome);
        QCOMPARE(welcome->foundList()->count(), 2);
        QVERIFY(welcome->foundList()->item(0)->text().contains(QLatin1String("local-postgres")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(Test::testOutputDir() + QLatin1String("/welcome.png")));

        welcome->foundList()->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(welcome->watchButton()->isEnabled());
        welcome->foundList()->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!welcome->watchButton()->isEnabled()); // nothing to watch
        welcome->foundList()->item(1)->setCheckState(Qt::Checked);
        welcome->watchButton()->click();
        QVERIFY(window.session());
        QCOMPARE(window.session()->profile().sources.size(), 1);
        QCOMPARE(window.session()->profile().sources.first().name, QStringLiteral("local-redis"));
        window.session()->stop();
    }

    // Nothing found: "Add source…" saves the new source, with what was
    // checked, into a new profile in the configuration directory and opens it.
    void theWelcomeViewAddsASourceIntoANewProfile()
    {
        // Test mode (initTestCase): the directory is the test's own, and an earlier run's profiles go.
        QDir(QFileInfo(WelcomeView::newProfilePath()).path()).removeRecursively();
        const QString path = WelcomeView::newProfilePath();
        QVERIFY(path.endsWith(QLatin1String("/profiles/local.yaml")));
        MainWindow window;
        window.show();
        window.showWelcome(Profile{}, QStringLiteral("the standard ports"));
        auto *welcome = qobject_cast<WelcomeView *>(window.centralWidget());
        QVERIFY(welcome);
        QVERIFY(!welcome->foundList()->isVisible() && !welcome->watchButton()->isVisible());
        welcome->addButton()->click();
        auto *dialog = window.findChild<SourceDialog *>();
        QVERIFY(dialog);
        dialog->nameField()->setText(QStringLiteral("orders-cache"));
        dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(int(SourceKind::Redis)));
        dialog->urlField()->setText(QStringLiteral("redis://127.0.0.1:1/0"));
        dialog->accept();
        QTRY_VERIFY(window.session());
        QCOMPARE(window.session()->profile().filePath, path);
        QCOMPARE(window.session()->profile().sources.size(), 1);
        QCOMPARE(window.session()->profile().sources.first().name, QStringLiteral("orders-cache"));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("redis://127.0.0.1:1/0"));
        // The next new profile does not overwrite this one.
        QVERIFY(WelcomeView::newProfilePath().endsWith(QLatin1String("/profiles/local-2.yaml")));
        window.session()->stop();
    }

    // Ten sources, five of them hung mid-poll: closing the window waits for
    // all of them together, within a bound, and terminates none.
    void aWindowWithHungSourcesClosesAtOnce()
    {
        SilentPort silent;
        QVERIFY(silent.port() > 0);
        const QString hung = QStringLiteral("127.0.0.1:%1").arg(silent.port());
        const QString yaml
            = QStringLiteral("interval: 20s\n"
                             "sources:\n"
                             "  - {name: hung-pg, kind: postgres, url: 'postgresql://monitor@%1/orders'}\n"
                             "  - {name: hung-pool, kind: pgbouncer, url: 'postgresql://stats@%1/pgbouncer'}\n"
                             "  - {name: hung-cache, kind: redis, url: 'redis://%1/0'}\n"
                             "  - {name: hung-ch, kind: clickhouse, url: 'http://%1'}\n"
                             "  - {name: hung-prom, kind: prometheus, url: 'http://%1'}\n"
                             "  - {name: dead-pg, kind: postgres, url: 'postgresql://monitor@127.0.0.1:1/orders'}\n"
                             "  - {name: dead-pool, kind: pgbouncer, url: 'postgresql://stats@127.0.0.1:1/pgbouncer'}\n"
                             "  - {name: dead-cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n"
                             "  - {name: dead-ch, kind: clickhouse, url: 'http://127.0.0.1:1'}\n"
                             "  - {name: dead-app, kind: metrics, url: 'http://127.0.0.1:1/metrics'}\n")
                  .arg(hung);
        auto loaded
            = ProfileLoader::parse(yaml.toUtf8(), QStringLiteral("hung.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        auto session = std::make_unique<Session>(std::get<Profile>(loaded), QString());
        auto window = std::make_unique<MainWindow>();
        window->setSession(session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        session->start();

        // The dead ones fail at once; the hung ones are still waiting for their answer.
        auto *sources = session->sources();
        for (int row = 5; row < 10; ++row)
            QTRY_COMPARE_WITH_TIMEOUT(sources->index(row, SourceStatusModel::StateColumn).data().toString(),
                                      QStringLiteral("error"), 5000);
        QTest::qWait(300);
        for (int row = 0; row < 5; ++row)
            QVERIFY(sources->index(row, SourceStatusModel::StateColumn).data().toString() != QLatin1String("ok"));

        QElapsedTimer clock;
        clock.start();
        window->close();
        window.reset();
        session.reset();
        const qint64 elapsed = clock.elapsed();
        qInfo("closing the window with five hung sources took %lld ms", elapsed);
        QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("closing took %1 ms").arg(elapsed)));

        // The abandoned collectors end once their server goes, and are reaped.
        silent.close();
        QCOMPARE(WorkerHost::reapAbandoned(std::chrono::milliseconds(10000)), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
