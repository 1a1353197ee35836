#include "exposition.h"

#include <QtTest>

#include <cmath>

using namespace Pitwall;

class TestExposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFormat()
    {
        const QByteArray text = "# HELP cache_hits_total Cache hits by type\n"
                                "# TYPE cache_hits_total counter\n"
                                "cache_hits_total{cache_type=\"orders\"} 1027\n"
                                "cache_hits_total{cache_type=\"users\",region=\"eu\"} 3 1700000000000\n"
                                "# a free comment\n"
                                "# TYPE postgres_pool_size gauge\n"
                                "postgres_pool_size 10\n"
                                "weird{path=\"C:\\\\dir\\\\\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\"} -1.5e3\r\n"
                                "nan_metric NaN\n"
                                "pinf +Inf\n"
                                "ninf -Inf\n"
                                "spaces_in_labels{ a = \"1\" , b=\"2\", } 7\n";
        const auto exposition = Exposition::parse(text);
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(QLatin1Char('\n'))));
        QCOMPARE(exposition.series.size(), 8);
        QCOMPARE(exposition.types.value(QStringLiteral("cache_hits_total")), QStringLiteral("counter"));
        QCOMPARE(exposition.types.value(QStringLiteral("postgres_pool_size")), QStringLiteral("gauge"));

        const auto hits = exposition.named(QStringLiteral("cache_hits_total"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].labels.value(QStringLiteral("cache_type")), QStringLiteral("orders"));
        QCOMPARE(hits[0].value, 1027.0);
        QVERIFY(!hits[0].timestampMs);
        QCOMPARE(*hits[1].timestampMs, 1700000000000);
        QCOMPARE(hits[1].labels.value(QStringLiteral("region")), QStringLiteral("eu"));

        const auto weird = exposition.named(QStringLiteral("weird")).first();
        QCOMPARE(weird.labels.value(QStringLiteral("path")), QStringLiteral("C:\\dir\\"));
        QCOMPARE(weird.labels.value(QStringLiteral("quote")), QStringLiteral("say \"hi\""));
        QCOMPARE(weird.labels.value(QStringLiteral("nl")), QStringLiteral("a\nb"));
        QCOMPARE(weird.value, -1500.0);
        QVERIFY(std::isnan(exposition.named(QStringLiteral("nan_metric")).first().value));
        QVERIFY(std::isinf(exposition.named(QStringLiteral("pinf")).first().value));
        QVERIFY(exposition.named(QStringLiteral("ninf")).first().value < 0);
        QCOMPARE(exposition.named(QStringLiteral("spaces_in_labels")).first().labels.size(), 2);
    }

    void keepsGoodLinesAndReportsBadOnes()
    {
        const auto exposition = Exposition::parse("good 1\n"
                                                  "{no_name=\"x\"} 1\n"
                                                  "unclosed{a=\"x 1\n"
                                                  "no_value{a=\"x\"}\n"
                                                  "bad_ts 1 soon\n"
                                                  "also_good{a=\"b\"} 2\n");
        QCOMPARE(exposition.series.size(), 2);
        QCOMPARE(exposition.errors.size(), 4);
        QVERIFY(exposition.errors[0].startsWith(QLatin1String("line 2: ")));
        QVERIFY(exposition.errors[3].contains(QLatin1String("timestamp")));
    }

    void histogramQuantileInterpolates()
    {
        // 100 observations: 50 ≤ 0.1 s, 90 ≤ 0.5 s, 100 ≤ 1 s.
        const QList<QPair<double, double>> buckets{{0.1, 50}, {0.5, 90}, {1.0, 100}, {INFINITY, 100}};
        QCOMPARE(*histogramQuantile(0.5, buckets), 0.1);
        QCOMPARE(*histogramQuantile(0.7, buckets), 0.1 + 0.4 * (70.0 - 50.0) / 40.0);
        QCOMPARE(*histogramQuantile(0.95, buckets), 0.5 + 0.5 * 0.5);
        QCOMPARE(*histogramQuantile(0.25, buckets), 0.05);
        // The rank falls into +Inf: the last finite bound is the answer.
        QCOMPARE(*histogramQuantile(0.99, QList<QPair<double, double>>{{0.1, 50}, {INFINITY, 100}}), 0.1);
        QVERIFY(!histogramQuantile(0.99, QList<QPair<double, double>>{{0.1, 0}, {INFINITY, 0}}));
        QVERIFY(!histogramQuantile(0.99, QList<QPair<double, double>>{{0.1, 5}}));
    }
};

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
