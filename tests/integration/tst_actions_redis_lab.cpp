// Flush cache against the lab's Redis and Redis Cluster: exactly the matching
// keys go, every other key stays, KEYS is never sent, FLUSHDB needs its word,
// a read_only profile sends no write, and each run leaves one audit line.

#include "actionprobe.h"
#include "labenvironment.h"
#include "rediscli.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString pattern = QStringLiteral("tst:flush:*");

/// Keys whose names a careless client would split or mangle.
const QStringList oddMatching{QStringLiteral("tst:flush:key with spaces"), QStringLiteral("tst:flush:ключ 🔑"),
                              QStringLiteral("tst:flush:semi;colon\"quote'"), QStringLiteral("tst:flush:*star")};
const QStringList oddOthers{QStringLiteral("tst:flushx:1"), QStringLiteral("tst:flush"),
                            QStringLiteral("tst:keep:ключ; FLUSHALL"), QStringLiteral("TST:flush:upper")};

QList<int> clusterPorts(const LabEnvironment &lab)
{
    QList<int> ports;
    for (const QString &port : lab.value(QStringLiteral("REDIS_CLUSTER_PORTS")).split(QLatin1Char(',')))
        ports << port.toInt();
    return ports;
}

/// Every key of one server's database, as the test's own redis-cli sees it.
QSet<QString> allKeys(int port, int db = 0)
{
    QSet<QString> keys;
    const QByteArray output = RedisCli(port).run({QStringLiteral("-n"), QString::number(db), QStringLiteral("--scan")});
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            keys.insert(QString::fromUtf8(line));
    }
    return keys;
}

QSet<QString> matching(const QSet<QString> &keys, bool match)
{
    static const QRegularExpression glob(
        QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion));
    QSet<QString> selected;
    for (const QString &key : keys) {
        if (glob.match(key).hasMatch() == match)
            selected.insert(key);
    }
    return selected;
}

double commandCalls(int port, const char *command)
{
    const QString line = RedisCli(port).info().value(QStringLiteral("cmdstat_") + QLatin1String(command));
    static const QRegularExpression calls(QStringLiteral("calls=(\\d+)"));
    return calls.match(line).captured(1).toDouble();
}

QList<QStringList> seedCommands(int plain, int db = -1)
{
    QList<QStringList> commands;
    if (db >= 0)
        commands.append({QStringLiteral("SELECT"), QString::number(db)});
    for (int i = 0; i < plain; ++i)
        commands.append({QStringLiteral("SET"), QStringLiteral("tst:flush:%1").arg(i), QStringLiteral("v")});
    for (const QString &key : oddMatching + oddOthers)
        commands.append({QStringLiteral("SET"), key, QStringLiteral("v")});
    return commands;
}

/// A redis-cli input line: every argument in double quotes, with escapes.
QByteArray cliLine(const QStringList &arguments)
{
    QByteArray line;
    for (const QString &argument : arguments) {
        QByteArray quoted = argument.toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        line += '"' + quoted + "\" ";
    }
    return line + '\n';
}

} // namespace

class TestActionsRedisLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flushByPatternRemovesExactlyTheMatchingKeys()
    {
        PITWALL_REQUIRE_LAB(lab);
        const int port = lab.port(QStringLiteral("REDIS_PORT"));
        const RedisCli redis(port);
        QVERIFY(redis.massPipe(seedCommands(1200)));

        const QSet<QString> before = allKeys(port);
        const QSet<QString> matchedBefore = matching(before, true);
        const QSet<QString> othersBefore = matching(before, false);
        QVERIFY2(matchedBefore.size() >= 1200 + oddMatching.size(), qPrintable(QString::number(matchedBefore.size())));
        for (const QString &key : oddMatching)
            QVERIFY2(matchedBefore.contains(key), qPrintable(key));
        for (const QString &key : oddOthers)
            QVERIFY2(othersBefore.contains(key), qPrintable(key));
        const double keysCalls = commandCalls(port, "keys");
        const double unlinkCalls = commandCalls(port, "unlink");

        ActionProbe probe(actionProfile(
            QStringLiteral("sources:\n  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n").arg(port)));
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.pattern = pattern;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QVERIFY(plan.isRunnable());
        QVERIFY(!plan.isDestructive());
        QVERIFY2(plan.estimate.startsWith(QString::number(matchedBefore.size()) + QLatin1String(" keys match")),
                 qPrintable(plan.estimate));
        QVERIFY(!plan.sample.isEmpty());
        QVERIFY(plan.statements.join(QLatin1Char('\n')).contains(QLatin1String("SCAN <cursor> MATCH tst:flush:*")));

        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QVERIFY2(outcome.message.startsWith(QString::number(matchedBefore.size()) + QLatin1String(" keys")),
                 describe(outcome).constData());

        const QSet<QString> after = allKeys(port);
        QCOMPARE(matching(after, true).size(), 0);
        QCOMPARE(matching(after, false), othersBefore);
        QCOMPARE(commandCalls(port, "keys"), keysCalls);
        // A few UNLINKs of up to 500 keys each, not one per key.
        const double unlinks = commandCalls(port, "unlink") - unlinkCalls;
        QVERIFY2(unlinks >= 3 && unlinks <= 20, qPrintable(QString::number(unlinks)));

        const auto audit = probe.auditLines();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].value(QLatin1String("action")).toString(), QStringLiteral("flush-cache"));
        QCOMPARE(audit[0].value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
        QCOMPARE(audit[0].value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        QVERIFY(!audit[0].value(QLatin1String("user")).toString().isEmpty());
        QVERIFY(audit[0].value(QLatin1String("statements")).toArray().size() == 2);
        QVERIFY(audit[0].value(QLatin1String("duration_ms")).toDouble() >= 0);

        for (const QString &key : oddOthers)
            redis.run({QStringLiteral("DEL"), key});
    }

    void flushByPatternOnTheClusterGoesNodeByNode()
    {
        PITWALL_REQUIRE_LAB(lab);
        const QList<int> ports = clusterPorts(lab);
        QCOMPARE(ports.size(), 3);
        QByteArray seed;
        for (const QStringList &command : seedCommands(900))
            seed += cliLine(command);
        RedisCli(ports.first(), true).pipe(seed);

        QList<QSet<QString>> othersBefore;
        QList<double> keysCalls;
        qsizetype matched = 0;
        for (int port : ports) {
            const QSet<QString> keys = allKeys(port);
            matched += matching(keys, true).size();
            QVERIFY2(!matching(keys, true).isEmpty(), "every node should hold some of the keys");
            othersBefore << matching(keys, false);
            keysCalls << commandCalls(port, "keys");
        }
        QVERIFY(matched >= 900 + oddMatching.size());

        ActionProbe probe(
            actionProfile(QStringLiteral("sources:\n  - {name: cluster, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
                              .arg(ports.first())));
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.pattern = pattern;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QCOMPARE(plan.touches.size(), 3);
        QVERIFY2(plan.estimate.startsWith(QString::number(matched) + QLatin1String(" keys match")),
                 qPrintable(plan.estimate));

        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(outcome.details.size(), 3);
        for (qsizetype n = 0; n < ports.size(); ++n) {
            const QSet<QString> keys = allKeys(ports[n]);
            QCOMPARE(matching(keys, true).size(), 0);
            QCOMPARE(matching(keys, false), othersBefore[n]);
            QCOMPARE(commandCalls(ports[n], "keys"), keysCalls[n]);
        }
        QCOMPARE(probe.auditLines().size(), 1);

        QByteArray cleanup;
        for (const QString &key : oddOthers)
            cleanup += cliLine({QStringLiteral("DEL"), key});
        RedisCli(ports.first(), true).pipe(cleanup);
    }

    void flushDbAsyncRunsOnlyWithItsWord()
    {
        PITWALL_REQUIRE_LAB(lab);
        const int port = lab.port(QStringLiteral("REDIS_PORT"));
        constexpr int db = 9;
        QVERIFY(RedisCli(port).massPipe(seedCommands(50, db)));
        const qsizetype inDb = allKeys(port, db).size();
        QVERIFY(inDb >= 50);
        const QSet<QString> db0 = allKeys(port, 0);
        const double flushes = commandCalls(port, "flushdb");

        const Profile profile = actionProfile(
            QStringLiteral("sources:\n  - {name: scratch, kind: redis, url: 'redis://127.0.0.1:%1/%2'}\n")
                .arg(port)
                .arg(db));
        ActionProbe probe(profile);
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.flushDb = true;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QVERIFY(probe.currentPlan().isDestructive());
        QCOMPARE(probe.currentPlan().confirmWord, QStringLiteral("scratch"));
        QVERIFY(probe.currentPlan().statements.constFirst().endsWith(QLatin1String("[9]> FLUSHDB ASYNC")));
        QCOMPARE(probe.run(QStringLiteral("scratc")).status, ActionOutcome::Status::NotConfirmed);
        QCOMPARE(allKeys(port, db).size(), inDb);
        QCOMPARE(commandCalls(port, "flushdb"), flushes);

        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionOutcome outcome = probe.run(QStringLiteral("scratch"));
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QTRY_COMPARE_WITH_TIMEOUT(allKeys(port, db).size(), 0, 10'000);
        QCOMPARE(allKeys(port, 0), db0);
        QCOMPARE(commandCalls(port, "flushdb"), flushes + 1);

        const auto audit = probe.auditLines();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].value(QLatin1String("outcome")).toString(), QStringLiteral("not-confirmed"));
        QCOMPARE(audit[1].value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    }

    void cancellingStopsAtTheNextBatch()
    {
        PITWALL_REQUIRE_LAB(lab);
        const int port = lab.port(QStringLiteral("REDIS_PORT"));
        const RedisCli redis(port);
        constexpr int keys = 100'000;
        QList<QStringList> seed;
        for (int i = 0; i < keys; ++i)
            seed.append({QStringLiteral("SET"), QStringLiteral("tst:cancel:%1").arg(i), QStringLiteral("v")});
        QVERIFY(redis.massPipe(seed));
        const auto remaining = [&] {
            return redis.run({QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("tst:cancel:*")})
                .count('\n');
        };
        QCOMPARE(remaining(), keys);

        ActionProbe probe(actionProfile(
            QStringLiteral("sources:\n  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n").arg(port)));
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.pattern = QStringLiteral("tst:cancel:*");
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        // Cancel as soon as the first batch is reported.
        connect(&probe.runner(), &ActionRunner::progress, &probe.runner(), &ActionRunner::cancel);
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Cancelled, describe(outcome).constData());
        const qint64 left = remaining();
        qInfo("cancelled with %lld of %d keys left: %s", left, keys, qPrintable(outcome.message));
        QVERIFY(left > 0 && left < keys);
        QVERIFY(outcome.message.startsWith(QString::number(keys - left) + QLatin1String(" keys")));
        QCOMPARE(probe.auditLines().constFirst().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("cancelled"));

        QVERIFY(probe.plan(request));
        QCOMPARE(probe.run().status, ActionOutcome::Status::Done);
        QCOMPARE(remaining(), 0);
    }

    void readOnlyProfilePlansButSendsNoWrite()
    {
        PITWALL_REQUIRE_LAB(lab);
        const int port = lab.port(QStringLiteral("REDIS_PORT"));
        const RedisCli redis(port);
        QVERIFY(redis.massPipe(seedCommands(100)));
        const QSet<QString> before = allKeys(port);
        const char *const writes[] = {"unlink", "del", "flushdb", "flushall", "set", "keys"};
        QList<double> calls;
        for (const char *command : writes)
            calls << commandCalls(port, command);

        ActionProbe probe(actionProfile(
            QStringLiteral("read_only: true\nsources:\n  - {name: cache, kind: redis, url: 'redis://127.0.0.1:%1/0'}\n")
                .arg(port)));
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.pattern = pattern;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QVERIFY2(probe.currentPlan().refusal.contains(QLatin1String("read_only")),
                 qPrintable(probe.currentPlan().refusal));
        QCOMPARE(probe.run().status, ActionOutcome::Status::Refused);
        request.pattern.clear();
        request.flushDb = true;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QCOMPARE(probe.run(QStringLiteral("cache")).status, ActionOutcome::Status::Refused);

        QCOMPARE(allKeys(port), before);
        for (int i = 0; i < int(std::size(writes)); ++i)
            QVERIFY2(commandCalls(port, writes[i]) == calls[i], writes[i]);
        const auto audit = probe.auditLines();
        QCOMPARE(audit.size(), 2);
        for (const auto &line : audit) {
            QCOMPARE(line.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
            QVERIFY(line.value(QLatin1String("read_only")).toBool());
        }

        QList<QStringList> cleanup;
        for (const QString &key : matching(before, true) + QSet<QString>(oddOthers.begin(), oddOthers.end()))
            cleanup.append({QStringLiteral("DEL"), key});
        QVERIFY(redis.massPipe(cleanup));
    }
};

QTEST_GUILESS_MAIN(TestActionsRedisLab)
#include "tst_actions_redis_lab.moc"
