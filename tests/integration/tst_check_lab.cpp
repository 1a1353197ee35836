#include "labenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

namespace {
struct CheckOutput
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray raw;
};

CheckOutput runCheck(const Test::LabEnvironment &lab, const QString &profile, const QString &window)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PITWALL_BINARY),
                  {QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--window"), window,
                   QStringLiteral("--json")});
    CheckOutput output;
    if (!process.waitForFinished(120'000))
        return output;
    output.exitCode = process.exitCode();
    output.raw = process.readAllStandardOutput();
    output.json = QJsonDocument::fromJson(output.raw).object();
    return output;
}

int expectedExitCode(const QJsonObject &json)
{
    const QString status = json.value(QLatin1String("status")).toString();
    if (status == QLatin1String("critical") || status == QLatin1String("emergency"))
        return 2;
    if (status == QLatin1String("unknown"))
        return 3;
    return status == QLatin1String("warning") ? 1 : 0;
}
} // namespace

class TestCheckLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFollowsTheContractOnTheLab()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto output = runCheck(lab, lab.profilePath(), QStringLiteral("6s"));
        QVERIFY2(!output.json.isEmpty(), output.raw.constData());
        const QJsonObject &json = output.json;
        QCOMPARE(json.value(QLatin1String("window_s")).toDouble(), 6.0);
        const QSet<QString> statuses{QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("critical"),
                                     QStringLiteral("emergency"), QStringLiteral("unknown")};
        QVERIFY(statuses.contains(json.value(QLatin1String("status")).toString()));
        QCOMPARE(output.exitCode, expectedExitCode(json));
        const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors).toJson(QJsonDocument::Compact).constData());

        QSet<QString> kinds;
        QSet<QString> metrics;
        for (const auto &item : json.value(QLatin1String("results")).toArray()) {
            const QJsonObject result = item.toObject();
            for (const char *field : {"source", "kind", "metric", "labels", "value", "unit", "status"})
                QVERIFY2(result.contains(QLatin1String(field)), field);
            QVERIFY(statuses.contains(result.value(QLatin1String("status")).toString()));
            QVERIFY(result.value(QLatin1String("labels")).isObject());
            QVERIFY(result.value(QLatin1String("value")).isDouble());
            if (result.contains(QLatin1String("threshold"))) {
                const QString direction
                    = result.value(QLatin1String("threshold")).toObject().value(QLatin1String("direction")).toString();
                QVERIFY(direction == QLatin1String("above") || direction == QLatin1String("below"));
            }
            kinds.insert(result.value(QLatin1String("kind")).toString());
            metrics.insert(result.value(QLatin1String("metric")).toString());
        }
        // Every kind of source in the lab reported something.
        const QByteArray seen = QStringList(kinds.values()).join(QLatin1Char(' ')).toUtf8() + " / "
            + QStringList(metrics.values()).join(QLatin1Char(' ')).toUtf8();
        for (const char *kind : {"postgres", "pgbouncer", "redis", "clickhouse", "prometheus", "metrics", "sqlite"})
            QVERIFY2(kinds.contains(QLatin1String(kind)),
                     QByteArray(QByteArray(kind) + " missing; seen: " + seen).constData());
        for (const char *metric : {"pool_utilisation", "cache_hit_rate", "connections_active", "active_parts",
                                   "cdc_lag_bytes", "memory_utilisation", "sqlite_wal_bytes", "sqlite_freelist_ratio"})
            QVERIFY2(metrics.contains(QLatin1String(metric)),
                     QByteArray(QByteArray(metric) + " missing; seen: " + seen).constData());

        for (const auto &item : json.value(QLatin1String("slow_queries")).toArray()) {
            const QJsonObject slow = item.toObject();
            for (const char *field : {"source", "query", "mean_ms", "calls", "running", "status"})
                QVERIFY2(slow.contains(QLatin1String(field)), field);
        }
    }

    void everyCommandTakesTheLanguage()
    {
        // --lang comes before or after the command, and the command's own messages follow it.
        const auto usageError = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(PITWALL_BINARY), arguments);
            if (!process.waitForFinished(30'000))
                return qMakePair(-1, QString());
            return qMakePair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()).trimmed());
        };
        const QStringList check{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("p.yaml"),
                                QStringLiteral("--window"), QStringLiteral("0s")};
        const auto english = usageError(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + check);
        const auto before = usageError(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + check);
        const auto after = usageError(check + QStringList{QStringLiteral("--lang=de")});
        // check is a Nagios plugin: a usage error is UNKNOWN.
        QCOMPARE(english.first, 3);
        QVERIFY2(english.second.contains(QLatin1String("--window")), qPrintable(english.second));
        for (const auto &german : {before, after}) {
            QCOMPARE(german.first, 3);
            QVERIFY2(german.second.contains(QLatin1String("--window")), qPrintable(german.second));
            QVERIFY2(german.second != english.second, qPrintable(german.second));
        }
        QCOMPARE(after.second, before.second);
    }

    void usageAndProfileErrorsAreUnknownForCheckOnly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("pluginLine");
        const QString good = QStringLiteral("sources:\n  - {name: c, kind: redis, url: 'redis://127.0.0.1:1/0'}\n");
        const QString refused = QStringLiteral("sources:\n  - {name: c, kind: redis, url: 'redis://127.0.0.1:1/0', "
                                               "colour: blue}\n");
        const QString secret = QStringLiteral("sources:\n  - {name: db, kind: postgres, "
                                              "url: 'postgresql://u:hunter2@127.0.0.1/db'}\n");
        QTest::newRow("check: unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--windwo"),
                                                              QStringLiteral("3s"), QStringLiteral("--profile")}
                                               << good << 3 << true;
        QTest::newRow("check: bad window") << QStringList{QStringLiteral("check"), QStringLiteral("--window"),
                                                          QStringLiteral("soon"), QStringLiteral("--profile")}
                                           << good << 3 << true;
        QTest::newRow("check: refused profile")
            << QStringList{QStringLiteral("check"), QStringLiteral("--profile")} << refused << 3 << true;
        QTest::newRow("check --json: password in the profile")
            << QStringList{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile")} << secret
            << 3 << false;
        QTest::newRow("serve: refused profile")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--profile")} << refused << 78 << false;
        QTest::newRow("serve: unknown option") << QStringList{QStringLiteral("serve"), QStringLiteral("--lisen"),
                                                              QStringLiteral("x"), QStringLiteral("--profile")}
                                               << good << 64 << false;
        // The dashboard refuses a typo rather than opening anyway (QT_QPA_PLATFORM=offscreen here).
        QTest::newRow("gui: unknown option")
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("--profile")} << good << 64 << false;
        QTest::newRow("gui: a window that is no duration")
            << QStringList{QStringLiteral("--window"), QStringLiteral("soon"), QStringLiteral("--profile")} << good
            << 64 << false;
        QTest::newRow("gui: unknown short option")
            << QStringList{QStringLiteral("--open"), QStringLiteral("-x"), QStringLiteral("--profile")} << good << 64
            << false;
    }

    void usageAndProfileErrorsAreUnknownForCheckOnly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, profile);
        QFETCH(int, exitCode);
        QFETCH(bool, pluginLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profile.toUtf8());
        file.close();
        QProcess process;
        process.start(QStringLiteral(PITWALL_BINARY), arguments + QStringList{path});
        QVERIFY(process.waitForFinished(30'000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(!err.trimmed().isEmpty(), "the reason goes to stderr");
        if (pluginLine) {
            QVERIFY2(out.startsWith(QLatin1String("PITWALL UNKNOWN - ")), qPrintable(out));
            QCOMPARE(out.count(QLatin1Char('\n')), 1);
            QVERIFY(!out.mid(18).contains(QLatin1Char('|')));
        } else {
            QVERIFY2(out.isEmpty(), qPrintable(out));
        }
        QVERIFY(!out.contains(QLatin1String("hunter2")) && !err.contains(QLatin1String("hunter2")));
    }

    void textIsANagiosPluginsOnTheLab()
    {
        PITWALL_REQUIRE_LAB(lab);
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PITWALL_BINARY),
                      {QStringLiteral("check"), QStringLiteral("--profile"), lab.profilePath(),
                       QStringLiteral("--window"), QStringLiteral("2s")});
        QVERIFY(process.waitForFinished(120'000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const QString first = text.section(QLatin1Char('\n'), 0, 0);
        static const QRegularExpression line(QStringLiteral(
            "^PITWALL (OK|WARNING|CRITICAL|UNKNOWN) - [^|]+ \\| ('(?:[^']|'')+'=[-0-9.]+(s|ms|%|B)?(;[-0-9.:~@]*){0,4}"
            "( |$))+$"));
        const auto match = line.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        const QStringList statuses{QStringLiteral("OK"), QStringLiteral("WARNING"), QStringLiteral("CRITICAL"),
                                   QStringLiteral("UNKNOWN")};
        QCOMPARE(statuses.indexOf(match.captured(1)), process.exitCode());
        // One perfdata item per result; the details follow on the lines below.
        const int items = int(first.section(QLatin1String(" | "), 1).count(QLatin1String("'=")));
        const QStringList lines = text.split(QLatin1Char('\n'));
        int rows = 0;
        for (int i = 2; i < lines.size() && !lines[i].isEmpty(); ++i)
            rows += lines[i].startsWith(QLatin1Char(' ')) ? 0 : 1;
        QVERIFY2(items > 10, qPrintable(first));
        QCOMPARE(items, rows);
        QVERIFY2(text.section(QLatin1Char('\n'), 1, 1).startsWith(QLatin1String("STATUS")), qPrintable(text));
    }

    void aClosedPortIsReportedWhileTheOthersReport()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.yaml"));
        QFile profile(path);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(
            QStringLiteral("interval: 2s\n"
                           "sources:\n"
                           "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n"
                           "  - {name: db, kind: postgres, url: 'postgresql://pitwall_monitor@127.0.0.1:%2/lab'}\n"
                           "  - {name: gone, kind: redis, url: 'redis://127.0.0.1:1/0'}\n")
                .arg(lab.port(QStringLiteral("REDIS_PORT")))
                .arg(lab.port(QStringLiteral("PG_PORT")))
                .toUtf8());
        profile.close();

        const auto output = runCheck(lab, path, QStringLiteral("3s"));
        QVERIFY2(!output.json.isEmpty(), output.raw.constData());
        const QJsonArray errors = output.json.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(QLatin1String("source")).toString(), QStringLiteral("gone"));
        QCOMPARE(
            error.value(QLatin1String("message")).toString(),
            QStringLiteral("redis `gone` (127.0.0.1:1): cannot connect: connection refused — is the server running?"));

        QSet<QString> reporting;
        for (const auto &item : output.json.value(QLatin1String("results")).toArray())
            reporting.insert(item.toObject().value(QLatin1String("source")).toString());
        QCOMPARE(reporting, (QSet<QString>{QStringLiteral("cache"), QStringLiteral("db")}));

        // Critical beats unknown; otherwise an unreadable source makes it unknown.
        const QString status = output.json.value(QLatin1String("status")).toString();
        QVERIFY2(status == QLatin1String("unknown") || status == QLatin1String("critical")
                     || status == QLatin1String("emergency"),
                 qPrintable(status));
        QCOMPARE(output.exitCode, expectedExitCode(output.json));
    }

    void aSourceThatAnswersWithNoSeriesIsUnknown()
    {
        PITWALL_REQUIRE_LAB(lab);
        // The postgres exporter's /metrics answers, and holds none of the series
        // a metrics source reads (no pool gauges, cache counters or histograms).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.yaml"));
        QFile profile(path);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(QStringLiteral("interval: 2s\n"
                                     "sources:\n"
                                     "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n"
                                     "  - {name: blank, kind: metrics, url: 'http://127.0.0.1:%2/metrics'}\n")
                          .arg(lab.port(QStringLiteral("REDIS_PORT")))
                          .arg(lab.port(QStringLiteral("PG_EXPORTER_PORT")))
                          .toUtf8());
        profile.close();

        const auto output = runCheck(lab, path, QStringLiteral("2s"));
        QVERIFY2(!output.json.isEmpty(), output.raw.constData());
        const QJsonArray errors = output.json.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(QLatin1String("source")).toString(), QStringLiteral("blank"));
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(QLatin1String("no series")),
                 output.raw.constData());
        for (const auto &item : output.json.value(QLatin1String("results")).toArray())
            QCOMPARE(item.toObject().value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        // Never OK while a source gave nothing: unknown, unless something is critical.
        const QString status = output.json.value(QLatin1String("status")).toString();
        QVERIFY2(status == QLatin1String("unknown") || status == QLatin1String("critical")
                     || status == QLatin1String("emergency"),
                 qPrintable(status));
        QCOMPARE(output.exitCode, expectedExitCode(output.json));
        QVERIFY(output.exitCode >= 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckLab)
#include "tst_check_lab.moc"
