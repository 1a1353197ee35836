#include "checkreport.h"
#include "profileloader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Pitwall;
using namespace std::chrono_literals;

namespace {
Profile profile()
{
    auto loaded = ProfileLoader::parse("sources:\n"
                                       "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:6379/0'}\n"
                                       "  - {name: db, kind: postgres, url: 'postgresql://m@127.0.0.1/db'}\n"
                                       "  - {name: ch, kind: clickhouse, url: 'http://127.0.0.1:8123'}\n",
                                       QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
    return std::get<Profile>(loaded);
}

Sample sample(const char *source, const char *metric, double value)
{
    return Sample{{QLatin1String(source), QLatin1String(metric), {}}, 1000, value};
}

struct PerfItem
{
    QString label;
    double value = 0;
    QString uom;
    QString warn;
    QString crit;
    QString min;
    QString max;
};

/// The plugin guidelines' performance data, read strictly: space-separated
/// 'label'=value[UOM];[warn];[crit];[min];[max], quotes in a label doubled,
/// numbers of [-0-9.] (or U), warn and crit in the range format.
std::optional<QList<PerfItem>> parsePerfData(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]*\\.?[0-9]+$"));
    static const QRegularExpression valueAndUnit(QStringLiteral("^(-?[0-9]*\\.?[0-9]+|U)(s|us|ms|%|B|KB|MB|TB|c)?$"));
    static const QRegularExpression range(QStringLiteral("^@?(?:(?:~|-?[0-9]*\\.?[0-9]+)?:)?(?:-?[0-9]*\\.?[0-9]+)?$"));
    QList<PerfItem> items;
    int i = 0;
    while (i < text.size()) {
        PerfItem item;
        if (text[i] == QLatin1Char('\'')) {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt;
                if (text[i] == QLatin1Char('\'')) {
                    if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\'')) {
                        item.label += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                item.label += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != QLatin1Char('='))
                item.label += text[i++];
            if (item.label.contains(QLatin1Char(' ')) || item.label.contains(QLatin1Char('\'')))
                return std::nullopt;
        }
        if (i >= text.size() || text[i] != QLatin1Char('='))
            return std::nullopt;
        ++i;
        QString rest;
        while (i < text.size() && text[i] != QLatin1Char(' '))
            rest += text[i++];
        while (i < text.size() && text[i] == QLatin1Char(' '))
            ++i;
        const QStringList fields = rest.split(QLatin1Char(';'));
        if (fields.size() > 5)
            return std::nullopt;
        const auto match = valueAndUnit.match(fields[0]);
        if (!match.hasMatch())
            return std::nullopt;
        item.value = match.captured(1).toDouble();
        item.uom = match.captured(2);
        item.warn = fields.value(1);
        item.crit = fields.value(2);
        item.min = fields.value(3);
        item.max = fields.value(4);
        for (const auto &limit : {item.warn, item.crit})
            if (!range.match(limit).hasMatch())
                return std::nullopt;
        for (const auto &bound : {item.min, item.max})
            if (!bound.isEmpty() && !number.match(bound).hasMatch())
                return std::nullopt;
        items << item;
    }
    return items;
}
} // namespace

class TestCheckReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFollowsTheContract()
    {
        const Profile p = profile();
        CheckReport report(p, 30s);
        report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.52)});
        SlowQuery slow;
        slow.source = QStringLiteral("db");
        slow.query = QStringLiteral("SELECT 1 AS slow_critical FROM pg_sleep($1)");
        slow.meanMs = 6100;
        slow.calls = 3;
        report.addSlowQueries({slow});
        report.addError(QStringLiteral("ch"), QStringLiteral("connection refused (127.0.0.1:8123)"));

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QLatin1String("window_s")).toDouble(), 30.0);
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("emergency"));
        const QJsonObject result = json.value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        QCOMPARE(result.value(QLatin1String("kind")).toString(), QStringLiteral("redis"));
        QCOMPARE(result.value(QLatin1String("metric")).toString(), QStringLiteral("cache_hit_rate"));
        QVERIFY(result.value(QLatin1String("labels")).isObject());
        QCOMPARE(result.value(QLatin1String("value")).toDouble(), 0.52);
        QCOMPARE(result.value(QLatin1String("unit")).toString(), QStringLiteral("ratio"));
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("emergency"));
        const QJsonObject threshold = result.value(QLatin1String("threshold")).toObject();
        QCOMPARE(threshold.value(QLatin1String("direction")).toString(), QStringLiteral("below"));
        QCOMPARE(threshold.value(QLatin1String("warning")).toDouble(), 0.9);
        QCOMPARE(threshold.value(QLatin1String("critical")).toDouble(), 0.8);

        const QJsonObject slowJson = json.value(QLatin1String("slow_queries")).toArray().first().toObject();
        QCOMPARE(slowJson.value(QLatin1String("mean_ms")).toDouble(), 6100.0);
        QCOMPARE(slowJson.value(QLatin1String("calls")).toInt(), 3);
        QCOMPARE(slowJson.value(QLatin1String("running")).toBool(), false);
        QCOMPARE(slowJson.value(QLatin1String("status")).toString(), QStringLiteral("critical"));
        QCOMPARE(slowJson.value(QLatin1String("query")).toString(), slow.query);

        const QJsonObject error = json.value(QLatin1String("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QLatin1String("source")).toString(), QStringLiteral("ch"));
        QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("refused")));
    }

    void exitCodePrecedence()
    {
        const Profile p = profile();
        {
            CheckReport report(p, 30s);
            report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.97)});
            QCOMPARE(report.exitCode(), 0);
            QCOMPARE(report.status(), Level::Ok);
        }
        {
            CheckReport report(p, 30s);
            report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.85)});
            QCOMPARE(report.exitCode(), 1);
        }
        {
            // Unknown beats warning...
            CheckReport report(p, 30s);
            report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.85)});
            report.addError(QStringLiteral("ch"), QStringLiteral("down"));
            QCOMPARE(report.exitCode(), 3);
            QCOMPARE(report.status(), Level::Unknown);
        }
        {
            // ...and critical beats unknown.
            CheckReport report(p, 30s);
            report.addSamples(p.sources[1], {sample("db", "connections_active", 130)});
            report.addError(QStringLiteral("ch"), QStringLiteral("down"));
            QCOMPARE(report.exitCode(), 2);
            QCOMPARE(report.status(), Level::Critical);
        }
        {
            CheckReport report(p, 30s);
            report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.5)});
            QCOMPARE(report.exitCode(), 2);
            QCOMPARE(report.status(), Level::Emergency);
        }
    }

    void aSourceThatAnsweredWithNoSeriesIsNeverOk()
    {
        const Profile p = profile();
        CheckReport report(p, 30s);
        report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.97)});
        report.addSamples(p.sources[2], {}, {}, QStringLiteral("none of its 3 panels returned a series"));
        QCOMPARE(report.status(), Level::Unknown);
        QCOMPARE(report.exitCode(), 3);
        QCOMPARE(report.errors().size(), 1);
        QCOMPARE(report.errors().first().source, QStringLiteral("ch"));
        QCOMPARE(report.errors().first().message,
                 QStringLiteral("ch: answered, but with no series — none of its 3 panels returned a series"));
        QVERIFY(report.remarks().isEmpty());
        const QJsonArray errors = report.toJson().value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(report.toJson().value(QLatin1String("status")).toString(), QStringLiteral("unknown"));

        // With no reason given, it still says that nothing can be seen.
        CheckReport silent(p, 30s);
        silent.addSamples(p.sources[0], {});
        QCOMPARE(silent.exitCode(), 3);
        QVERIFY(silent.errors().first().message.startsWith(QLatin1String("cache: answered, but with no series")));
    }

    void notesAreTheirSeriesMessagesAndRemarksAreListed()
    {
        const Profile p = profile();
        CheckReport report(p, 30s);
        const Sample inactive{{QStringLiteral("db"),
                               QStringLiteral("cdc_slot_inactive_seconds"),
                               {{QStringLiteral("slot"), QStringLiteral("s")}}},
                              1000,
                              40};
        const Sample lag{
            {QStringLiteral("db"), QStringLiteral("cdc_lag_bytes"), {{QStringLiteral("slot"), QStringLiteral("s")}}},
            1000,
            5e6};
        const QString note = QStringLiteral("slot s: no consumer connected for 40 s, 5.0 MB retained");
        report.addSamples(p.sources[1], {inactive, lag}, {{inactive.key, note}},
                          QStringLiteral("pg_stat_statements is not installed in this database"));

        const QJsonObject json = report.toJson();
        const QJsonArray results = json.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("critical"));
        QCOMPARE(results[0].toObject().value(QLatin1String("message")).toString(), note);
        QVERIFY(!results[1].toObject().contains(QLatin1String("message")));
        const QJsonObject remark = json.value(QLatin1String("remarks")).toArray().first().toObject();
        QCOMPARE(remark.value(QLatin1String("source")).toString(), QStringLiteral("db"));
        QVERIFY(remark.value(QLatin1String("message")).toString().contains(QLatin1String("pg_stat_statements")));

        const QString text = report.toText();
        QVERIFY(text.contains(note));
        QVERIFY(text.contains(QLatin1String("db: pg_stat_statements is not installed")));
    }

    void textNamesEverything()
    {
        const Profile p = profile();
        CheckReport report(p, 30s);
        report.addSamples(p.sources[0], {sample("cache", "cache_hit_rate", 0.52)});
        report.addError(QStringLiteral("ch"), QStringLiteral("connection refused"));
        const QString text = report.toText();
        QVERIFY(text.contains(QLatin1String("cache_hit_rate")));
        QVERIFY(text.contains(QLatin1String("52.0 %")));
        QVERIFY(text.contains(QLatin1String("below 90.0 % / 80.0 % / 70.0 %")));
        QVERIFY(text.contains(QLatin1String("ch: connection refused")));
        QVERIFY2(text.startsWith(QLatin1String("PITWALL CRITICAL - ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("emergency")));
    }

    void textIsANagiosPluginsOutput_data()
    {
        QTest::addColumn<QList<Sample>>("samples");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("exitCode");

        const Sample labelled{{QStringLiteral("db"),
                               QStringLiteral("cdc_lag_bytes"),
                               {{QStringLiteral("slot"), QStringLiteral("o'brien |x= y")}}},
                              1000,
                              5e9};
        QTest::newRow("ok") << QList<Sample>{sample("cache", "cache_hit_rate", 0.97),
                                             sample("db", "connections_active", 3)}
                            << QStringList() << QStringLiteral("OK") << 0;
        QTest::newRow("warning") << QList<Sample>{sample("cache", "cache_hit_rate", 0.85),
                                                  sample("db", "cdc_lag_seconds", 1.25), labelled}
                                 << QStringList() << QStringLiteral("WARNING") << 1;
        QTest::newRow("critical and unreadable")
            << QList<Sample>{sample("db", "connections_active", 130), sample("db", "latency_p99_ms", 0.000125)}
            << QStringList{QStringLiteral("ch")} << QStringLiteral("CRITICAL") << 2;
        QTest::newRow("unknown") << QList<Sample>{sample("db", "pool_utilisation", 0.5)}
                                 << QStringList{QStringLiteral("ch")} << QStringLiteral("UNKNOWN") << 3;
        QTest::newRow("nothing read") << QList<Sample>{} << QStringList{QStringLiteral("cache"), QStringLiteral("ch")}
                                      << QStringLiteral("UNKNOWN") << 3;
    }

    void textIsANagiosPluginsOutput()
    {
        QFETCH(QList<Sample>, samples);
        QFETCH(QStringList, errors);
        QFETCH(QString, status);
        QFETCH(int, exitCode);
        const Profile p = profile();
        CheckReport report(p, 30s);
        report.addSamples(p.sources[1], samples);
        for (const auto &source : errors)
            report.addError(source, QStringLiteral("connection refused | try again"));
        SlowQuery slow;
        slow.source = QStringLiteral("db");
        slow.query = QStringLiteral("SELECT a || b FROM t");
        slow.meanMs = 12;
        slow.calls = 1;
        report.addSlowQueries({slow});
        QCOMPARE(report.exitCode(), exitCode);

        const QStringList lines = report.toText().split(QLatin1Char('\n'));
        // The guidelines: "SERVICE STATUS - text | perfdata" on the first line, long text below.
        static const QRegularExpression first(
            QStringLiteral("^PITWALL (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]+?)(?: \\| (.*))?$"));
        const auto match = first.match(lines.first());
        QVERIFY2(match.hasMatch(), qPrintable(lines.first()));
        QCOMPARE(match.captured(1), status);
        QVERIFY(!match.captured(2).trimmed().isEmpty());
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(!lines[i].contains(QLatin1Char('|')), qPrintable(lines[i]));
        QVERIFY(report.toText().contains(QLatin1String("SELECT a")));

        const auto items = parsePerfData(match.captured(3));
        QVERIFY2(items, qPrintable(match.captured(3)));
        QCOMPARE(items->size(), samples.size());
        for (int i = 0; i < samples.size(); ++i) {
            const Sample &expected = samples[i];
            const PerfItem &item = items->at(i);
            const ThresholdRule rule = p.thresholds.value(expected.key.metric);
            QString label = expected.key.source + QLatin1Char(' ') + expected.key.metric;
            QStringList labels;
            for (auto it = expected.key.labels.cbegin(); it != expected.key.labels.cend(); ++it)
                labels << it.key() + QLatin1Char('=') + it.value();
            if (!labels.isEmpty())
                label += QLatin1Char(' ') + labels.join(QLatin1Char(','));
            QCOMPARE(item.label, label);
            const double scale = rule.unit == QLatin1String("ratio") ? 100.0 : 1.0;
            QVERIFY2(qFuzzyCompare(1.0 + item.value, 1.0 + expected.value * scale),
                     qPrintable(QStringLiteral("%1: %2").arg(label).arg(item.value)));
            const QHash<QString, QString> uoms{{QStringLiteral("ratio"), QStringLiteral("%")},
                                               {QStringLiteral("ms"), QStringLiteral("ms")},
                                               {QStringLiteral("seconds"), QStringLiteral("s")},
                                               {QStringLiteral("bytes"), QStringLiteral("B")}};
            QCOMPARE(item.uom, uoms.value(rule.unit));
            const auto range = [&](const std::optional<double> &limit) {
                if (!limit || !rule.direction)
                    return QString();
                const QString number = QString::number(*limit * scale);
                return *rule.direction == ThresholdRule::Direction::Below ? number + QLatin1Char(':') : number;
            };
            QCOMPARE(item.warn, range(rule.warning));
            QCOMPARE(item.crit, range(rule.critical));
            if (item.uom == QLatin1String("%")) {
                QCOMPARE(item.min, QStringLiteral("0"));
                QCOMPARE(item.max, QStringLiteral("100"));
            }
        }
    }

    void recommendationsAreListedAndChangeNoVerdict()
    {
        const Profile p = profile();
        CheckReport report(p, 30s);
        report.addSamples(p.sources[1], {sample("db", "connections_active", 3)});
        IndexAdvice advice;
        advice.source = QStringLiteral("db");
        IndexRecommendation orders;
        orders.source = QStringLiteral("db");
        orders.database = QStringLiteral("lab");
        orders.schema = QStringLiteral("public");
        orders.table = QStringLiteral("orders");
        orders.columns = {QStringLiteral("customer_id")};
        orders.indexName = QStringLiteral("pitwall_orders_customer_id_idx");
        IndexRecommendation::Statement statement;
        statement.query = QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = $1");
        statement.calls = 120;
        statement.meanMs = 21.5;
        statement.costBefore = 4098.06;
        statement.costAfter = 41.94;
        orders.statements << statement;
        orders.estimatedSavingMs = 120 * 21.5 * (1 - 41.94 / 4098.06);
        orders.sizeBytes = 1'400'000;
        orders.updatedColumns = {QStringLiteral("customer_id")};
        orders.tableUpdates = 200;
        orders.hotUpdates = 150;
        advice.recommendations << orders;
        IndexAdvice::Droppable unused;
        unused.reason = IndexAdvice::Droppable::Reason::Duplicate;
        unused.database = QStringLiteral("lab");
        unused.schema = QStringLiteral("public");
        unused.table = QStringLiteral("orders");
        unused.index = QStringLiteral("orders_a");
        unused.coveredBy = QStringLiteral("public.orders_a_b");
        unused.sizeBytes = 8192;
        unused.tableWrites = 120;
        advice.droppable << unused;
        advice.skipped << IndexAdvice::Skipped{QStringLiteral("lab"), QStringLiteral("9"), QStringLiteral("SET x = $1"),
                                               QStringLiteral("a utility statement (SET)"), false};
        advice.unhelpable << IndexAdvice::Unhelpable{
            QStringLiteral("lab"), QStringLiteral("7"),
            QStringLiteral("SELECT count(*) FROM cold_data WHERE filler LIKE $1"),
            QStringLiteral("cold_data.filler ~~ '%zz%'"), QStringLiteral("a leading-wildcard LIKE")};
        IndexAdvice broken;
        broken.source = QStringLiteral("db2");
        broken.problem = QStringLiteral("hypopg is not installed");
        report.addAdvice(advice);
        report.addAdvice(broken);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(levelName(report.status()), QStringLiteral("ok"));

        const QJsonObject json = report.toJson();
        const QJsonArray recommendations = json.value(QLatin1String("recommendations")).toArray();
        QCOMPARE(recommendations.size(), 1);
        const QJsonObject first = recommendations.first().toObject();
        QCOMPARE(first.value(QLatin1String("statement")).toString(), statement.query);
        QCOMPARE(first.value(QLatin1String("table")).toString(), QStringLiteral("public.orders"));
        QCOMPARE(first.value(QLatin1String("columns")).toArray(), QJsonArray{QStringLiteral("customer_id")});
        QCOMPARE(first.value(QLatin1String("estimated_saving_ms")).toDouble(), orders.estimatedSavingMs);
        QCOMPARE(first.value(QLatin1String("cost_before")).toDouble(), 4098.06);
        QCOMPARE(first.value(QLatin1String("cost_after")).toDouble(), 41.94);
        QCOMPARE(first.value(QLatin1String("curated")).toBool(), false);
        QCOMPARE(first.value(QLatin1String("size_bytes")).toDouble(), 1'400'000.0);
        QCOMPARE(json.value(QLatin1String("unhelpable_predicates")).toArray().size(), 1);
        const QJsonObject hot = first.value(QLatin1String("ends_hot_updates")).toObject();
        QCOMPARE(hot.value(QLatin1String("updated_columns")).toArray(), QJsonArray{QStringLiteral("customer_id")});
        QCOMPARE(hot.value(QLatin1String("hot_update_ratio")).toDouble(), 0.75);
        const QJsonArray droppable = json.value(QLatin1String("droppable_indexes")).toArray();
        QCOMPARE(droppable.size(), 1);
        QCOMPARE(droppable.first().toObject().value(QLatin1String("index")).toString(),
                 QStringLiteral("public.orders_a"));
        QCOMPARE(droppable.first().toObject().value(QLatin1String("reason")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(droppable.first().toObject().value(QLatin1String("covered_by")).toString(),
                 QStringLiteral("public.orders_a_b"));
        QCOMPARE(droppable.first().toObject().value(QLatin1String("table_writes")).toDouble(), 120.0);
        const QJsonArray without = json.value(QLatin1String("statements_without_advice")).toArray();
        QCOMPARE(without.size(), 1);
        QCOMPARE(without.first().toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("a utility statement (SET)"));
        const QJsonArray remarks = json.value(QLatin1String("remarks")).toArray();
        QCOMPARE(remarks.size(), 1);
        QCOMPARE(remarks.first().toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("index advisor: hypopg is not installed"));

        const QString text = report.toText();
        QVERIFY2(text.contains(QLatin1String("INDEX RECOMMENDATIONS")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("public.orders (customer_id)  cost 4098.1 → 41.9")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("no index helps  db: cold_data.filler ~~ '%zz%'")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\n1 index recommendation(s)")), qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("PITWALL OK - ")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
