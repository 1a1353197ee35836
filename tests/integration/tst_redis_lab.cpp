#include "collectorprobe.h"
#include "labenvironment.h"
#include "rediscli.h"

#include <QFile>
#include <QScopeGuard>
#include <QtTest>

#include <cmath>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

QString redisProfile(const Test::LabEnvironment &lab, const QString &extra = {})
{
    return QStringLiteral("interval: 2s\n"
                          "sources:\n"
                          "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
               .arg(lab.port(QStringLiteral("REDIS_PORT")))
        + extra;
}

QList<QStringList> gets(const QString &prefix, int count, int distinct)
{
    QList<QStringList> commands;
    commands.reserve(count);
    for (int i = 0; i < count; ++i)
        commands.append({QStringLiteral("GET"), prefix + QString::number(i % distinct)});
    return commands;
}

QString configValue(const RedisCli &redis, const QString &name)
{
    const QList<QByteArray> reply
        = redis.run({QStringLiteral("CONFIG"), QStringLiteral("GET"), name}).trimmed().split('\n');
    return QString::fromUtf8(reply.value(1).trimmed());
}

/// The workload's 1000 hot keys (tests/lab/workload), which an eviction may have taken.
void restoreHotKeys(const RedisCli &redis)
{
    QList<QStringList> sets;
    for (int i = 0; i < 1000; ++i)
        sets.append({QStringLiteral("SET"), QStringLiteral("lab:hot:%1").arg(i), QString::number(i)});
    redis.massPipe(sets);
}

} // namespace

class TestRedisLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitRateIsWindowedWhereTheLifetimeRatioHidesTheIncident()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        const auto restoreWorkload = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("redis_hit_ratio=0.97")});
        });

        // A long healthy history first: the lifetime ratio well above 0.95.
        QList<QStringList> seed;
        for (int i = 0; i < 100; ++i)
            seed.append({QStringLiteral("SET"), QStringLiteral("tst:hit:%1").arg(i), QStringLiteral("v")});
        QVERIFY(redis.massPipe(seed));
        const double misses0 = redis.number(QStringLiteral("keyspace_misses"));
        const double hits0 = redis.number(QStringLiteral("keyspace_hits"));
        const int needed = std::max(0, int(std::ceil(0.98 / 0.02 * misses0 - hits0))) + 20'000;
        QVERIFY(redis.massPipe(gets(QStringLiteral("tst:hit:"), needed, 100)));
        const auto before = redis.info();
        const double lifetimeBefore = before.value(QStringLiteral("keyspace_hits")).toDouble()
            / (before.value(QStringLiteral("keyspace_hits")).toDouble()
               + before.value(QStringLiteral("keyspace_misses")).toDouble());
        QVERIFY2(lifetimeBefore > 0.95, qPrintable(QString::number(lifetimeBefore)));

        // Then the incident: one hit in four, from the workload and from this test.
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("redis_hit_ratio=0.25")}), 0);
        QTest::qWait(1500); // the workload reads its knobs every second

        const Profile profile = profileFrom(redisProfile(lab));
        CollectorProbe probe(profile, QStringLiteral("cache"));
        const auto start = redis.info();
        const PollOutcome first = probe.poll();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(!first.value(QStringLiteral("cache_hit_rate")), "the first poll has no window yet");
        QList<QStringList> traffic = gets(QStringLiteral("tst:hit:"), 300, 100);
        traffic += gets(QStringLiteral("tst:miss:"), 900, 100'000);
        QVERIFY(redis.massPipe(traffic));
        QTest::qWait(1000);
        const PollOutcome second = probe.poll();
        const auto end = redis.info();
        QVERIFY2(second.ok, qPrintable(second.error));

        const auto delta = [&](const char *field) {
            return end.value(QLatin1String(field)).toDouble() - start.value(QLatin1String(field)).toDouble();
        };
        const double expected = delta("keyspace_hits") / (delta("keyspace_hits") + delta("keyspace_misses"));
        const auto windowed = second.value(QStringLiteral("cache_hit_rate"));
        QVERIFY(windowed);
        qInfo("windowed hit rate: Pitwall %.4f, from the test's own INFO reads %.4f", *windowed, expected);
        QVERIFY2(std::abs(*windowed - expected) <= 0.05, qPrintable(QString::number(*windowed)));
        QVERIFY2(std::abs(*windowed - 0.25) <= 0.05, qPrintable(QString::number(*windowed)));

        // The documented level (below 0.70: emergency, before its `for`)...
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("cache_hit_rate"));
        QCOMPARE(rule.levelOf(*windowed), Level::Emergency);
        // ...while the lifetime ratio still looks healthy.
        const double lifetime = end.value(QStringLiteral("keyspace_hits")).toDouble()
            / (end.value(QStringLiteral("keyspace_hits")).toDouble()
               + end.value(QStringLiteral("keyspace_misses")).toDouble());
        qInfo("lifetime ratio from INFO: %.4f", lifetime);
        QVERIFY2(lifetime > 0.9, qPrintable(QString::number(lifetime)));
        QCOMPARE(rule.levelOf(lifetime), Level::Ok);
    }

    void countersThatGoDownStartTheWindowAgain()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        CollectorProbe probe(profileFrom(redisProfile(lab)), QStringLiteral("cache"));
        QVERIFY(probe.poll().ok);
        QVERIFY(redis.massPipe(gets(QStringLiteral("tst:miss:"), 500, 100'000)));
        QVERIFY(probe.poll().value(QStringLiteral("cache_hit_rate")));

        // What a restart does to the counters: they start from zero.
        QCOMPARE(redis.run({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")}).trimmed(), QByteArray("OK"));
        QVERIFY(redis.massPipe(gets(QStringLiteral("tst:miss:"), 500, 100'000)));
        const PollOutcome reset = probe.poll();
        QVERIFY2(reset.ok, qPrintable(reset.error));
        QVERIFY2(!reset.value(QStringLiteral("cache_hit_rate")), "no rate across a counter reset");

        const auto start = redis.info();
        QList<QStringList> traffic = gets(QStringLiteral("tst:hit:"), 400, 100);
        traffic += gets(QStringLiteral("tst:miss:"), 400, 100'000);
        QVERIFY(redis.massPipe(traffic));
        const PollOutcome after = probe.poll();
        const auto end = redis.info();
        const double hits = end.value(QStringLiteral("keyspace_hits")).toDouble()
            - start.value(QStringLiteral("keyspace_hits")).toDouble();
        const double misses = end.value(QStringLiteral("keyspace_misses")).toDouble()
            - start.value(QStringLiteral("keyspace_misses")).toDouble();
        const auto rate = after.value(QStringLiteral("cache_hit_rate"));
        QVERIFY(rate);
        QVERIFY2(std::abs(*rate - hits / (hits + misses)) <= 0.05, qPrintable(QString::number(*rate)));
    }

    void debugSleepShowsInTheSlowQueries()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        CollectorProbe probe(profileFrom(redisProfile(lab)), QStringLiteral("cache"));
        const PollOutcome first = probe.poll();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(first.result.slowQueries.isEmpty(), "the first poll only learns where the log stands");

        QCOMPARE(redis.run({QStringLiteral("DEBUG"), QStringLiteral("SLEEP"), QStringLiteral("0.05")}).trimmed(),
                 QByteArray("OK"));
        // The test's own read of the entry: id, time, microseconds, arguments, client.
        const QList<QByteArray> entry
            = redis.run({QStringLiteral("SLOWLOG"), QStringLiteral("GET"), QStringLiteral("1")}).trimmed().split('\n');
        QVERIFY2(entry.size() >= 7 && entry.at(3) == "DEBUG", entry.join('|').constData());
        const QString id = QStringLiteral("slowlog-") + QString::fromUtf8(entry.at(0));
        const double micros = entry.at(2).toDouble();

        const PollOutcome second = probe.poll();
        QVERIFY2(second.ok, qPrintable(second.error));
        const auto row = std::find_if(second.result.slowQueries.cbegin(), second.result.slowQueries.cend(),
                                      [&](const SlowQuery &query) { return query.id == id; });
        QVERIFY2(row != second.result.slowQueries.cend(), qPrintable(id));
        QCOMPARE(row->query, QStringLiteral("DEBUG SLEEP 0.05"));
        QCOMPARE(row->meanMs, micros / 1000.0);
        QVERIFY2(row->meanMs >= 50.0, qPrintable(QString::number(row->meanMs)));
        QCOMPARE(row->source, QStringLiteral("cache"));
        QCOMPARE(row->calls, 1);
        QCOMPARE(row->user, QString::fromUtf8(entry.at(6))); // the client's address
        QVERIFY(row->user.startsWith(QLatin1String("127.0.0.1:")));

        // Reported once: the next poll has no new entry.
        const PollOutcome third = probe.poll();
        QVERIFY(std::none_of(third.result.slowQueries.cbegin(), third.result.slowQueries.cend(),
                             [&](const SlowQuery &query) { return query.id == id; }));
    }

    void anAclUserLogsInAndAWrongPasswordSaysSo()
    {
        PITWALL_REQUIRE_LAB(lab);
        QFile secretFile(lab.value(QStringLiteral("REDIS_ACL_PASSWORD_FILE")));
        QVERIFY2(secretFile.open(QIODevice::ReadOnly), qPrintable(secretFile.fileName()));
        QCOMPARE(int(secretFile.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        const QByteArray secret = secretFile.readAll().trimmed();
        QVERIFY(!secret.isEmpty());
        const auto unset = qScopeGuard([] { qunsetenv("PITWALL_TEST_REDIS_PASSWORD"); });

        const Profile profile
            = profileFrom(QStringLiteral("interval: 2s\n"
                                         "sources:\n"
                                         "  - {name: acl, kind: redis, url: 'redis://%1@127.0.0.1:%2/0',"
                                         " password: '${PITWALL_TEST_REDIS_PASSWORD}'}\n")
                              .arg(lab.value(QStringLiteral("REDIS_ACL_USER")))
                              .arg(lab.port(QStringLiteral("REDIS_PORT"))));
        {
            qputenv("PITWALL_TEST_REDIS_PASSWORD", secret);
            CollectorProbe probe(profile, QStringLiteral("acl"));
            const PollOutcome first = probe.poll();
            QVERIFY2(first.ok, qPrintable(first.error));
            QVERIFY(first.value(QStringLiteral("memory_utilisation")));
            // The least-privileged user may read the slow log too.
            const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
            redis.run({QStringLiteral("DEBUG"), QStringLiteral("SLEEP"), QStringLiteral("0.02")});
            const PollOutcome second = probe.poll();
            QVERIFY2(second.ok, qPrintable(second.error));
            QVERIFY(std::any_of(second.result.slowQueries.cbegin(), second.result.slowQueries.cend(),
                                [](const SlowQuery &query) { return query.query.startsWith(QLatin1String("DEBUG")); }));
            QVERIFY2(second.result.remark.isEmpty(), qPrintable(second.result.remark));
        }
        {
            const QByteArray wrong = secret.left(secret.size() - 1) + (secret.endsWith('x') ? "y" : "x");
            qputenv("PITWALL_TEST_REDIS_PASSWORD", wrong);
            CollectorProbe probe(profile, QStringLiteral("acl"));
            const PollOutcome outcome = probe.poll();
            QVERIFY(!outcome.ok);
            QCOMPARE(outcome.error,
                     QStringLiteral("redis `acl` (127.0.0.1:%1): AUTH failed: WRONGPASS invalid username-password pair "
                                    "or user is disabled. — the user or password is wrong")
                         .arg(lab.port(QStringLiteral("REDIS_PORT"))));
            QVERIFY(!outcome.error.contains(QString::fromUtf8(wrong)));
            QVERIFY(outcome.authentication);
        }
        {
            qunsetenv("PITWALL_TEST_REDIS_PASSWORD");
            CollectorProbe probe(profile, QStringLiteral("acl"));
            const PollOutcome outcome = probe.poll();
            QVERIFY(!outcome.ok);
            QVERIFY2(outcome.error.contains(QLatin1String("${PITWALL_TEST_REDIS_PASSWORD}, which is not set")),
                     qPrintable(outcome.error));
        }
    }

    void evictionsAndMemoryUtilisationWhenKeysPourIn()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        const QString maxmemory = configValue(redis, QStringLiteral("maxmemory"));
        QVERIFY(maxmemory.toLongLong() > 0);
        const auto restore = qScopeGuard([&] {
            redis.run({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("maxmemory"), maxmemory});
            redis.pipe("SELECT 1\nFLUSHDB\n");
            restoreHotKeys(redis);
        });

        // Room for 8 MB: the lab's Redis holds far less, so it starts well below the thresholds.
        QCOMPARE(redis
                     .run({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("maxmemory"),
                           QStringLiteral("8mb")})
                     .trimmed(),
                 QByteArray("OK"));
        const Profile profile = profileFrom(redisProfile(lab));
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("memory_utilisation"));
        CollectorProbe probe(profile, QStringLiteral("cache"));
        const PollOutcome before = probe.poll();
        QVERIFY2(before.ok, qPrintable(before.error));
        QVERIFY(before.value(QStringLiteral("memory_utilisation")));
        QCOMPARE(rule.levelOf(*before.value(QStringLiteral("memory_utilisation"))), Level::Ok);
        const double evicted0 = redis.number(QStringLiteral("evicted_keys"));

        // 24 MB of keys into database 1 (cleared afterwards): three times the room.
        QList<QStringList> keys{{QStringLiteral("SELECT"), QStringLiteral("1")}};
        const QString value(1000, QLatin1Char('x'));
        for (int i = 0; i < 24'000; ++i)
            keys.append({QStringLiteral("SET"), QStringLiteral("tst:evict:%1").arg(i), value});
        QVERIFY(redis.massPipe(keys));
        QTest::qWait(500);
        const PollOutcome after = probe.poll();
        const auto info = redis.info();
        QVERIFY2(after.ok, qPrintable(after.error));

        const double evicted = info.value(QStringLiteral("evicted_keys")).toDouble() - evicted0;
        QVERIFY2(evicted > 0, "the server itself evicted nothing: the test did not fill it");
        const auto evictions = after.value(QStringLiteral("evicted_keys_rate"));
        QVERIFY(evictions);
        qInfo("evicted %.0f keys; Pitwall's evicted_keys_rate %.1f/s", evicted, *evictions);
        QVERIFY(*evictions > 0);
        QCOMPARE(profile.thresholds.value(QStringLiteral("evicted_keys_rate")).levelOf(*evictions), Level::Warning);

        const auto utilisation = after.value(QStringLiteral("memory_utilisation"));
        QVERIFY(utilisation);
        const double own
            = info.value(QStringLiteral("used_memory")).toDouble() / info.value(QStringLiteral("maxmemory")).toDouble();
        qInfo("memory_utilisation: Pitwall %.3f, the test's INFO %.3f", *utilisation, own);
        QVERIFY2(std::abs(*utilisation - own) <= 0.05, qPrintable(QString::number(*utilisation)));
        QVERIFY2(*utilisation > *rule.limit(Level::Critical), qPrintable(QString::number(*utilisation)));
        QCOMPARE(rule.levelOf(*utilisation), Level::Critical);
        QVERIFY2(after.result.remark.isEmpty(), qPrintable(after.result.remark));
    }

    void withoutMaxmemoryTheStatusSaysSo()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        const QString maxmemory = configValue(redis, QStringLiteral("maxmemory"));
        const auto restore = qScopeGuard([&] {
            redis.run({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("maxmemory"), maxmemory});
        });
        QCOMPARE(redis
                     .run({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("maxmemory"),
                           QStringLiteral("0")})
                     .trimmed(),
                 QByteArray("OK"));
        CollectorProbe probe(profileFrom(redisProfile(lab)), QStringLiteral("cache"));
        const PollOutcome outcome = probe.poll();
        const auto info = redis.info();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.result.remark.startsWith(QLatin1String("no maxmemory set")),
                 qPrintable(outcome.result.remark));
        const auto utilisation = outcome.value(QStringLiteral("memory_utilisation"));
        QVERIFY(utilisation);
        const double own = info.value(QStringLiteral("used_memory")).toDouble()
            / info.value(QStringLiteral("total_system_memory")).toDouble();
        QVERIFY2(std::abs(*utilisation - own) < 0.001, qPrintable(QString::number(*utilisation)));
    }

    void expiringKeysAreARate()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        CollectorProbe probe(profileFrom(redisProfile(lab)), QStringLiteral("cache"));
        QVERIFY(probe.poll().ok);
        const double expired0 = redis.number(QStringLiteral("expired_keys"));
        QList<QStringList> commands{{QStringLiteral("SELECT"), QStringLiteral("4")}};
        for (int i = 0; i < 500; ++i)
            commands.append({QStringLiteral("SET"), QStringLiteral("tst:ttl:%1").arg(i), QStringLiteral("v"),
                             QStringLiteral("PX"), QStringLiteral("1")});
        QVERIFY(redis.massPipe(commands));
        QTest::qWait(200);
        // Reading an expired key expires it, whatever the server's own sampling did meanwhile.
        commands = {{QStringLiteral("SELECT"), QStringLiteral("4")}};
        for (int i = 0; i < 500; ++i)
            commands.append({QStringLiteral("GET"), QStringLiteral("tst:ttl:%1").arg(i)});
        QVERIFY(redis.massPipe(commands));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(redis.number(QStringLiteral("expired_keys")) - expired0 >= 500);
        const auto rate = outcome.value(QStringLiteral("expired_keys_rate"));
        QVERIFY(rate);
        QVERIFY2(*rate > 0, qPrintable(QString::number(*rate)));
    }

    void clientsOpsAndKeysMatchTheServer()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        redis.pipe("SELECT 2\nSET tst:db2:a 1\nSET tst:db2:b 2\nSET tst:db2:c 3\n");
        const auto cleanup = qScopeGuard([&] { redis.pipe("SELECT 2\nFLUSHDB\n"); });
        CollectorProbe probe(profileFrom(redisProfile(lab)), QStringLiteral("cache"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.value(QStringLiteral("keys"), {{QStringLiteral("db"), QStringLiteral("2")}}), 3.0);
        const auto info = redis.info();
        QCOMPARE(outcome.value(QStringLiteral("replicas_connected")),
                 info.value(QStringLiteral("connected_slaves")).toDouble());
        QCOMPARE(outcome.value(QStringLiteral("clients_blocked")),
                 info.value(QStringLiteral("blocked_clients")).toDouble());
        const auto clients = outcome.value(QStringLiteral("clients_connected"));
        QVERIFY(clients && *clients >= 1);
        QCOMPARE(outcome.value(QStringLiteral("client_utilisation")),
                 *clients / info.value(QStringLiteral("maxclients")).toDouble());
        QVERIFY(outcome.value(QStringLiteral("ops_per_sec")));
    }
};

QTEST_GUILESS_MAIN(TestRedisLab)
#include "tst_redis_lab.moc"
