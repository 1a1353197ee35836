#include "alertmodel.h"
#include "chartgrid.h"
#include "chartpanel.h"
#include "csv.h"
#include "dashboardview.h"
#include "labenvironment.h"
#include "metricstore.h"
#include "presentationproxy.h"
#include "profileloader.h"
#include "reportwriter.h"
#include "session.h"
#include "slowquerymodel.h"
#include "statustile.h"
#include "tablepane.h"
#include "thresholdengine.h"
#include "timechart.h"
#include "timewindow.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QPainter>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Pitwall;

namespace {
/// A session whose sources are never polled: the store is fed directly.
std::unique_ptr<Session> quietSession()
{
    auto loaded
        = ProfileLoader::parse("interval: 5s\nsources:\n"
                               "  - {name: pool, kind: pgbouncer, url: 'postgresql://m@127.0.0.1:1/pgbouncer'}\n"
                               "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
                               QStringLiteral("/profiles/oncall.yaml"), ProfileLoader::defaultThresholds());
    return std::make_unique<Session>(std::get<Profile>(loaded), QString());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_session = quietSession();
        m_window = std::make_unique<TimeWindow>();
        m_now = QDateTime::currentMSecsSinceEpoch();
        m_window->setSpan(std::chrono::minutes(15));
        // A pool filling up over the last 10 minutes, and a cache whose hit rate falls.
        QList<Sample> samples;
        for (qint64 t = m_now - 600'000; t <= m_now; t += 5000) {
            const double f = double(t - (m_now - 600'000)) / 600'000.0;
            samples.append(Sample{{QStringLiteral("pool"),
                                   QStringLiteral("pool_utilisation"),
                                   {{QStringLiteral("database"), QStringLiteral("orders")}}},
                                  t,
                                  0.5 + 0.5 * f});
            samples.append(Sample{{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}}, t, 0.99 - 0.6 * f});
        }
        m_session->store()->append(samples);
        m_session->engine()->evaluate(samples);
        m_dashboard = std::make_unique<DashboardView>(m_session.get(), m_window.get());
        m_dashboard->resize(1400, 900);
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
        for (auto *panel : m_dashboard->panels())
            panel->refreshNow();
    }

    void cleanup()
    {
        m_dashboard.reset();
        m_session.reset();
    }

    void presentationModelsPassTheTester()
    {
        for (auto which : {DashboardView::SlowQueriesTable, DashboardView::AlertsTable, DashboardView::SourcesTable}) {
            TablePane *pane = m_dashboard->table(which);
            QAbstractItemModelTester presentation(pane->presentation(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester sorted(pane->view()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        // The alert raised from the history is shown with its level's colour and a formatted peak.
        auto *alerts = m_dashboard->table(DashboardView::AlertsTable)->presentation();
        QVERIFY(alerts->rowCount() >= 1);
        int critical = -1;
        for (int row = 0; row < alerts->rowCount(); ++row) {
            if (alerts->index(row, AlertModel::MetricColumn).data().toString() == QLatin1String("pool_utilisation"))
                critical = row;
        }
        QVERIFY(critical >= 0);
        QCOMPARE(alerts->index(critical, AlertModel::PeakColumn).data().toString(), QStringLiteral("100.0 %"));
        QVERIFY(alerts->index(critical, AlertModel::LevelColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    }

    void chartsGetDecimatedPointsOnly()
    {
        ChartPanel *pool = m_dashboard->panels().at(0);
        QCOMPARE(pool->metric(), QStringLiteral("pool_utilisation"));
        QCOMPARE(pool->keys().size(), 1);
        const qsizetype raw = m_session->store()->pointCount(pool->keys().first());
        QVERIFY(pool->chart()->pointCount() > 0);
        QVERIFY(pool->chart()->pointCount() <= std::min<qsizetype>(raw, 4 * pool->chart()->plotWidth()));
    }

    void pngHasTheAskedSizeAndIsNotBlank()
    {
        QTemporaryDir dir;
        ChartPanel *cache = m_dashboard->panels().at(1);
        const QString path = dir.filePath(QStringLiteral("cache.png"));
        QVERIFY(cache->savePng(path, 1920));
        const QImage image(path);
        QCOMPARE(image.width(), 1920);
        const QSize logical = cache->chart()->exportSize();
        QCOMPARE(image.height(), qRound(1920.0 * logical.height() / logical.width()));
        QVERIFY2(distinctColours(image) > 20, "the exported chart looks blank");
        QVERIFY(cache->savePng(path, 9999));
        QCOMPARE(QImage(path).width(), 3840); // at most
        QVERIFY(cache->toImage().save(Test::testOutputDir() + QStringLiteral("/chart-cache.png")));

        const QString svg = dir.filePath(QStringLiteral("cache.svg"));
        QVERIFY(cache->saveSvg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));
    }

    void chartCsvEqualsTheStore()
    {
        ChartPanel *pool = m_dashboard->panels().at(0);
        const auto rows = Csv::parse(pool->toCsv());
        const SeriesKey key = pool->keys().first();
        const auto points = m_session->store()->points(key, m_window->fromMs(), m_window->toMs() + 1);
        QCOMPARE(rows.size(), points.size() + 1);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("time"), key.toString() + QStringLiteral(" (ratio)")}));
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(QDateTime::fromString(rows[i + 1][0], Qt::ISODateWithMs).toMSecsSinceEpoch(), points[i].timeMs);
            QCOMPARE(rows[i + 1][1].toDouble(), points[i].value);
        }
    }

    void tableCsvHasEveryRow()
    {
        QList<SlowQuery> queries;
        for (int i = 0; i < 300; ++i) {
            SlowQuery query;
            query.source = QStringLiteral("db");
            query.id = QString::number(i);
            query.query = QStringLiteral("SELECT %1, 'a,\"b\"'").arg(i);
            query.meanMs = 1000 + i;
            query.calls = 1;
            queries.append(query);
        }
        m_session->slowQueries()->update(QStringLiteral("db"), queries);
        const auto rows = Csv::parse(m_dashboard->table(DashboardView::SlowQueriesTable)->toCsv());
        QCOMPARE(rows.size(), 301);
        QCOMPARE(rows[0][SlowQueryModel::MeanColumn], QStringLiteral("Mean (ms)"));
        QCOMPARE(rows[300][SlowQueryModel::QueryColumn], QStringLiteral("SELECT 299, 'a,\"b\"'"));
        QCOMPARE(rows[300][SlowQueryModel::MeanColumn].toDouble(), 1299.0);
    }

    void tilesShowTheWorstAndBringTheirPanelForward()
    {
        m_dashboard->refreshTiles();
        const auto tiles = m_dashboard->tiles();
        QCOMPARE(tiles.size(), 4);
        QCOMPARE(m_dashboard->chartGrid()->maximised(), nullptr); // every chart, until one is asked for
        QCOMPARE(tiles[0]->state().worst.metric, QStringLiteral("pool_utilisation"));
        QCOMPARE(tiles[0]->level(), Level::Critical);
        QCOMPARE(tiles[1]->state().value, m_session->store()->latest(tiles[1]->state().worst)->value);
        QVERIFY(m_dashboard->grab().save(Test::testOutputDir() + QStringLiteral("/dashboard-synthetic.png")));
        // A tile's click shows its chart alone; a second click, or Esc, every chart again.
        QTest::mouseClick(tiles[1], Qt::LeftButton);
        QCOMPARE(m_dashboard->currentPanel()->metric(), QStringLiteral("cache_hit_rate"));
        QCOMPARE(m_dashboard->chartGrid()->maximised(), m_dashboard->panel(QStringLiteral("cache_hit_rate")));
        QVERIFY(!m_dashboard->panel(QStringLiteral("pool_utilisation"))->isVisible());
        QTest::mouseClick(tiles[1], Qt::LeftButton);
        QCOMPARE(m_dashboard->chartGrid()->maximised(), nullptr);
        QVERIFY(m_dashboard->panel(QStringLiteral("pool_utilisation"))->isVisible());
        QTest::mouseClick(tiles[3], Qt::LeftButton);
        QCOMPARE(m_dashboard->currentTable(), m_dashboard->table(DashboardView::SlowQueriesTable));
        QCOMPARE(m_dashboard->currentPanel()->metric(), QStringLiteral("slow_query_ms"));
        m_dashboard->table(DashboardView::SlowQueriesTable)->view()->setFocus();
        QTest::keyClick(m_dashboard->table(DashboardView::SlowQueriesTable)->view(), Qt::Key_Escape);
        QCOMPARE(m_dashboard->chartGrid()->maximised(), nullptr);
    }

    // Every threshold chart at once, side by side, at the smallest screen size
    // Pitwall supports and at a common one; none is cut off or under a tab.
    void everyChartIsInViewAtOnce_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x600") << QSize(1024, 600);
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1920x1000") << QSize(1920, 1000);
    }
    void everyChartIsInViewAtOnce()
    {
        QFETCH(QSize, size);
        m_dashboard->resize(size);
        QTRY_COMPARE(m_dashboard->size(), size);
        QCoreApplication::processEvents();
        const QRect grid = m_dashboard->chartGrid()->rect();
        QStringList metrics;
        for (ChartPanel *panel : m_dashboard->panels()) {
            metrics << panel->metric();
            QVERIFY2(panel->isVisible(), qPrintable(panel->metric()));
            const QRect inGrid(panel->mapTo(m_dashboard->chartGrid(), QPoint(0, 0)), panel->size());
            QVERIFY2(grid.contains(inGrid), qPrintable(panel->metric()));
            QVERIFY2(
                panel->height() >= 100 && panel->width() >= 240,
                qPrintable(QStringLiteral("%1: %2x%3").arg(panel->metric()).arg(panel->width()).arg(panel->height())));
        }
        for (const char *metric : {"pool_utilisation", "cache_hit_rate", "cdc_lag_seconds", "cdc_lag_bytes",
                                   "slow_query_ms", "latency_p95_ms", "latency_p99_ms"})
            QVERIFY2(metrics.contains(QLatin1String(metric)), metric);
        QVERIFY(!metrics.contains(QStringLiteral("sqlite_wal_bytes"))); // no SQLite source in this profile
        // Side by side: more than one column wherever two fit.
        QVERIFY(m_dashboard->chartGrid()->columns() >= 2);
        QVERIFY(m_dashboard->grab().save(
            Test::testOutputDir() + QStringLiteral("/dashboard-%1x%2.png").arg(size.width()).arg(size.height())));
    }

    // The value axis reads numbers with their unit, never "…", however short the chart.
    void valueAxisLabelsAreNeverElided()
    {
        ChartPanel *pool = m_dashboard->panel(QStringLiteral("pool_utilisation"));
        for (const int height : {560, 300, 180, 120}) {
            m_dashboard->resize(1024, height + 300);
            pool->setFixedHeight(height);
            QCoreApplication::processEvents();
            pool->refreshNow();
            QCoreApplication::processEvents();
            const QStringList labels = pool->chart()->valueAxisLabels();
            QVERIFY2(labels.size() >= 2, qPrintable(QString::number(height)));
            for (const QString &label : labels) {
                QVERIFY2(!label.contains(QChar(0x2026)) && !label.contains(QLatin1String("...")),
                         qPrintable(QStringLiteral("%1 px: %2").arg(height).arg(labels.join(QLatin1String(" | ")))));
                QVERIFY2(label.endsWith(QLatin1String(" %")), qPrintable(labels.join(QLatin1String(" | "))));
            }
        }
        pool->setMinimumHeight(0);
        pool->setMaximumHeight(QWIDGETSIZE_MAX);
    }

    // However short or long the range and however narrow the chart, no time reads twice
    // ("01:35:58" twice on a 5 s range was what a report showed) and none is elided.
    void timeTicksNeverReadTwice_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<int>("width");
        for (const int width : {1024, 1920}) {
            for (const qint64 span :
                 {2'000LL, 5'000LL, 15'000LL, 45'000LL, 660'000LL, 3 * 3600'000LL, 3 * 86'400'000LL})
                QTest::addRow("%llds at %d px", span / 1000, width) << span << width;
        }
    }
    void timeTicksNeverReadTwice()
    {
        QFETCH(qint64, spanMs);
        QFETCH(int, width);
        m_dashboard->resize(width, 800);
        const qint64 to = m_now + 1234; // not on a round second
        m_window->setRange(to - spanMs, to);
        QCoreApplication::processEvents();
        for (ChartPanel *panel : m_dashboard->panels()) {
            panel->refreshNow();
            QCoreApplication::processEvents();
            const QStringList labels = panel->chart()->timeAxisLabels();
            const QString what = QStringLiteral("%1: %2").arg(panel->metric(), labels.join(QLatin1String(" | ")));
            QVERIFY2(labels.size() >= 2, qPrintable(what));
            QVERIFY2(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size(), qPrintable(what));
            for (const QString &label : labels)
                QVERIFY2(!label.contains(QChar(0x2026)) && !label.contains(QLatin1String("...")), qPrintable(what));
        }
        m_window->reset();
    }

