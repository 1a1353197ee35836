// `pitwall action …` against the lab: the plan is printed, nothing runs
// without a yes (and a typed word for destructive plans), --dry-run and a
// read_only profile send no write, the exit codes are the documented ones,
// and every run leaves one audit line in the user's data directory, with no
// secret in it.

#include "labenvironment.h"
#include "psql.h"
#include "rediscli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli
{
public:
    explicit Cli(const LabEnvironment &lab)
        : m_lab(lab)
    { }

    Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &profile = {}) const
    {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), m_lab.value(QStringLiteral("PGPASSFILE")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PITWALL_BINARY),
                      QStringList{QStringLiteral("action")} + arguments
                          << QStringLiteral("--profile") << (profile.isEmpty() ? m_lab.profilePath() : profile));
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(120'000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString auditPath() const { return m_data.filePath(QStringLiteral("pitwall/audit.jsonl")); }
    QList<QJsonObject> audit() const
    {
        QList<QJsonObject> lines;
        QFile file(auditPath());
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty())
                    lines << QJsonDocument::fromJson(line).object();
            }
        }
        return lines;
    }
    QString dataDir() const { return m_data.path(); }

private:
    const LabEnvironment &m_lab;
    QTemporaryDir m_data;
};

QByteArray describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(run.exitCode).arg(run.out, run.err).toUtf8();
}

qint64 count(const RedisCli &redis, const QString &pattern)
{
    return redis.run({QStringLiteral("--scan"), QStringLiteral("--pattern"), pattern}).count('\n');
}

void seed(const RedisCli &redis, int n, int db = 0)
{
    QList<QStringList> commands{{QStringLiteral("SELECT"), QString::number(db)}};
    for (int i = 0; i < n; ++i)
        commands.append({QStringLiteral("SET"), QStringLiteral("tst:cli:%1").arg(i), QStringLiteral("v")});
    redis.massPipe(commands);
}

} // namespace

class TestActionsCliLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flushAsksFirstAndAuditsEveryRun()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        seed(redis, 300);
        const QStringList flush{QStringLiteral("flush-cache"), QStringLiteral("--source"), QStringLiteral("lab-redis"),
                                QStringLiteral("--pattern"), QStringLiteral("tst:cli:*")};

        Run run = cli.run(flush + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QVERIFY(run.out.contains(QLatin1String("SCAN <cursor> MATCH tst:cli:* COUNT 500")));
        QVERIFY(run.out.contains(QLatin1String("Estimate: 300 keys match")));
        QVERIFY(run.out.contains(QLatin1String("dry-run:")));
        QCOMPARE(count(redis, QStringLiteral("tst:cli:*")), 300);

        run = cli.run(flush, "n\n");
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QVERIFY(run.err.contains(QLatin1String("Go ahead? [y/N]")));
        QCOMPARE(count(redis, QStringLiteral("tst:cli:*")), 300);

        run = cli.run(flush, "y\n");
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QVERIFY(run.out.contains(QLatin1String("done: 300 keys matching tst:cli:* unlinked")));
        QCOMPARE(count(redis, QStringLiteral("tst:cli:*")), 0);

        const auto audit = cli.audit();
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[0].value(QLatin1String("outcome")).toString(), QStringLiteral("dry-run"));
        QCOMPARE(audit[1].value(QLatin1String("outcome")).toString(), QStringLiteral("not-confirmed"));
        QCOMPARE(audit[2].value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
        for (const auto &line : audit) {
            QCOMPARE(line.value(QLatin1String("origin")).toString(), QStringLiteral("cli"));
            QCOMPARE(line.value(QLatin1String("profile")).toString(), lab.profilePath());
        }
    }

    void destructivePlansNeedTheirWord()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        seed(redis, 40, 9);
        // A profile of its own: the lab's redis, database 9.
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("db9.yaml"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("sources:\n  - {name: scratch, kind: redis, url: 'redis://127.0.0.1:%1/9'}\n")
                       .arg(lab.port(QStringLiteral("REDIS_PORT")))
                       .toUtf8());
        file.close();
        const auto inDb9 = [&] {
            return redis.run({QStringLiteral("-n"), QStringLiteral("9"), QStringLiteral("DBSIZE")}).trimmed().toInt();
        };
        const QStringList flushdb{QStringLiteral("flush-cache"), QStringLiteral("--flushdb")};

        Run run = cli.run(flushdb, "y\n", profile);
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QVERIFY(run.err.contains(QLatin1String("Type 'scratch' to go ahead")));
        run = cli.run(flushdb + QStringList{QStringLiteral("--yes")}, {}, profile);
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        run = cli.run(
            flushdb + QStringList{QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("lab-redis")},
            {}, profile);
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QVERIFY(inDb9() >= 40);

        run = cli.run(
            flushdb + QStringList{QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("scratch")}, {},
            profile);
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QTRY_COMPARE_WITH_TIMEOUT(inDb9(), 0, 10'000);
        QCOMPARE(cli.audit().size(), 4);
    }

    void readOnlyProfilesAreRefused()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        seed(redis, 20);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("read-only.yaml"));
        QFile source(lab.profilePath());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile copy(profile);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(source.readAll().replace("read_only: false", "read_only: true"));
        copy.close();
        const QString unlinks = redis.info().value(QStringLiteral("cmdstat_unlink"));

        const Run run = cli.run({QStringLiteral("flush-cache"), QStringLiteral("--source"), QStringLiteral("lab-redis"),
                                 QStringLiteral("--pattern"), QStringLiteral("tst:cli:*"), QStringLiteral("--yes")},
                                {}, profile);
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QVERIFY(run.out.contains(QLatin1String("Refused: the profile is read_only")));
        QCOMPARE(count(redis, QStringLiteral("tst:cli:*")), 20);
        QCOMPARE(redis.info().value(QStringLiteral("cmdstat_unlink")), unlinks);
        QCOMPARE(cli.audit().size(), 1);
        QCOMPARE(cli.audit().first().value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));

        const Run flush
            = cli.run({QStringLiteral("flush-cache"), QStringLiteral("--source"), QStringLiteral("lab-redis"),
                       QStringLiteral("--pattern"), QStringLiteral("tst:cli:*"), QStringLiteral("--yes")});
        QVERIFY2(flush.exitCode == 0, describe(flush).constData());
    }

    void vacuumAndCancelFromTheCommandLine()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        const Psql psql(lab);
        Run run = cli.run({QStringLiteral("vacuum"), QStringLiteral("--table"), QStringLiteral("public.customers"),
                           QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QVERIFY(run.out.contains(QLatin1String("VACUUM (ANALYZE) \"public\".\"customers\"")));

        // Nothing to cancel: no such backend.
        run = cli.run({QStringLiteral("cancel-query"), QStringLiteral("--source"), QStringLiteral("lab-pg"),
                       QStringLiteral("--pid"), QStringLiteral("999999"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QVERIFY(run.out.contains(QLatin1String("nothing-to-do")));
        // Terminate without its word.
        run = cli.run({QStringLiteral("cancel-query"), QStringLiteral("--source"), QStringLiteral("lab-pg"),
                       QStringLiteral("--pid"),
                       psql.value(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE "
                                                 "backend_type = 'client backend' AND "
                                                 "usename = 'lab_app' LIMIT 1")),
                       QStringLiteral("--terminate"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QCOMPARE(cli.audit().size(), 3);
    }

    void dropsAnUnusedIndexOnlyByItsName()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        const Psql app(lab, QStringLiteral("lab_app"));
        const auto cleanup = qScopeGuard([&] { app.exec(QStringLiteral("DROP TABLE IF EXISTS cli_leftovers")); });
        QVERIFY(app.exec(QStringLiteral("DROP TABLE IF EXISTS cli_leftovers; CREATE TABLE cli_leftovers (a int "
                                        "PRIMARY KEY, b int); CREATE INDEX cli_leftovers_b ON cli_leftovers (b);")));
        const QStringList drop{QStringLiteral("drop-index"), QStringLiteral("--source"), QStringLiteral("lab-pg"),
                               QStringLiteral("--advised"), QStringLiteral("--index")};
        // Not built by Pitwall: without --advised, refused.
        Run run
            = cli.run({QStringLiteral("drop-index"), QStringLiteral("--source"), QStringLiteral("lab-pg"),
                       QStringLiteral("--index"), QStringLiteral("public.cli_leftovers_b"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        // Advised, it asks for the index's name.
        run = cli.run(drop + QStringList{QStringLiteral("public.cli_leftovers_b"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'cli_leftovers_b'")),
                 QStringLiteral("1"));
        run = cli.run(drop
                      + QStringList{QStringLiteral("public.cli_leftovers_b"), QStringLiteral("--yes"),
                                    QStringLiteral("--confirm"), QStringLiteral("cli_leftovers_b")});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QVERIFY2(run.out.contains(QLatin1String("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"cli_leftovers_b\"")),
                 describe(run).constData());
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'cli_leftovers_b'")),
                 QStringLiteral("0"));
        // The primary key, never.
        run = cli.run(drop
                      + QStringList{QStringLiteral("public.cli_leftovers_pkey"), QStringLiteral("--yes"),
                                    QStringLiteral("--confirm"), QStringLiteral("cli_leftovers_pkey")});
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QCOMPARE(cli.audit().size(), 4);
    }

    void usageErrorsExit64()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        const QList<QStringList> usages{
            {QStringLiteral("defrag")},
            {QStringLiteral("vacuum"), QStringLiteral("--pattern"), QStringLiteral("x*")},
            {QStringLiteral("flush-cache"), QStringLiteral("--source"), QStringLiteral("lab-redis")},
            {QStringLiteral("flush-cache"), QStringLiteral("--pattern"), QStringLiteral("x*")}, // two redis sources
            {QStringLiteral("cancel-query"), QStringLiteral("--source"), QStringLiteral("lab-pg")},
            {QStringLiteral("warm-cache"), QStringLiteral("--recipe"), QStringLiteral("nope")},
            {QStringLiteral("optimize"), QStringLiteral("--source"), QStringLiteral("lab-redis"),
             QStringLiteral("--table"), QStringLiteral("lab.t")},
        };
        for (const QStringList &arguments : usages) {
            const Run run = cli.run(arguments);
            QVERIFY2(run.exitCode == 64, describe(run).constData());
        }
        QVERIFY(cli.audit().isEmpty());
    }

    void theAuditLogHoldsNoSecret()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Cli cli(lab);
        QVERIFY(cli.run({QStringLiteral("prewarm"), QStringLiteral("--dry-run")}).exitCode == 0);
        QVERIFY(cli.run({QStringLiteral("warm-cache"), QStringLiteral("--recipe"), QStringLiteral("popular-customers"),
                         QStringLiteral("--dry-run")})
                    .exitCode
                == 0);
        QFile audit(cli.auditPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray text = audit.readAll();
        QCOMPARE(text.count('\n'), 2);
        QFile pgpass(lab.value(QStringLiteral("PGPASSFILE")));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        int secrets = 0;
        for (const QByteArray &line : pgpass.readAll().split('\n')) {
            const QByteArray password = line.split(':').value(4);
            if (password.size() < 8)
                continue;
            ++secrets;
            QVERIFY2(!text.contains(password), "a password of the lab is in the audit log");
        }
        QVERIFY(secrets > 0);
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("host="));
    }
};

QTEST_GUILESS_MAIN(TestActionsCliLab)
#include "tst_actions_cli_lab.moc"
