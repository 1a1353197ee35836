#include "redisinfo.h"

#include <QtTest>

using namespace Pitwall;

class TestRedisInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSectionsFieldsAndKeyspace()
    {
        const QByteArray text
            = "# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n\r\n"
              "# Stats\r\nkeyspace_hits:990250\r\nkeyspace_misses:10750\r\nevicted_keys:0\r\n\r\n"
              "# Memory\r\nused_memory:1048576\r\nmaxmemory:67108864\r\n\r\n"
              "# Keyspace\r\ndb0:keys=1000,expires=12,avg_ttl=3500\r\ndb15:keys=3,expires=0,avg_ttl=0\r\n";
        const auto info = RedisInfo::parse(text);
        QCOMPARE(info.value("redis_version"), QStringLiteral("7.0.15"));
        QCOMPARE(*info.number("keyspace_hits"), 990250.0);
        QCOMPARE(*info.number("maxmemory"), 67108864.0);
        QVERIFY(info.hasSection("stats"));
        QVERIFY(info.hasSection("STATS"));
        QVERIFY(!info.hasSection("replication"));
        QCOMPARE(info.fields("memory").size(), 2);
        QCOMPARE(info.fields("memory").constLast().first, QByteArrayView("maxmemory"));
        QCOMPARE(info.fields("memory").constLast().second, QByteArrayView("67108864"));
        QCOMPARE(info.keyspace().size(), 2);
        QCOMPARE(info.keyspace().value(0).keys, 1000);
        QCOMPARE(info.keyspace().value(0).expires, 12);
        QCOMPARE(info.keyspace().value(0).avgTtl, 3500);
        QCOMPARE(info.keyspace().value(15).keys, 3);
        QVERIFY(!info.number("redis_mode"));
        QVERIFY(!info.number("no_such_field"));
        QVERIFY(info.raw("no_such_field").isEmpty());
    }

    void toleratesLfEmptySectionsUnknownAndLongValues()
    {
        const QByteArray longValue(100'000, 'x');
        const QByteArray text = "# Server\nredis_version:6.2.1\n# Modules\n\n# Errorstats\n# Stats\n"
                                "keyspace_hits:5\nmystery_field_from_redis_9:abc:def\nnot a field\n:novalue\n"
                                "very_long:"
            + longValue + "\n# Keyspace\ndb0:keys=1\ndbx:keys=2\ndb-1:keys=2\n";
        const auto info = RedisInfo::parse(text);
        QCOMPARE(*info.number("keyspace_hits"), 5.0);
        QVERIFY(info.hasSection("modules"));
        QVERIFY(info.fields("modules").isEmpty());
        QCOMPARE(info.value("mystery_field_from_redis_9"), QStringLiteral("abc:def"));
        QCOMPARE(info.value("very_long").size(), 100'000);
        QCOMPARE(info.keyspace().size(), 1);
        QCOMPARE(info.keyspace().value(0).keys, 1);
        QCOMPARE(info.keyspace().value(0).expires, 0);
    }

    void replicaPairs()
    {
        const auto pairs = parseRedisPairs("ip=127.0.0.1,port=6380,state=online,offset=1234,lag=0");
        QCOMPARE(pairs.value(QStringLiteral("ip")), QStringLiteral("127.0.0.1"));
        QCOMPARE(pairs.value(QStringLiteral("offset")), QStringLiteral("1234"));
        QCOMPARE(pairs.size(), 5);
        QVERIFY(parseRedisPairs("").isEmpty());
        QCOMPARE(parseRedisPairs(",,=x,a=").size(), 1);
    }

    void garbageNeverCrashes()
    {
        const auto info = RedisInfo::parse(QByteArray("\0\0\r\r\n#\n:\n#:#\n\xff\xfe:\x01", 17));
        Q_UNUSED(info)
        QVERIFY(!RedisInfo::parse(QByteArray()).hasSection(""));
        QVERIFY(RedisInfo::parse(QByteArray()).raw("role").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedisInfo)
#include "tst_redisinfo.moc"
