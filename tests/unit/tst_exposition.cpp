#include "exposition.h"

#include <QFile>
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

    void keepsTheFirstErrorsAndCountsThemAll()
    {
        // A page of HTML where the metrics were expected: every line wrong, one good.
        QByteArray text = "good 1\n";
        for (int i = 0; i < 1000; ++i)
            text += "<td>not a metric</td>\n";
        const auto exposition = Exposition::parse(text);
        QCOMPARE(exposition.series.size(), 1);
        QCOMPARE(exposition.errorCount, 1000);
        QCOMPARE(exposition.errors.size(), Exposition::maxErrors);
        QVERIFY2(exposition.errors.last().startsWith(QLatin1String("line 101: ")),
                 qPrintable(exposition.errors.last()));
    }

    void aFamilyFollowsTheTypeLinesSeenSoFar()
    {
        // The same name before and after its family's TYPE line: a bucket only after it.
        const auto exposition = Exposition::parse("latency_bucket{le=\"1\"} 1\n"
                                                  "# TYPE latency histogram\n"
                                                  "latency_bucket{le=\"1\"} 2\n"
                                                  "latency_bucket{le=\"soon\"} 3\n"
                                                  "latency_bucket{code=\"200\"} 4\n");
        QCOMPARE(exposition.series.size(), 2);
        QCOMPARE(exposition.series.at(0).family, QStringLiteral("latency_bucket"));
        QCOMPARE(exposition.series.at(1).family, QStringLiteral("latency"));
        QCOMPARE(exposition.series.at(1).value, 2.0);
        QCOMPARE(exposition.errorCount, 2);
        QVERIFY2(exposition.errors[0].startsWith(QLatin1String("line 4: a histogram bucket needs")),
                 qPrintable(exposition.errors[0]));
        QVERIFY2(exposition.errors[1].startsWith(QLatin1String("line 5: a histogram bucket needs")),
                 qPrintable(exposition.errors[1]));
    }

    void labelsAreReadFromTheKeptPayload()
    {
        // The text the parse was given is gone; the payload it kept is not.
        Exposition exposition;
        {
            QByteArray text = "# TYPE q summary\nq{quantile=\"0.99\",path=\"a\\\\b\\\"c\\nd\"} 5 -7\n";
            exposition = Exposition::parse(text);
            text.fill('x');
        }
        const auto q = exposition.named(QStringLiteral("q"));
        QCOMPARE(q.size(), 1);
        QCOMPARE(q[0].labels.value(QStringLiteral("path")), QStringLiteral("a\\b\"c\nd"));
        QCOMPARE(q[0].labels.value(QStringLiteral("quantile")), QStringLiteral("0.99"));
        QCOMPARE(*q[0].timestampMs, -7);
        QVERIFY(exposition.named(QStringLiteral("absent")).isEmpty());
    }

    void readsTheEdgeCasesFile()
    {
        QFile file(QStringLiteral(PITWALL_SOURCE_DIR "/tests/unit/data/exposition/edge-cases.prom"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto exposition = Exposition::parse(file.readAll());
        QVERIFY2(exposition.errors.isEmpty(), qPrintable(exposition.errors.join(QLatin1Char('\n'))));
        QCOMPARE(exposition.series.size(), 29);

        const auto requests = exposition.named(QStringLiteral("http_requests_total"));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[1].value, 3.0);
        QCOMPARE(requests[1].labels.value(QStringLiteral("code")), QStringLiteral("400"));
        QCOMPARE(*requests[1].timestampMs, 1395066363000);

        const auto msdos = exposition.named(QStringLiteral("msdos_file_access_time_seconds")).first();
        QCOMPARE(msdos.labels.value(QStringLiteral("path")), QStringLiteral("C:\\DIR\\FILE.TXT"));
        QCOMPARE(msdos.labels.value(QStringLiteral("error")), QStringLiteral("Cannot find file:\n\"FILE.TXT\""));
        QCOMPARE(msdos.value, 1.458255915e9);
        QVERIFY(exposition.named(QStringLiteral("metric_without_labels")).first().labels.isEmpty());
        const auto tabbed = exposition.named(QStringLiteral("tabbed_metric")).first();
        QCOMPARE(tabbed.labels.value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(*tabbed.timestampMs, -1);
        QCOMPARE(exposition.named(QStringLiteral("utf8_label")).first().labels.value(QStringLiteral("city")),
                 QStringLiteral("Zürich — Genève"));
        QCOMPARE(exposition.named(QStringLiteral("job:http_requests:rate5m")).first().value, 0.25);
        const auto weird = exposition.named(QStringLiteral("something_weird")).first();
        QVERIFY(std::isinf(weird.value) && weird.value > 0);
        QCOMPARE(*weird.timestampMs, -3982045);
        QVERIFY(std::isinf(exposition.named(QStringLiteral("negative_infinity")).first().value));
        QVERIFY(std::isnan(exposition.named(QStringLiteral("not_a_number")).first().value));
        QVERIFY(std::isinf(exposition.named(QStringLiteral("lower_case_inf_and_nan")).first().value));
        QCOMPARE(exposition.named(QStringLiteral("exponent_upper")).first().value, 1000.0);
        QCOMPARE(exposition.named(QStringLiteral("exponent_lower")).first().value, 0.0025);

        // Families: a summary's quantiles, _sum and _count; a histogram's buckets, _sum and _count.
        QCOMPARE(exposition.types.value(QStringLiteral("rpc_duration_seconds")), QStringLiteral("summary"));
        int summary = 0;
        int histogram = 0;
        for (const auto &series : exposition.series) {
            summary += series.family == QLatin1String("rpc_duration_seconds");
            histogram += series.family == QLatin1String("http_request_duration_seconds");
        }
        QCOMPARE(summary, 7);
        QCOMPARE(histogram, 8);
        const auto quantiles = exposition.named(QStringLiteral("rpc_duration_seconds"));
        QCOMPARE(quantiles.size(), 5);
        QCOMPARE(quantiles.last().labels.value(QStringLiteral("quantile")), QStringLiteral("0.99"));
        QCOMPARE(quantiles.last().value, 76656.0);
        const auto buckets = exposition.named(QStringLiteral("http_request_duration_seconds_bucket"));
        QCOMPARE(buckets.last().labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
        QCOMPARE(exposition.named(QStringLiteral("go_gauge")).first().family, QStringLiteral("go_gauge"));
    }

    void reportsEachWrongLineOfTheInvalidFile()
    {
        QFile file(QStringLiteral(PITWALL_SOURCE_DIR "/tests/unit/data/exposition/invalid.prom"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto exposition = Exposition::parse(file.readAll());
        QStringList names;
        for (const auto &series : exposition.series)
            names << series.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("good_one"), QStringLiteral("good_two"), QStringLiteral("good_three")}));
        QStringList lines;
        for (const auto &error : exposition.errors)
            lines << error.section(QLatin1Char(':'), 0, 0);
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("line 3"), QStringLiteral("line 4"), QStringLiteral("line 5"),
                              QStringLiteral("line 6"), QStringLiteral("line 7"), QStringLiteral("line 8"),
                              QStringLiteral("line 9"), QStringLiteral("line 10"), QStringLiteral("line 11"),
                              QStringLiteral("line 13"), QStringLiteral("line 16"), QStringLiteral("line 17"),
                              QStringLiteral("line 19"), QStringLiteral("line 20")}));
        QVERIFY2(exposition.errors[4].contains(QLatin1String("escapes")), qPrintable(exposition.errors[4]));
        QVERIFY2(exposition.errors[6].contains(QLatin1String("twice")), qPrintable(exposition.errors[6]));
        QVERIFY2(exposition.errors[8].contains(QLatin1String("unknown type 'gauges'")),
                 qPrintable(exposition.errors[8]));
        QVERIFY2(exposition.errors[9].contains(QLatin1String("second TYPE")), qPrintable(exposition.errors[9]));
        QVERIFY2(exposition.errors[10].contains(QLatin1String("le label")), qPrintable(exposition.errors[10]));
        QVERIFY2(exposition.errors[12].contains(QLatin1String("quantile label")), qPrintable(exposition.errors[12]));
        // The first TYPE line of a family stands.
        QCOMPARE(exposition.types.value(QStringLiteral("good_two")), QStringLiteral("counter"));
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