    // A series' only point, and a point between two gaps, have no line to show them: a dot does.
    void aPointWithNoNeighbourIsDrawn()
    {
        std::unique_ptr<TimeChart> chart(TimeChart::create());
        const qint64 t0 = m_now - 60'000;
        chart->setTimeRange(t0, t0 + 60'000);
        chart->setExportLayout(QSize(600, 300));
        // The chart lays itself out at its first paint: the images compared are from the second.
        const auto render = [&](const QVector<QPointF> &points, const QList<int> &breaks) {
            chart->setSeries({ChartSeries{QStringLiteral("s"), QStringLiteral("lab-pg"), points, breaks}});
            QImage image(600, 300, QImage::Format_ARGB32);
            for (int paint = 0; paint < 2; ++paint) {
                image.fill(Qt::white);
                QPainter painter(&image);
                chart->render(&painter, QRectF(image.rect()));
            }
            return image;
        };
        const auto differing = [](const QImage &a, const QImage &b) {
            int count = 0;
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x)
                    count += a.pixel(x, y) != b.pixel(x, y);
            }
            return count;
        };
        // Two points far apart on the value axis fix its range; the one under test is not among them.
        const QVector<QPointF> frame{{double(t0 + 1000), 0.0}, {double(t0 + 2000), 1.0}};
        const QImage without = render(frame, {});
        const QImage lone = render(frame + QVector<QPointF>{{double(t0 + 30'000), 0.5}}, {2});
        QVERIFY2(differing(without, lone) >= 20, qPrintable(QString::number(differing(without, lone))));
        // Between gaps: a break before each of the two points, so neither has a neighbour.
        const QImage between
            = render(frame + QVector<QPointF>{{double(t0 + 30'000), 0.5}, {double(t0 + 50'000), 0.5}}, {2, 3});
        QVERIFY2(differing(without, between) >= 40, qPrintable(QString::number(differing(without, between))));
    }

    // The incident report reads in the window's language, its headings and its table's words.
    void theReportReadsInTheWindowsLanguage()
    {
        QTemporaryDir dir;
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/pitwall/translations/pitwall_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QString error;
        const bool written = ReportWriter(m_session.get(), m_dashboard.get(), m_window.get()).write(dir.path(), &error);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        QVERIFY2(written, qPrintable(error));
        QFile index(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(QLatin1String("<html lang=\"de")));
        for (const char *heading : {"Profil", "Diagramme", "Alarme", "Langsame Abfragen"})
            QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(QLatin1String(heading))), heading);
        for (const char *english : {"<h2>Charts</h2>", "poll interval", "Sources as CSV", "<th>Address</th>"})
            QVERIFY2(!html.contains(QLatin1String(english)), english);
    }

    void chartsShareTheirTimeAndACrosshair()
    {
        ChartPanel *pool = m_dashboard->panel(QStringLiteral("pool_utilisation"));
        ChartPanel *cache = m_dashboard->panel(QStringLiteral("cache_hit_rate"));
        // Hovering one chart at a time puts the crosshair there on the others.
        const qint64 at = m_window->fromMs() + (m_window->toMs() - m_window->fromMs()) / 2;
        Q_EMIT pool->hovered(at);
        QCOMPARE(m_dashboard->currentPanel(), pool);
        const QImage crossed = cache->toImage(800);
        Q_EMIT pool->hovered(-1);
        const QImage plain = cache->toImage(800);
        QVERIFY(crossed != plain);
        // A keyboard zoom narrows every chart's range; reset brings back the live preset.
        m_window->zoom(0.5);
        QVERIFY(!m_window->isLive());
        QCOMPARE(m_window->span(), std::chrono::milliseconds(std::chrono::minutes(15)) / 2);
        m_window->pan(-0.25);
        m_window->reset();
        QVERIFY(m_window->isLive());
        QCOMPARE(m_window->span(), std::chrono::milliseconds(std::chrono::minutes(15)));
    }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TimeWindow> m_window;
    std::unique_ptr<DashboardView> m_dashboard;
    qint64 m_now = 0;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
