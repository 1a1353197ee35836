// How actions spell what they send and show: ClickHouse identifiers and
// literals, Redis arguments and hash slots, table names, plans and exit codes.

#include "actionoutcome.h"
#include "actionplan.h"
#include "clickhouseclient.h"
#include "optimizeaction.h"
#include "redistarget.h"

#include <QtTest>

using namespace Pitwall;

class TestActionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickHouseQuotesIdentifiersAndLiterals()
    {
        QCOMPARE(ClickHouseClient::quoteIdentifier(QStringLiteral("events")), QStringLiteral("`events`"));
        QCOMPARE(ClickHouseClient::quoteIdentifier(QStringLiteral("x`; DROP TABLE y; --")),
                 QStringLiteral("`x\\`; DROP TABLE y; --`"));
        QCOMPARE(ClickHouseClient::quoteIdentifier(QStringLiteral("a\\`b")), QStringLiteral("`a\\\\\\`b`"));
        QCOMPARE(ClickHouseClient::quoteIdentifier(QStringLiteral("ключ")), QStringLiteral("`ключ`"));
        QCOMPARE(ClickHouseClient::quoteString(QStringLiteral("it's")), QStringLiteral("'it\\'s'"));
        QCOMPARE(ClickHouseClient::quoteString(QStringLiteral("a\\';\nDROP")), QStringLiteral("'a\\\\\\';\\nDROP'"));
    }

    void clickHouseServerMessagesAreShortened()
    {
        QCOMPARE(
            ClickHouseClient::serverMessage(
                "Code: 60, e.displayText() = DB::Exception: Table lab.t doesn't exist., e.what() = DB::Exception\n"),
            QStringLiteral("Table lab.t doesn't exist."));
    }

    void tableNamesAreSplitBareOrBackquoted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("table");
        QTest::newRow("bare") << QStringLiteral("lab.events") << QStringLiteral("lab") << QStringLiteral("events");
        QTest::newRow("bare, dotted table")
            << QStringLiteral("lab.a.b") << QStringLiteral("lab") << QStringLiteral("a.b");
        QTest::newRow("quoted") << QStringLiteral("`my db`.`x\\`; --`") << QStringLiteral("my db")
                                << QStringLiteral("x`; --");
        QTest::newRow("mixed") << QStringLiteral("lab.`a.b`") << QStringLiteral("lab") << QStringLiteral("a.b");
        QTest::newRow("odd, bare") << QStringLiteral("lab.x`; DROP TABLE y; -- ключ") << QStringLiteral("lab")
                                   << QStringLiteral("x`; DROP TABLE y; -- ключ");
    }

    void tableNamesAreSplitBareOrBackquoted()
    {
        QFETCH(QString, text);
        QFETCH(QString, database);
        QFETCH(QString, table);
        const auto split = OptimizeAction::splitTableName(text);
        QVERIFY(split);
        QCOMPARE(split->first, database);
        QCOMPARE(split->second, table);
    }

    void tableNamesWithoutADatabaseAreRefused()
    {
        for (const char *text : {"events", ".events", "lab.", "`lab`", "`lab`.`t", "`lab`.`t`x"})
            QVERIFY2(!OptimizeAction::splitTableName(QLatin1String(text)), text);
    }

    void redisKeySlotsAreRedisClusters()
    {
        // Values from the Redis Cluster specification and CLUSTER KEYSLOT.
        QCOMPARE(RedisTarget::keySlot("123456789"), 0x31C3 % 16384);
        QCOMPARE(RedisTarget::keySlot("foo"), 12182);
        QCOMPARE(RedisTarget::keySlot("{user1000}.following"), RedisTarget::keySlot("{user1000}.followers"));
        QCOMPARE(RedisTarget::keySlot("{user1000}.following"), RedisTarget::keySlot("user1000"));
        QCOMPARE(RedisTarget::keySlot("foo{}{bar}"), RedisTarget::keySlot("foo{}{bar}")); // empty tag: whole key
        QVERIFY(RedisTarget::keySlot("foo{}{bar}") != RedisTarget::keySlot("bar"));
    }

    void redisArgumentsAreQuotedLikeRedisCli()
    {
        QCOMPARE(RedisTarget::quoted("lab:hot:1"), QStringLiteral("lab:hot:1"));
        QCOMPARE(RedisTarget::quoted("key with spaces"), QStringLiteral("\"key with spaces\""));
        QCOMPARE(RedisTarget::quoted("say \"hi\"\n"), QStringLiteral("\"say \\\"hi\\\"\\n\""));
        QCOMPARE(RedisTarget::quoted(QStringLiteral("ключ").toUtf8()), QStringLiteral("ключ"));
        QCOMPARE(RedisTarget::quoted(QByteArray("\xff\x01", 2)), QStringLiteral("\"\\xff\\x01\""));
        QCOMPARE(RedisTarget::quoted(""), QStringLiteral("\"\""));
    }

    void plansReadAsText()
    {
        ActionPlan plan;
        plan.title = QStringLiteral("Flush database 0 of cache (FLUSHDB ASYNC)");
        plan.statements = {QStringLiteral("127.0.0.1:6379> FLUSHDB ASYNC")};
        plan.estimate = QStringLiteral("12 keys on 1 node(s)");
        plan.confirmWord = QStringLiteral("cache");
        const QString text = plan.toText();
        QVERIFY(text.startsWith(plan.title));
        QVERIFY(text.contains(QLatin1String("Statements:\n  127.0.0.1:6379> FLUSHDB ASYNC\n")));
        QVERIFY(text.contains(QLatin1String("Destructive: type 'cache' to confirm.")));
        plan.refusal = QStringLiteral("the profile is read_only");
        QVERIFY(plan.toText().contains(QLatin1String("Refused: the profile is read_only")));
        QVERIFY(!plan.toText().contains(QLatin1String("Destructive")));
        QVERIFY(!plan.isRunnable());
    }

    void outcomesHaveTheDocumentedExitCodes()
    {
        const QList<QPair<ActionOutcome::Status, int>> expected{
            {ActionOutcome::Status::Done, 0},         {ActionOutcome::Status::DryRun, 0},
            {ActionOutcome::Status::NothingToDo, 0},  {ActionOutcome::Status::Failed, 1},
            {ActionOutcome::Status::Cancelled, 1},    {ActionOutcome::Status::Refused, 2},
            {ActionOutcome::Status::NotConfirmed, 2},
        };
        for (const auto &[status, code] : expected) {
            ActionOutcome outcome;
            outcome.status = status;
            QCOMPARE(outcome.exitCode(), code);
            QVERIFY(!outcome.statusName().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestActionText)
#include "tst_actiontext.moc"
