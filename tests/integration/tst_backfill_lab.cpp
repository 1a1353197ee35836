#include "chartpanel.h"
#include "collectorprobe.h"
#include "dashboardview.h"
#include "labenvironment.h"
#include "labhttp.h"
#include "mainwindow.h"
#include "metricstore.h"
#include "prometheuscollector.h"
#include "session.h"
#include "timewindow.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {
/// Prometheus' own query_range of @p promql: time (ms) → value, of the one series it returns.
QMap<qint64, double> queryRange(const LabEnvironment &lab, const QString &promql, qint64 startMs, qint64 endMs,
                                qint64 stepMs)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query_range").arg(lab.port(QStringLiteral("PROM_PORT"))));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    query.addQueryItem(QStringLiteral("start"), QString::number(double(startMs) / 1000.0, 'f', 3));
    query.addQueryItem(QStringLiteral("end"), QString::number(double(endMs) / 1000.0, 'f', 3));
    query.addQueryItem(QStringLiteral("step"), QString::number(double(stepMs) / 1000.0, 'f', 3));
    url.setQuery(query);
    QMap<qint64, double> points;
    const QJsonArray result = QJsonDocument::fromJson(LabHttp::get(url).body)
                                  .object()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("result"))
                                  .toArray();
    if (result.size() != 1)
        return points;
    for (const auto &item : result.first().toObject().value(QLatin1String("values")).toArray()) {
        const QJsonArray pair = item.toArray();
        points.insert(qint64(std::llround(pair.at(0).toDouble() * 1000.0)), pair.at(1).toString().toDouble());
    }
    return points;
}
} // namespace

class TestBackfillLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingMidIncidentShowsTheHistoryAtOnce()
    {
        PITWALL_REQUIRE_LAB(lab);
        const QString expression
            = QStringLiteral("(postgres_pool_size - postgres_pool_available) / postgres_pool_size");
        // Prometheus has collected for a while: at least two minutes of the pool's history.
        QTRY_VERIFY_WITH_TIMEOUT(!LabHttp::prometheus(lab, QStringLiteral("postgres_pool_size offset 2m")).isEmpty(),
                                 150'000);

        const Profile profile = profileFrom(
            QStringLiteral("interval: 5s\nsources:\n  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:%1'}\n")
                .arg(lab.port(QStringLiteral("PROM_PORT"))));
        Session session(profile, QString());
        MainWindow window;
        window.timeWindow()->setSpan(std::chrono::minutes(15));
        QSignalSpy backfilled(&session, &Session::backfilled);
        const qint64 opened = QDateTime::currentMSecsSinceEpoch();
        window.setSession(&session); // asks for the shown range's history
        window.show();
        session.start();
        QVERIFY(backfilled.wait(20'000));
        QVERIFY2(backfilled.first().at(2).toString().isEmpty(), qPrintable(backfilled.first().at(2).toString()));
        QCOMPARE(backfilled.first().at(0).toString(), QStringLiteral("prom"));

        const SeriesKey pool{QStringLiteral("prom"),
                             QStringLiteral("pool_utilisation"),
                             {{QStringLiteral("job"), QStringLiteral("app")},
                              {QStringLiteral("instance"),
                               QStringLiteral("127.0.0.1:%1").arg(lab.port(QStringLiteral("APP_METRICS_PORT")))}}};
        const auto history = session.store()->points(pool, 0, opened);
        qInfo("%lld points of pool utilisation from before Pitwall opened, the oldest %lld s before",
              qlonglong(history.size()), qlonglong(history.isEmpty() ? 0 : (opened - history.first().timeMs) / 1000));
        QVERIFY(history.size() >= 20);
        QVERIFY(opened - history.first().timeMs >= 120'000);
        QVERIFY(history.first().timeMs >= window.timeWindow()->fromMs() - 15'000);

        // The same points Prometheus answers the test's own query_range with, step for step.
        const qint64 step = PrometheusCollector::backfillStepMs(15 * 60'000, std::clamp(window.width(), 600, 3840),
                                                                profile.interval.count());
        // A scrape missed on a loaded machine leaves a gap in Prometheus' own answer too:
        // the step is the closest spacing, not the first one.
        qint64 spacing = std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < history.size(); ++i)
            spacing = std::min(spacing, history[i].timeMs - history[i - 1].timeMs);
        QCOMPARE(step, spacing);
        const auto expected = queryRange(lab, expression, history.first().timeMs, history.last().timeMs, step);
        QCOMPARE(expected.size(), history.size());
        for (const auto &point : history)
            QCOMPARE(expected.value(point.timeMs, -1), point.value);

        // And the chart shows them: the pool utilisation panel's line begins before Pitwall opened.
        ChartPanel *panel = window.dashboard()->panels().first();
        QCOMPARE(panel->metric(), QStringLiteral("pool_utilisation"));
        panel->refreshNow();
        const auto shown = panel->shownSeries();
        const auto line = std::find_if(shown.cbegin(), shown.cend(),
                                       [&](const ChartSeries &series) { return series.id == pool.toString(); });
        QVERIFY(line != shown.cend());
        QVERIFY(!line->points.isEmpty());
        QVERIFY(line->points.first().x() <= double(opened - 120'000));

        // Widening the range asks for only what was not asked yet.
        backfilled.clear();
        const qint64 previousOldest = history.first().timeMs;
        window.timeWindow()->setSpan(std::chrono::hours(1));
        QVERIFY(backfilled.wait(20'000));
        const auto wider = session.store()->points(pool, 0, opened);
        QVERIFY(wider.size() >= history.size());
        QVERIFY(wider.first().timeMs <= previousOldest);
        session.stop();
    }
};

QTEST_MAIN(TestBackfillLab)
#include "tst_backfill_lab.moc"
