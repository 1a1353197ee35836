#include "formatter.h"

#include <QtTest>

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

    void germanUsesADecimalComma()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(Formatter::value(0.934, QStringLiteral("ratio")), QStringLiteral("93,4 %"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
