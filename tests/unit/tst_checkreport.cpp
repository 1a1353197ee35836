#include "checkreport.h"
#include "profileloader.h"

#include <QJsonArray>
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
        QVERIFY(text.contains(QLatin1String("EMERGENCY")));
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
        advice.recommendations << orders;
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
        const QJsonArray remarks = json.value(QLatin1String("remarks")).toArray();
        QCOMPARE(remarks.size(), 1);
        QCOMPARE(remarks.first().toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("index advisor: hypopg is not installed"));

        const QString text = report.toText();
        QVERIFY2(text.contains(QLatin1String("INDEX RECOMMENDATIONS")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("public.orders (customer_id)  cost 4098.1 → 41.9")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("no index helps  db: cold_data.filler ~~ '%zz%'")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("; 1 index recommendation(s)")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
