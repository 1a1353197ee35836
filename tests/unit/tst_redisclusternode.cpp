#include "redisclusternode.h"

#include <QtTest>

using namespace Pitwall;

class TestRedisClusterNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPrimariesReplicasAndFlags()
    {
        // As Redis 7.0 prints it, with a replica, a failed node and a hostname.
        const QByteArray text
            = "e9086ce9581b96a498d85bc501eafcf00dfa9e08 127.0.0.1:27517@20669 master - 0 1795444191546 3 connected "
              "10923-16383\n"
              "7cdb770282a3045f9f179bc034ac6bfe220f582c 127.0.0.1:23386@31556 myself,master - 0 1795444190000 1 "
              "connected 0-5460\n"
              "69bc57835ec52b44ae04affa9298db5c6882a6a1 10.0.0.7:6380@16380,cache-2.internal slave "
              "7cdb770282a3045f9f179bc034ac6bfe220f582c 0 1795444191647 2 connected\n"
              "aaaa 127.0.0.1:7005@17005 master,fail - 1795444191647 1795444191000 4 disconnected\n";
        const auto nodes = RedisClusterNode::parse(text);
        QCOMPARE(nodes.size(), 4);
        QCOMPARE(nodes[0].host, QStringLiteral("127.0.0.1"));
        QCOMPARE(nodes[0].port, 27517);
        QVERIFY(nodes[0].isPrimary());
        QVERIFY(nodes[0].connected);
        QVERIFY(nodes[1].hasFlag("myself"));
        QVERIFY(nodes[1].isPrimary());
        QCOMPARE(nodes[2].host, QStringLiteral("10.0.0.7"));
        QCOMPARE(nodes[2].port, 6380);
        QVERIFY(!nodes[2].isPrimary());
        QCOMPARE(nodes[2].primaryId, nodes[1].id);
        QVERIFY(nodes[3].hasFlag("fail"));
        QVERIFY(!nodes[3].connected);
        QVERIFY(nodes[3].isPollable()); // polled, so that its failure is reported
    }

    void nodesWithoutAnAddressAreNotPolled()
    {
        const auto nodes = RedisClusterNode::parse("a :0@0 master,noaddr - 0 0 1 disconnected\r\n"
                                                   "b :7001@17001 myself,master - 0 0 0 connected\r\n"
                                                   "c 127.0.0.1:7002@17002 handshake - 0 0 0 connected\r\n"
                                                   "d [::1]:7003@17003 master - 0 0 2 connected 1-2\r\n");
        QCOMPARE(nodes.size(), 4);
        QVERIFY(!nodes[0].isPollable());
        QVERIFY(nodes[1].isPollable()); // it does not know its host yet: the collector uses the one it asked
        QVERIFY(nodes[1].host.isEmpty());
        QCOMPARE(nodes[1].port, 7001);
        QVERIFY(!nodes[2].isPollable());
        QCOMPARE(nodes[3].host, QStringLiteral("::1"));
        QCOMPARE(nodes[3].port, 7003);
    }

    void garbageIsSkipped()
    {
        QVERIFY(RedisClusterNode::parse("").isEmpty());
        QVERIFY(RedisClusterNode::parse("ERR This instance has cluster support disabled").isEmpty());
        QVERIFY(RedisClusterNode::parse("a b c d e f g h\n").isEmpty()); // no port
        QVERIFY(RedisClusterNode::parse("a h:99999@1 master - 0 0 1 connected\n").isEmpty());
        static const char withNul[] = "x 1.2.3.4:5@6 \0 - 0 0 1 connected\n";
        QCOMPARE(RedisClusterNode::parse(QByteArray(withNul, sizeof withNul - 1)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedisClusterNode)
#include "tst_redisclusternode.moc"
