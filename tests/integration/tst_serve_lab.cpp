#include "exposition.h"
#include "labenvironment.h"
#include "labhttp.h"
#include "profileloader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

/// A series by its labels, as a sorted "k=v,…" string. As Prometheus stores it, the target's
/// job and instance are its own, and the series' job and instance are exported_job and
/// exported_instance: the first are left out, the others renamed back.
QString identity(Labels labels, bool scraped, bool named = false)
{
    if (!named)
        labels.remove(QStringLiteral("__name__"));
    if (scraped) {
        labels.remove(QStringLiteral("job"));
        labels.remove(QStringLiteral("instance"));
    }
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString key = it.key();
        if (key == QLatin1String("exported_job") || key == QLatin1String("exported_instance"))
            key = key.mid(9);
        parts << key + QLatin1Char('=') + it.value();
    }
    parts.sort();
    return parts.join(QLatin1Char(','));
}

/// name → identity → value, from what `serve` answers on its own /metrics.
QHash<QString, double> served(const QByteArray &text, const QString &name)
{
    QHash<QString, double> values;
    for (const auto &series : Exposition::parse(text).named(name))
        values.insert(identity(series.labels, false), series.value);
    return values;
}

/// Every metric's series (not source_up, not threshold_level): name and identity → value.
QHash<QString, double> servedMetrics(const QByteArray &text)
{
    QHash<QString, double> values;
    for (const auto &series : Exposition::parse(text).series) {
        if (series.name.startsWith(QLatin1String("pitwall_")) && series.name != QLatin1String("pitwall_source_up")
            && series.name != QLatin1String("pitwall_threshold_level")) {
            Labels labels = series.labels;
            labels.insert(QStringLiteral("__name__"), series.name);
            values.insert(identity(labels, false, true), series.value);
        }
    }
    return values;
}

/// The same, as the lab's Prometheus has them from its `pitwall` job.
QHash<QString, double> queried(const LabEnvironment &lab, const QString &selector, bool named = false)
{
    QHash<QString, double> values;
    const QString query = named ? selector : selector + QStringLiteral("{job=\"pitwall\"}");
    for (const auto &item : LabHttp::prometheus(lab, query)) {
        const QJsonObject series = item.toObject();
        Labels labels;
        const QJsonObject metric = series.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        values.insert(identity(labels, true, named),
                      series.value(QLatin1String("value")).toArray().at(1).toString().toDouble());
    }
    return values;
}

/// The pitwall job's target as Prometheus sees it: health and the time of its last scrape.
QPair<QString, QDateTime> target(const LabEnvironment &lab)
{
    const auto answer = LabHttp::get(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/targets").arg(lab.port(QStringLiteral("PROM_PORT")))));
    const QJsonArray targets = QJsonDocument::fromJson(answer.body)
                                   .object()
                                   .value(QLatin1String("data"))
                                   .toObject()
                                   .value(QLatin1String("activeTargets"))
                                   .toArray();
    for (const auto &item : targets) {
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("labels")).toObject().value(QLatin1String("job")).toString()
            == QLatin1String("pitwall"))
            return {object.value(QLatin1String("health")).toString(),
                    QDateTime::fromString(object.value(QLatin1String("lastScrape")).toString(), Qt::ISODateWithMs)};
    }
    return {};
}

} // namespace

class TestServeLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatItWouldNotListenOnExactly()
    {
        QProcess serve;
        serve.start(QStringLiteral(PITWALL_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--profile"), QStringLiteral("/nonexistent.yaml"),
                     QStringLiteral("--listen"), QStringLiteral("9464")});
        QVERIFY(serve.waitForFinished(10'000));
        QCOMPARE(serve.exitCode(), 64);
        QVERIFY(serve.readAllStandardError().contains("--listen takes an IP address and a port"));
    }

    void theLabsPrometheusScrapesServe()
    {
        PITWALL_REQUIRE_LAB(lab);
        // The lab's profile, polled every 30 s: between two polls the values hold still, so what
        // Prometheus scraped can be compared with what serve shows.
        QFile labProfile(lab.profilePath());
        QVERIFY(labProfile.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(labProfile.readAll());
        text.replace(QRegularExpression(QStringLiteral("(?m)^interval: .*$")), QStringLiteral("interval: 30s"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab-profile.yaml"));
        QFile profile(path);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(text.toUtf8());
        profile.close();

        const int port = lab.port(QStringLiteral("PITWALL_SERVE_PORT"));
        QProcess serve;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
        serve.setProcessEnvironment(environment);
        serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        serve.start(QStringLiteral(PITWALL_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--profile"), path, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(port)});
        const auto stop = qScopeGuard([&] {
            serve.terminate();
            if (!serve.waitForFinished(10'000))
                serve.kill();
        });
        QVERIFY(serve.waitForReadyRead(10'000));
        const QByteArray banner = serve.readAllStandardOutput();
        QVERIFY2(banner.contains(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port).toUtf8()), banner.constData());

        // It listens where it was told and nowhere else.
        const QUrl metrics(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        QTRY_COMPARE_WITH_TIMEOUT(LabHttp::get(metrics, 1000).status, 200, 10'000);
        QProcess sockets;
        sockets.start(QStringLiteral("ss"), {QStringLiteral("-ltnpH")});
        QVERIFY(sockets.waitForFinished());
        const QString listening = QString::fromUtf8(sockets.readAllStandardOutput());
        for (const auto &line : listening.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("pid=%1,").arg(serve.processId())))
                QVERIFY2(line.contains(QStringLiteral(" 127.0.0.1:%1 ").arg(port)), qPrintable(line));
        }

        // Every source polled once: its pitwall_source_up is there.
        const auto loaded = ProfileLoader::load(path);
        QVERIFY(std::holds_alternative<Profile>(loaded));
        const qsizetype sources = std::get<Profile>(loaded).sources.size();
        QHash<QString, double> up;
        QTRY_VERIFY_WITH_TIMEOUT((up = served(LabHttp::get(metrics).body, QStringLiteral("pitwall_source_up"))).size()
                                         == sources
                                     && std::all_of(up.cbegin(), up.cend(), [](double v) { return v == 1; }),
                                 20'000);
        QTest::qWait(2000); // the last poll's samples are in
        const QDateTime polled = QDateTime::currentDateTimeUtc();
        const QByteArray snapshot = LabHttp::get(metrics).body;
        const auto values = servedMetrics(snapshot);
        const auto levels = served(snapshot, QStringLiteral("pitwall_threshold_level"));
        QVERIFY(values.size() > 20);
        QVERIFY(!levels.isEmpty());

        // Prometheus scrapes it (every 5 s) after that.
        QTRY_VERIFY_WITH_TIMEOUT(target(lab).first == QLatin1String("up") && target(lab).second > polled, 30'000);
        const auto scrapedValues = queried(
            lab,
            QStringLiteral(
                "{job=\"pitwall\",__name__=~\"pitwall_.+\",__name__!~\"pitwall_(source_up|threshold_level)\"}"),
            true);
        const auto scrapedLevels = queried(lab, QStringLiteral("pitwall_threshold_level"));
        const QByteArray later = LabHttp::get(metrics).body;
        QVERIFY2(servedMetrics(later) == values, "serve polled again during the test");
        // One name per quantity, each in its unit: no gauge mixing them.
        QVERIFY(served(snapshot, QStringLiteral("pitwall_metric")).isEmpty());
        QSet<QString> names;
        for (auto it = values.keyBegin(); it != values.keyEnd(); ++it)
            names.insert(it->section(QLatin1String("__name__="), 1).section(QLatin1Char(','), 0, 0));
        for (const char *name :
             {"pitwall_cache_hit_ratio", "pitwall_pool_utilisation_ratio", "pitwall_cdc_lag_bytes",
              "pitwall_connections_active", "pitwall_active_parts", "pitwall_memory_utilisation_ratio"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        for (const auto &name : names)
            QVERIFY2(!name.endsWith(QLatin1String("_ms")) && !name.endsWith(QLatin1String("_rate")), qPrintable(name));

        qInfo("%lld series of pitwall metrics and %lld of pitwall_threshold_level, queried back from Prometheus",
              qlonglong(scrapedValues.size()), qlonglong(scrapedLevels.size()));
        QCOMPARE(scrapedValues.size(), values.size());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QVERIFY2(scrapedValues.value(it.key(), -1) == it.value(), qPrintable(it.key()));
        QCOMPARE(scrapedLevels, levels);

        // The lab's metrics, normalised: the app's pool through Prometheus and directly, ClickHouse's parts.
        const QString app = QStringLiteral("127.0.0.1:%1").arg(lab.port(QStringLiteral("APP_METRICS_PORT")));
        QVERIFY(scrapedValues.contains(
            QStringLiteral("__name__=pitwall_pool_utilisation_ratio,instance=%1,job=app,source=lab-prometheus")
                .arg(app)));
        QVERIFY(scrapedValues.contains(QStringLiteral("__name__=pitwall_pool_utilisation_ratio,source=lab-app")));
        QVERIFY(std::any_of(scrapedLevels.keyBegin(), scrapedLevels.keyEnd(), [](const QString &key) {
            return key.contains(QLatin1String("metric=active_parts,"))
                && key.contains(QLatin1String("source=lab-clickhouse"));
        }));
        for (const double level : scrapedLevels)
            QVERIFY(level >= 0 && level <= 3);

        // SIGTERM ends it cleanly.
        serve.terminate();
        QVERIFY(serve.waitForFinished(15'000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServeLab)
#include "tst_serve_lab.moc"
