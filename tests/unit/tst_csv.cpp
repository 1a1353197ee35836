#include "csv.h"
#include "metricstore.h"

#include <QDateTime>
#include <QtTest>

using namespace Pitwall;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesAsRfc4180Says()
    {
        const QByteArray line = Csv::row({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                          QStringLiteral("two\nlines"), QString()});
        QCOMPARE(line, QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
        const auto rows = Csv::parse(line + Csv::row({QStringLiteral("x")}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0],
                 (QStringList{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QString()}));
        QCOMPARE(rows[1], QStringList{QStringLiteral("x")});
    }

    void seriesRoundTrip()
    {
        MetricStore store;
        const SeriesKey a{QStringLiteral("db"),
                          QStringLiteral("cache_hit_rate"),
                          {{QStringLiteral("database"), QStringLiteral("a,b")}}};
        const SeriesKey b{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        store.append({Sample{a, 1000, 0.5}, Sample{b, 1000, 0.25}, Sample{a, 2000, 0.125}, Sample{b, 3000, 1.0 / 3.0},
                      Sample{a, 9000, 0.9}});
        const QByteArray csv = Csv::series(store, {a, b}, {QStringLiteral("ratio"), QStringLiteral("ratio")}, 0, 5000);
        const auto rows = Csv::parse(csv);
        QCOMPARE(rows.size(), 4); // header + times 1000, 2000, 3000
        QCOMPARE(rows[0][0], QStringLiteral("time"));
        QCOMPARE(rows[0][1], QStringLiteral("db/cache_hit_rate{database=\"a,b\"} (ratio)"));
        QCOMPARE(rows[0][2], QStringLiteral("cache/cache_hit_rate (ratio)"));
        for (int row = 1; row < rows.size(); ++row) {
            const qint64 t = QDateTime::fromString(rows[row][0], Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY(rows[row][0].endsWith(QLatin1Char('Z')));
            for (int column = 0; column < 2; ++column) {
                const auto points = store.points(column == 0 ? a : b, t, t + 1);
                if (points.isEmpty())
                    QCOMPARE(rows[row][column + 1], QString());
                else
                    QCOMPARE(rows[row][column + 1].toDouble(), points.first().value); // exact, not rounded
            }
        }
    }

    // The shortest text that reads back as the same double: 0.95, not 0.94999999999999996.
    void numbersInTheirShortestExactForm()
    {
        MetricStore store;
        const SeriesKey key{QStringLiteral("db"), QStringLiteral("cache_hit_rate"), {}};
        const double values[] = {0.95, 0.1 + 0.2, 1.0 / 3.0, 1e-7, 123456789.0, 5.0};
        qint64 t = 1000;
        for (const double value : values)
            store.append({Sample{key, t++, value}});
        const auto rows = Csv::parse(Csv::series(store, {key}, {QStringLiteral("ratio")}, 0, 5000));
        QCOMPARE(rows.size(), 1 + int(std::size(values)));
        QCOMPARE(rows[1][1], QStringLiteral("0.95"));
        QCOMPARE(rows[2][1], QStringLiteral("0.30000000000000004"));
        QCOMPARE(rows[6][1], QStringLiteral("5"));
        for (int i = 0; i < int(std::size(values)); ++i)
            QCOMPARE(rows[i + 1][1].toDouble(), values[i]);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
