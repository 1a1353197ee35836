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
        QTest::newRow("unknown unit") << QStringLiteral("5y");
        QTest::newRow("negative") << QStringLiteral("-5s");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("five seconds");
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
