#include "chartpanel.h"
#include "dashboardview.h"
#include "labenvironment.h"
#include "levelpalette.h"
#include "mainwindow.h"
#include "metricstore.h"
#include "profileloader.h"
#include "session.h"
#include "slowquerymodel.h"
#include "sourcestatusmodel.h"
#include "statustile.h"
#include "tilestate.h"
#include "timewindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTranslator>
#include <QtTest>

#include <csignal>

using namespace Pitwall;

namespace {
pid_t pidOf(const Test::LabEnvironment &lab, const QString &server)
{
    QFile file(lab.dir() + QStringLiteral("/run/") + server + QStringLiteral(".pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(file.readAll().trimmed().toInt());
}

/// Sends SIGCONT when it goes, whatever happened in between.
struct Continue
{
    pid_t pid;
    ~Continue()
    {
        if (pid > 0)
            ::kill(pid, SIGCONT);
    }
};
} // namespace

class TestGuiLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toUtf8());
        auto loaded = ProfileLoader::load(lab.profilePath());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        m_session = std::make_unique<Session>(std::get<Profile>(loaded), QString());
        m_session->start();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_light = QApplication::palette();
    }

    void cleanupTestCase()
    {
        if (m_session)
            m_session->stop();
    }

    void aHungServerLeavesTheGuiResponsive()
    {
        PITWALL_REQUIRE_LAB(lab);
        MainWindow window;
        window.setSession(m_session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const pid_t redis = pidOf(lab, QStringLiteral("redis"));
        QVERIFY(redis > 0);
        const SeriesKey pgConnections{QStringLiteral("lab-pg"), QStringLiteral("connections_active"), {}};
        const qsizetype before = m_session->store()->pointCount(pgConnections);

        qint64 longestStallMs = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestStallMs = std::max(longestStallMs, sinceTick.restart()); });
        {
            Continue resume{redis};
            QCOMPARE(::kill(redis, SIGSTOP), 0);
            sinceTick.start();
            ticker.start();
            // The stopped Redis: an error after its poll timeout (2.5 s at the lab's 5 s interval).
            QTRY_COMPARE_WITH_TIMEOUT(m_session->sources()->status(QStringLiteral("lab-redis")).state,
                                      SourceStatus::State::Error, 15000);
            QTest::qWait(6000); // more polls of the others while Redis stays stopped
            ticker.stop();
        }
        qInfo("longest event-loop stall while Redis was stopped: %lld ms", longestStallMs);
        QVERIFY2(
            m_session->sources()->status(QStringLiteral("lab-redis")).message.contains(QStringLiteral("no answer")),
            qPrintable(m_session->sources()->status(QStringLiteral("lab-redis")).message));
        // The other sources kept updating meanwhile, and the GUI thread never waited on the hung one.
        QVERIFY(m_session->store()->pointCount(pgConnections) > before);
        QVERIFY2(longestStallMs < 1000, qPrintable(QString::number(longestStallMs)));
        // SIGCONT brings it back without restarting anything.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->sources()->status(QStringLiteral("lab-redis")).state,
                                  SourceStatus::State::Ok, 40000);
    }

    void screenshotsInBothLanguagesAndPalettes()
    {
        PITWALL_REQUIRE_LAB(lab);
        // Wait until every tile has something to show: the lab's workload makes each area move.
        {
            MainWindow probe;
            probe.setSession(m_session.get());
            QTRY_VERIFY_WITH_TIMEOUT(
                ([&] {
                    probe.dashboard()->refreshTiles();
                    const auto tiles = probe.dashboard()->tiles();
                    const bool tilesHaveData = std::all_of(
                        tiles.cbegin(), tiles.cend(), [](const StatusTile *tile) { return tile->state().hasData; });
                    return tilesHaveData && m_session->slowQueries()->rowCount() > 0 && historySpanMs() >= 60'000;
                }()),
                120000);
        }
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QTranslator translator;
            if (language == QLatin1String("de")) {
                QVERIFY(translator.load(QStringLiteral(":/pitwall/translations/pitwall_de.qm")));
                QCoreApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            }
            for (const bool dark : {false, true}) {
                for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                    QApplication::setPalette(dark ? LevelPalette::darkPalette() : m_light);
                    MainWindow window;
                    window.timeWindow()->setSpan(std::chrono::minutes(5));
                    window.setSession(m_session.get());
                    window.resize(size);
                    window.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&window));
                    window.dashboard()->refreshTiles();
                    for (auto *panel : window.dashboard()->panels())
                        panel->refreshNow();
                    QTest::qWait(300);
                    const QString expectedMenu
                        = language == QLatin1String("de") ? QStringLiteral("&Datei") : QStringLiteral("&File");
                    QCOMPARE(window.menuBar()->actions().first()->text(), expectedMenu);
                    // Every chart in view at once, its value axis readable.
                    for (auto *panel : window.dashboard()->panels()) {
                        QVERIFY2(panel->isVisible(), qPrintable(panel->metric()));
                        for (const QString &label : panel->chart()->valueAxisLabels())
                            QVERIFY2(!label.contains(QChar(0x2026)) && !label.contains(QLatin1String("...")),
                                     qPrintable(panel->metric() + QLatin1String(": ") + label));
                    }
                    const QImage shot = window.grab().toImage();
                    QVERIFY(!shot.isNull());
                    const QString name = QStringLiteral("/mainwindow-lab-%1-%2-%3x%4.png")
                                             .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                             .arg(size.width())
                                             .arg(size.height());
                    QVERIFY(shot.save(Test::testOutputDir() + name));
                }
            }
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        }
        QApplication::setPalette(m_light);
    }

private:
    /// How long the lab has been watched: the charts are worth a look after a minute.
    qint64 historySpanMs() const
    {
        const SeriesKey key{QStringLiteral("lab-pg"), QStringLiteral("connections_active"), {}};
        const auto points = m_session->store()->points(key, 0, std::numeric_limits<qint64>::max());
        return points.size() < 2 ? 0 : points.last().timeMs - points.first().timeMs;
    }

    std::unique_ptr<Session> m_session;
    QPalette m_light;
};

QTEST_MAIN(TestGuiLab)
#include "tst_gui_lab.moc"
