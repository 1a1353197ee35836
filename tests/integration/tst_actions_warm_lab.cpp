// Warm cache from the lab profile's recipes: the expected keys appear with
// their TTLs, the workload's customer lookups turn from misses into hits, a
// row whose key would leave the prefix is refused, and the recipe's query
// cannot write.

#include "actionprobe.h"
#include "clickhousehttp.h"
#include "collectorprobe.h"
#include "labenvironment.h"
#include "psql.h"
#include "rediscli.h"

#include <QScopeGuard>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

Profile labProfile(const LabEnvironment &lab, const QByteArray &extra = {})
{
    QFile file(lab.profilePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the lab's profile");
    auto loaded = ProfileLoader::parse(file.readAll() + extra, lab.profilePath(), ProfileLoader::defaultThresholds());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("the lab's profile does not load: %s", qPrintable(error->toString()));
    return std::get<Profile>(loaded);
}

QStringList keys(const RedisCli &redis, const QString &pattern)
{
    QStringList found;
    for (const QByteArray &line :
         redis.run({QStringLiteral("--scan"), QStringLiteral("--pattern"), pattern}).split('\n')) {
        if (!line.isEmpty())
            found << QString::fromUtf8(line);
    }
    found.sort();
    return found;
}

void remove(const RedisCli &redis, const QStringList &keys)
{
    QList<QStringList> commands;
    for (const QString &key : keys)
        commands.append({QStringLiteral("DEL"), key});
    if (!commands.isEmpty())
        redis.massPipe(commands);
}

/// The hit ratio of every read the server answers over @p ms, from its own counters.
double hitRateOver(const RedisCli &redis, int ms)
{
    const auto before = redis.info();
    QTest::qWait(ms);
    const auto after = redis.info();
    const auto delta = [&](const char *field) {
        return after.value(QLatin1String(field)).toDouble() - before.value(QLatin1String(field)).toDouble();
    };
    return delta("keyspace_hits") / (delta("keyspace_hits") + delta("keyspace_misses"));
}

} // namespace

class TestActionsWarmLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    }

    void popularCustomersRaiseTheHitRate()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        remove(redis, keys(redis, QStringLiteral("lab:customer:*")));
        QVERIFY(keys(redis, QStringLiteral("lab:customer:*")).isEmpty());
        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("redis_customer_reads_per_sec=0")});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("redis_customer_reads_per_sec=100")}), 0);
        QTest::qWait(1500); // the workload reads its knobs every second

        const Profile profile = labProfile(lab);
        CollectorProbe collector(profile, QStringLiteral("lab-redis"));
        QVERIFY(collector.poll().ok);
        const double coldByInfo = hitRateOver(redis, 4000);
        const auto cold = collector.poll().value(QStringLiteral("cache_hit_rate"));
        QVERIFY(cold);

        ActionProbe probe(profile);
        ActionRequest request;
        request.kind = ActionRequest::Kind::WarmCache;
        request.recipe = QStringLiteral("popular-customers");
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QCOMPARE(plan.source, QStringLiteral("lab-pg"));
        QVERIFY(plan.statements.constFirst().endsWith(QLatin1String("SET lab:customer:{id} {name} EX 600")));
        QCOMPARE(plan.estimate, QStringLiteral("500 rows → 500 keys with a TTL of 600 s"));
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());

        // The keys, their values from the table, their TTLs.
        const QStringList warmed = keys(redis, QStringLiteral("lab:customer:*"));
        QCOMPARE(warmed.size(), 500);
        const Psql psql(lab);
        for (int id : {1, 77, 500}) {
            const QString key = QStringLiteral("lab:customer:%1").arg(id);
            QCOMPARE(QString::fromUtf8(redis.run({QStringLiteral("GET"), key}).trimmed()),
                     psql.value(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)));
            const int ttl = redis.run({QStringLiteral("TTL"), key}).trimmed().toInt();
            QVERIFY2(ttl > 590 && ttl <= 600, qPrintable(QString::number(ttl)));
        }
        QVERIFY(!warmed.contains(QStringLiteral("lab:customer:501")));

        const double warmByInfo = hitRateOver(redis, 4000);
        collector.poll();
        QTest::qWait(4000);
        const auto warm = collector.poll().value(QStringLiteral("cache_hit_rate"));
        QVERIFY(warm);
        qInfo("hit rate before and after warming: %.3f → %.3f (INFO), %.3f → %.3f (Pitwall's collector)", coldByInfo,
              warmByInfo, *cold, *warm);
        QVERIFY2(warmByInfo > coldByInfo + 0.1, qPrintable(QStringLiteral("%1 → %2").arg(coldByInfo).arg(warmByInfo)));
        QVERIFY(*warm > *cold + 0.1);
        QCOMPARE(probe.auditLines().size(), 1);
    }

    void dashboardStatsFromClickHouse()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        remove(redis, keys(redis, QStringLiteral("lab:stats:*")));
        ActionProbe probe(labProfile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::WarmCache;
        request.recipe = QStringLiteral("dashboard-stats");
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QCOMPARE(probe.currentPlan().source, QStringLiteral("lab-clickhouse"));
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());

        QStringList days;
        const QByteArray rows
            = ClickHouseHttp(lab).query(QStringLiteral("SELECT DISTINCT toString(d) FROM lab.small_parts"));
        for (const QByteArray &day : rows.split('\n')) {
            if (!day.isEmpty())
                days << QStringLiteral("lab:stats:small_parts:") + QString::fromUtf8(day);
        }
        QVERIFY(!days.isEmpty());
        days.sort();
        QCOMPARE(keys(redis, QStringLiteral("lab:stats:*")), days);
        const int ttl = redis.run({QStringLiteral("TTL"), days.first()}).trimmed().toInt();
        QVERIFY2(ttl > 50 && ttl <= 60, qPrintable(QString::number(ttl)));
        QVERIFY(redis.run({QStringLiteral("GET"), days.first()}).trimmed().toLongLong() > 0);
    }

    void aClusterGetsEachKeyOnItsSlotsPrimary()
    {
        PITWALL_REQUIRE_LAB(lab);
        QList<int> ports;
        for (const QString &port : lab.value(QStringLiteral("REDIS_CLUSTER_PORTS")).split(QLatin1Char(',')))
            ports << port.toInt();
        const auto clusterKeys = [&] {
            QStringList all;
            for (int port : ports)
                all += keys(RedisCli(port), QStringLiteral("tst:warmc:*"));
            all.sort();
            return all;
        };
        for (int port : ports)
            remove(RedisCli(port), keys(RedisCli(port), QStringLiteral("tst:warmc:*")));
        const Profile profile = labProfile(lab,
                                           "  - name: to-cluster\n"
                                           "    source: lab-pg\n"
                                           "    query: \"SELECT id, email FROM customers ORDER BY id LIMIT 300\"\n"
                                           "    redis: lab-redis-cluster\n"
                                           "    key: \"tst:warmc:{id}\"\n"
                                           "    value: \"{email}\"\n"
                                           "    ttl: 1m\n");
        ActionProbe probe(profile);
        ActionRequest request;
        request.kind = ActionRequest::Kind::WarmCache;
        request.recipe = QStringLiteral("to-cluster");
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QCOMPARE(probe.currentPlan().statements.size(), 4); // one SET line per primary, and the note
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(clusterKeys().size(), 300);
        for (int port : ports)
            QVERIFY2(!keys(RedisCli(port), QStringLiteral("tst:warmc:*")).isEmpty(), "every primary holds some");
        QCOMPARE(
            QString::fromUtf8(
                RedisCli(ports.first(), true).run({QStringLiteral("GET"), QStringLiteral("tst:warmc:42")}).trimmed()),
            QStringLiteral("customer42@example.com"));
        for (int port : ports)
            remove(RedisCli(port), keys(RedisCli(port), QStringLiteral("tst:warmc:*")));
    }

    void rowsOutsideThePrefixAreRefused()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        remove(redis, keys(redis, QStringLiteral("tst:warm:*")));
        const Profile profile
            = labProfile(lab,
                         "  - name: odd\n"
                         "    source: lab-pg\n"
                         "    query: \"SELECT * FROM (VALUES ('a b', 'ключ \\\"1\\\"'), ('', 'empty'), (NULL, 'null'), "
                         "(E'c\\\\r\\\\nFLUSHALL', 'injected')) AS t(name, v)\"\n"
                         "    redis: lab-redis\n"
                         "    key: \"tst:warm:{name}\"\n"
                         "    value: \"{v}\"\n"
                         "    ttl: 1m\n");
        const QString flushes = redis.info().value(QStringLiteral("cmdstat_flushall"));
        ActionProbe probe(profile);
        ActionRequest request;
        request.kind = ActionRequest::Kind::WarmCache;
        request.recipe = QStringLiteral("odd");
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        qInfo().noquote() << probe.currentPlan().toText();
        QCOMPARE(probe.currentPlan().estimate, QStringLiteral("4 rows → 1 keys with a TTL of 60 s"));
        const QString notes = probe.currentPlan().notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QLatin1String("2 row(s) refused: column 'name' is empty or NULL")));
        QVERIFY(notes.contains(QLatin1String("1 row(s) refused: column 'name' holds a control character")));
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(keys(redis, QStringLiteral("tst:warm:*")), QStringList{QStringLiteral("tst:warm:a b")});
        QCOMPARE(QString::fromUtf8(redis.run({QStringLiteral("GET"), QStringLiteral("tst:warm:a b")}).trimmed()),
                 QStringLiteral("ключ \"1\""));
        QCOMPARE(redis.info().value(QStringLiteral("cmdstat_flushall")), flushes);
        remove(redis, {QStringLiteral("tst:warm:a b")});
    }

    void theRecipesQueryCannotWrite()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Psql psql(lab);
        QVERIFY(psql.exec(QStringLiteral("SET ROLE lab_app; DROP TABLE IF EXISTS tst_warm_victim;"
                                         "CREATE TABLE tst_warm_victim AS SELECT generate_series(1, 5) AS id")));
        const auto drop = qScopeGuard([&] { psql.exec(QStringLiteral("DROP TABLE IF EXISTS tst_warm_victim")); });
        const Profile profile = labProfile(lab,
                                           "  - name: writer\n"
                                           "    source: lab-pg\n"
                                           "    query: \"WITH d AS (DELETE FROM tst_warm_victim RETURNING id) "
                                           "SELECT id FROM d\"\n"
                                           "    redis: lab-redis\n"
                                           "    key: \"tst:warm:{id}\"\n"
                                           "    value: \"{id}\"\n"
                                           "    ttl: 1m\n");
        ActionProbe probe(profile);
        ActionRequest request;
        request.kind = ActionRequest::Kind::WarmCache;
        request.recipe = QStringLiteral("writer");
        QVERIFY(!probe.plan(request));
        QVERIFY2(probe.outcome().message.contains(QLatin1String("read-only transaction")),
                 describe(probe.outcome()).constData());
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM tst_warm_victim")), QStringLiteral("5"));
        QCOMPARE(probe.auditLines().size(), 1);
        QCOMPARE(probe.auditLines().first().value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestActionsWarmLab)
#include "tst_actions_warm_lab.moc"
