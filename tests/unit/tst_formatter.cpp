#include "formatter.h"

#include <QtTest>

#include <cmath>

using namespace Pitwall;

class TestFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void formats_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("ratio") << 0.934 << QStringLiteral("ratio") << QStringLiteral("93.4 %");
        QTest::newRow("bytes") << 1536000.0 << QStringLiteral("bytes") << QStringLiteral("1.5 MB");
        QTest::newRow("small bytes") << 200.0 << QStringLiteral("bytes") << QStringLiteral("200 B");
        QTest::newRow("ms as s") << 6100.0 << QStringLiteral("ms") << QStringLiteral("6.1 s");
        QTest::newRow("ms") << 850.0 << QStringLiteral("ms") << QStringLiteral("850 ms");
        QTest::newRow("ms as min") << 90000.0 << QStringLiteral("ms") << QStringLiteral("1.5 min");
        QTest::newRow("seconds") << 12.0 << QStringLiteral("seconds") << QStringLiteral("12 s");
        QTest::newRow("seconds as h") << 7200.0 << QStringLiteral("seconds") << QStringLiteral("2.0 h");
        QTest::newRow("per s") << 3.25 << QStringLiteral("per_s") << QStringLiteral("3.25/s");
        QTest::newRow("per min") << 19.1 << QStringLiteral("per_min") << QStringLiteral("19.1/min");
        QTest::newRow("count") << 42.0 << QStringLiteral("count") << QStringLiteral("42");
        QTest::newRow("nan") << qQNaN() << QStringLiteral("ratio") << QStringLiteral("–");
    }
    void formats()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, text);
        QCOMPARE(Formatter::value(value, unit), text);
    }

    void axisUnitsReadAsTheTilesDo_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("magnitude");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("label");
        QTest::newRow("ratio") << QStringLiteral("ratio") << 0.95 << 100.0 << QStringLiteral("%");
        QTest::newRow("bytes") << QStringLiteral("bytes") << 4000.0 << 1.0 << QStringLiteral("B");
        QTest::newRow("kB") << QStringLiteral("bytes") << 60000.0 << 1e-3 << QStringLiteral("kB");
        QTest::newRow("MB") << QStringLiteral("bytes") << 400e6 << 1e-6 << QStringLiteral("MB");
        QTest::newRow("ms") << QStringLiteral("ms") << 2000.0 << 1.0 << QStringLiteral("ms");
        QTest::newRow("ms as s") << QStringLiteral("ms") << 20000.0 << 1e-3 << QStringLiteral("s");
        QTest::newRow("seconds as min") << QStringLiteral("seconds") << 900.0 << 1 / 60.0 << QStringLiteral("min");
        QTest::newRow("per s") << QStringLiteral("per_s") << 3.0 << 1.0 << QStringLiteral("/s");
    }
    void axisUnitsReadAsTheTilesDo()
    {
        QFETCH(QString, unit);
        QFETCH(double, magnitude);
        QFETCH(double, factor);
        QFETCH(QString, label);
        const Formatter::AxisUnit axis = Formatter::axisUnit(unit, magnitude);
        QCOMPARE(axis.label, label);
        QVERIFY2(qAbs(axis.factor - factor) < factor * 1e-9, qPrintable(QString::number(axis.factor)));
    }

    // Round steps, never more ticks than asked for, the range covering the data.
    void niceTicksAreRoundAndFew()
    {
        const struct
        {
            double low, high;
            int maxTicks;
        } cases[] = {{486, 494.2, 5}, {0, 43.7, 5}, {0, 100, 6}, {0, 100, 3},  {0, 1, 2},    {0.001, 0.0042, 4},
                     {-3, 7, 6},      {5, 5, 4},    {0, 1e9, 5}, {0, 0.25, 6}, {12, 1240, 4}};
        for (const auto &c : cases) {
            const auto ticks = Formatter::niceTicks(c.low, c.high, c.maxTicks);
            const QString what = QStringLiteral("[%1, %2] in %3: %4..%5 by %6")
                                     .arg(c.low)
                                     .arg(c.high)
                                     .arg(c.maxTicks)
                                     .arg(ticks.low)
                                     .arg(ticks.high)
                                     .arg(ticks.step);
            QVERIFY2(ticks.count() <= c.maxTicks && ticks.count() >= 2, qPrintable(what));
            QVERIFY2(ticks.low <= c.low + 1e-12 && ticks.high >= c.high - 1e-12, qPrintable(what));
            const double power = std::pow(10.0, std::floor(std::log10(ticks.step) + 1e-9));
            const double mantissa = ticks.step / power;
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 2.5)
                         || qFuzzyCompare(mantissa, 5.0),
                     qPrintable(what));
            // The labels' decimals show the step whole: 2.5 needs one, 0.001 three.
            const double shown = std::round(ticks.step * std::pow(10.0, ticks.decimals));
            QVERIFY2(qFuzzyCompare(shown / std::pow(10.0, ticks.decimals), ticks.step), qPrintable(what));
        }
        // Bounds that are not numbers still give a few ticks, at once.
        QCOMPARE(Formatter::niceTicks(qQNaN(), 5, 4).count() <= 4, true);
        QCOMPARE(Formatter::niceTicks(0, qInf(), 4).count() <= 4, true);
        QCOMPARE(Formatter::niceTicks(-1e300, 1e300, 5).count() <= 5, true);
        QCOMPARE(Formatter::niceTicks(0, 100, 6).step, 20.0);
        QCOMPARE(Formatter::niceTicks(486, 494.2, 5).step, 2.5);
        QCOMPARE(Formatter::niceTicks(486, 494.2, 5).decimals, 1);
        // Bounds a rounding apart (a constant series, scaled): every step still moves the value.
        for (const double value : {487.5, 1e12, -3.25e7, 1e-300}) {
            const double next = std::nextafter(value, qInf());
            const auto ticks = Formatter::niceTicks(value, next, 5);
            QVERIFY2(ticks.low + ticks.step > ticks.low && ticks.high - ticks.step < ticks.high,
                     qPrintable(QString::number(value, 'g', 17)));
            QVERIFY(ticks.count() <= 5 && ticks.low <= value && ticks.high >= next);
        }
    }

    void germanUsesADecimalComma()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(Formatter::value(0.934, QStringLiteral("ratio")), QStringLiteral("93,4 %"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
