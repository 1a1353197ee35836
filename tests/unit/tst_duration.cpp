#include "duration.h"

#include <QtTest>

using namespace Pitwall;
using namespace std::chrono_literals;

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("s") << QStringLiteral("5s") << qint64(5000);
        QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500);
        QTest::newRow("m") << QStringLiteral("2m") << qint64(120000);
        QTest::newRow("h") << QStringLiteral("1h") << qint64(3600000);
        QTest::newRow("d") << QStringLiteral("1d") << qint64(86400000);
        QTest::newRow("spaces") << QStringLiteral(" 30 s ") << qint64(30000);
        QTest::newRow("prometheus h m") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("prometheus m s ms") << QStringLiteral("2m30s500ms") << qint64(150500);
        QTest::newRow("prometheus d h") << QStringLiteral("1d12h") << qint64(129600000);
        QTest::newRow("prometheus w") << QStringLiteral("2w") << qint64(1209600000);
        QTest::newRow("prometheus y d") << QStringLiteral("1y1d") << qint64(31622400000);
        QTest::newRow("prometheus skips units") << QStringLiteral("1h5s") << qint64(3605000);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = parseDuration(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), ms);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bare number") << QStringLiteral("5");
        QTest::newRow("unknown unit") << QStringLiteral("5x");
        QTest::newRow("units out of order") << QStringLiteral("30m1h");
        QTest::newRow("unit twice") << QStringLiteral("1m1m");
        QTest::newRow("fraction in a compound") << QStringLiteral("1.5h30m");
        QTest::newRow("space inside a compound") << QStringLiteral("1h 30m");
        QTest::newRow("trailing number") << QStringLiteral("1h30");
        QTest::newRow("negative compound") << QStringLiteral("-1h30m");
        QTest::newRow("negative") << QStringLiteral("-5s");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("five seconds");
        // Found by fuzz_profile: more milliseconds than 64 bits hold.
        QTest::newRow("too long to count") << QStringLiteral("5111111111111111111111111111111111111s");
        QTest::newRow("just too long") << QStringLiteral("110000000000d");
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!parseDuration(text));
    }

    void formatsRoundTrip()
    {
        QCOMPARE(formatDuration(5min), QStringLiteral("5m"));
        QCOMPARE(formatDuration(90s), QStringLiteral("90s"));
        QCOMPARE(formatDuration(1500ms), QStringLiteral("1500ms"));
        QCOMPARE(formatDuration(24h), QStringLiteral("1d"));
        QCOMPARE(parseDuration(formatDuration(1500ms))->count(), 1500);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
