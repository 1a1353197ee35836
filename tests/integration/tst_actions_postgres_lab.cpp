// VACUUM, pg_prewarm and cancelling queries against the lab's PostgreSQL, on
// a table named `x"; DROP TABLE y; --` beside a table y that must survive; a
// read_only profile sends none of it.

#include "actionprobe.h"
#include "labenvironment.h"
#include "psql.h"

#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

/// The table's name, and how SQL spells it.
const QString oddTable = QStringLiteral("x\"; DROP TABLE y; --");
const QString oddTableSql = QStringLiteral("public.\"x\"\"; DROP TABLE y; --\"");
const QString oddIndex = QStringLiteral("ключ \"idx\"; --");
const QString oddIndexSql = QStringLiteral("public.\"ключ \"\"idx\"\"; --\"");

Profile labProfile(const LabEnvironment &lab, bool readOnly = false)
{
    // The lab's own sources, monitoring role and action role included.
    QFile file(lab.profilePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the lab's profile");
    QByteArray yaml = file.readAll();
    if (readOnly)
        yaml.replace("read_only: false", "read_only: true");
    auto loaded = ProfileLoader::parse(yaml, lab.profilePath(), ProfileLoader::defaultThresholds());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("the lab's profile does not load: %s", qPrintable(error->toString()));
    return std::get<Profile>(loaded);
}

/// Every table's manual VACUUM count, by name.
QMap<QString, QString> vacuumCounts(const Psql &psql)
{
    QMap<QString, QString> counts;
    for (const QStringList &row : psql.rows(QStringLiteral("SELECT relid::regclass::text, vacuum_count FROM "
                                                           "pg_stat_user_tables")))
        counts.insert(row.value(0), row.value(1));
    return counts;
}

qint64 deadRows(const Psql &psql)
{
    return psql
        .value(QStringLiteral("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'x\"; DROP TABLE y; --'"))
        .toLongLong();
}

/// Deletes rows of the odd table, then waits until no other session's snapshot
/// still sees them (the workload's slow statements hold one for seconds):
/// until then VACUUM may not remove them.
bool deleteRows(const Psql &psql, const QString &where)
{
    const QString xid = psql.value(QStringLiteral("BEGIN; DELETE FROM public.\"x\"\"; DROP TABLE y; --\" WHERE %1;"
                                                  "SELECT txid_current(); COMMIT;")
                                       .arg(where));
    if (xid.toLongLong() <= 0)
        return false;
    return QTest::qWaitFor(
        [&] {
            return psql.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                             "AND backend_xmin IS NOT NULL AND backend_xmin::text::bigint <= %1")
                                  .arg(xid))
                == QLatin1String("0");
        },
        30'000);
}

/// The process has ended, or ends within @p ms.
bool ends(QProcess &process, int ms = 10'000)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(ms);
}

/// Ends a sleeper's backend too: killing psql leaves its pg_sleep running on the server.
void stopSleeper(const LabEnvironment &lab, QProcess &process, qint64 pid)
{
    Psql(lab).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    if (!ends(process, 5000))
        process.kill();
    process.waitForFinished();
}

/// Starts `SELECT pg_sleep(60)` as lab_app and returns its backend pid once it runs.
qint64 startSleep(const LabEnvironment &lab, std::unique_ptr<QProcess> &process, const QString &marker)
{
    process = Psql(lab, QStringLiteral("lab_app")).start(QStringLiteral("SELECT pg_sleep(60) AS %1").arg(marker));
    const Psql psql(lab);
    qint64 pid = 0;
    const bool started = QTest::qWaitFor(
        [&] {
            pid = psql.value(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE "
                                            "'SELECT pg_sleep(60) AS %1'")
                                 .arg(marker))
                      .toLongLong();
            return pid > 0;
        },
        10'000);
    return started ? pid : 0;
}

} // namespace

class TestActionsPostgresLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        PITWALL_REQUIRE_LAB(lab);
        qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
        const Psql psql(lab);
        QVERIFY(psql.exec(QStringLiteral(
            "SET ROLE lab_app;"
            "DROP TABLE IF EXISTS public.\"x\"\"; DROP TABLE y; --\", public.y;"
            "CREATE TABLE public.y (id int);"
            "INSERT INTO public.y SELECT generate_series(1, 10);"
            "CREATE TABLE public.\"x\"\"; DROP TABLE y; --\" (id int PRIMARY KEY, payload text) "
            "  WITH (autovacuum_enabled = false);"
            "CREATE INDEX \"ключ \"\"idx\"\"; --\" ON public.\"x\"\"; DROP TABLE y; --\" (payload);"
            "INSERT INTO public.\"x\"\"; DROP TABLE y; --\" SELECT i, md5(i::text) FROM generate_series(1, 5000) i;")));
    }

    void cleanup()
    {
        const auto lab = LabEnvironment::find();
        if (lab.isRunning())
            Psql(lab).exec(QStringLiteral("DROP TABLE IF EXISTS public.\"x\"\"; DROP TABLE y; --\", public.y"));
    }

    void vacuumRemovesDeadRowsOfTheOddTableOnly()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Psql psql(lab);
        QVERIFY(deleteRows(psql, QStringLiteral("id > 1000")));
        QTRY_VERIFY_WITH_TIMEOUT(deadRows(psql) >= 4000, 15'000);
        const QMap<QString, QString> countsBefore = vacuumCounts(psql);

        ActionProbe probe(labProfile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::Vacuum;
        request.source = QStringLiteral("lab-pg");
        // The advisor finds it among the tables with many dead rows.
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const QString statement = QStringLiteral("VACUUM (ANALYZE) \"public\".\"x\"\"; DROP TABLE y; --\"");
        QVERIFY2(probe.currentPlan().statements.contains(statement), qPrintable(probe.currentPlan().toText()));
        probe.runner().finishDryRun();

        request.targets = {oddTableSql};
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QCOMPARE(plan.statements, QStringList{statement});
        QVERIFY(!plan.isDestructive());
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        qInfo().noquote() << outcome.details;

        QTRY_COMPARE_WITH_TIMEOUT(deadRows(psql), 0, 10'000);
        // regclass spells the table as SQL does.
        const QString regclass = QStringLiteral("\"x\"\"; DROP TABLE y; --\"");
        QMap<QString, QString> countsAfter = vacuumCounts(psql);
        QMap<QString, QString> othersBefore = countsBefore;
        QCOMPARE(countsAfter.take(regclass).toInt(), othersBefore.take(regclass).toInt() + 1);
        QCOMPARE(countsAfter, othersBefore);
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM public.y")), QStringLiteral("10"));
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM public.\"x\"\"; DROP TABLE y; --\"")),
                 QStringLiteral("1000"));

        const auto audit = probe.auditLines();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].value(QLatin1String("outcome")).toString(), QStringLiteral("dry-run"));
        QCOMPARE(audit[1].value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
        QCOMPARE(audit[1].value(QLatin1String("statements")).toArray().first().toString(), statement);
    }

    void prewarmLoadsEveryBlockOfTheChosenRelations()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Psql psql(lab);
        const qint64 tableBlocks
            = psql.value(QStringLiteral("SELECT pg_relation_size('%1') / 8192").arg(oddTableSql)).toLongLong();
        const qint64 indexBlocks
            = psql.value(QStringLiteral("SELECT pg_relation_size('%1') / 8192")
                             .arg(QString(oddIndexSql).replace(QLatin1Char('\''), QLatin1String("''"))))
                  .toLongLong();
        QVERIFY(tableBlocks > 0 && indexBlocks > 0);

        ActionProbe probe(labProfile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::Prewarm;
        request.source = QStringLiteral("lab-pg");
        request.targets = {oddTableSql, oddIndexSql};
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        qInfo().noquote() << probe.currentPlan().toText();
        QCOMPARE(probe.currentPlan().statements,
                 (QStringList{QStringLiteral("SELECT pg_prewarm('\"public\".\"x\"\"; DROP TABLE y; --\"'::regclass)"),
                              QStringLiteral("SELECT pg_prewarm('\"public\".\"ключ \"\"idx\"\"; --\"'::regclass)")}));
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(outcome.details,
                 (QStringList{QStringLiteral("public.%1: %2 blocks loaded").arg(oddTable).arg(tableBlocks),
                              QStringLiteral("public.%1: %2 blocks loaded").arg(oddIndex).arg(indexBlocks)}));
        // Every block of both is in shared buffers now, as pg_buffercache sees it.
        const QString cached = QStringLiteral(
            "SELECT count(DISTINCT relblocknumber) FROM pg_buffercache WHERE relfilenode = pg_relation_filenode('%1') "
            "AND reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())");
        QCOMPARE(psql.value(cached.arg(oddTableSql)).toLongLong(), tableBlocks);
        QCOMPARE(psql.value(cached.arg(oddIndexSql)).toLongLong(), indexBlocks);
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM public.y")), QStringLiteral("10"));

        // Without relations: the advisor's list, read by the monitoring role through pg_buffercache.
        request.targets.clear();
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        qInfo().noquote() << probe.currentPlan().toText();
        QVERIFY2(probe.currentPlan().notes.join(QLatin1Char(' ')).contains(QLatin1String("from pg_buffercache")),
                 qPrintable(probe.currentPlan().toText()));
        probe.runner().finishDryRun();
        QCOMPARE(probe.auditLines().size(), 2);
    }

    void cancelEndsARunningSleep()
    {
        PITWALL_REQUIRE_LAB(lab);
        std::unique_ptr<QProcess> sleeper;
        const qint64 pid = startSleep(lab, sleeper, QStringLiteral("tst_cancel"));
        QVERIFY(pid > 0);
        const auto stop = qScopeGuard([&] { stopSleeper(lab, *sleeper, pid); });

        ActionProbe probe(labProfile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::CancelQuery;
        request.source = QStringLiteral("lab-pg");
        request.pid = pid;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        qInfo().noquote() << probe.currentPlan().toText();
        QCOMPARE(probe.currentPlan().statements, QStringList{QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid)});
        QVERIFY(!probe.currentPlan().isDestructive());
        QVERIFY(probe.currentPlan().sample.constFirst().contains(QLatin1String("pg_sleep(60)")));
        QVERIFY(sleeper->state() == QProcess::Running);

        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QVERIFY(ends(*sleeper));
        QVERIFY(sleeper->readAllStandardError().contains("canceling statement due to user request"));
        QCOMPARE(probe.auditLines().size(), 1);
    }

    void terminateIsASeparateConfirmedStep()
    {
        PITWALL_REQUIRE_LAB(lab);
        std::unique_ptr<QProcess> sleeper;
        const qint64 pid = startSleep(lab, sleeper, QStringLiteral("tst_terminate"));
        QVERIFY(pid > 0);
        const auto stop = qScopeGuard([&] { stopSleeper(lab, *sleeper, pid); });

        ActionProbe probe(labProfile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::CancelQuery;
        request.source = QStringLiteral("lab-pg");
        request.pid = pid;
        request.terminate = true;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QVERIFY(probe.currentPlan().isDestructive());
        QCOMPARE(probe.currentPlan().confirmWord, QString::number(pid));
        QCOMPARE(probe.run().status, ActionOutcome::Status::NotConfirmed);
        QVERIFY(!sleeper->waitForFinished(1000));

        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionOutcome outcome = probe.run(QString::number(pid));
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QVERIFY(ends(*sleeper));
        QVERIFY(sleeper->readAllStandardError().contains("terminating connection due to administrator command"));
        QCOMPARE(probe.auditLines().size(), 2);
    }

    void readOnlyProfileSendsNoWrite()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Psql psql(lab);
        QVERIFY(deleteRows(psql, QStringLiteral("id > 2000")));
        QTRY_VERIFY_WITH_TIMEOUT(deadRows(psql) >= 3000, 15'000);
        std::unique_ptr<QProcess> sleeper;
        const qint64 pid = startSleep(lab, sleeper, QStringLiteral("tst_read_only"));
        QVERIFY(pid > 0);
        const auto stop = qScopeGuard([&] { stopSleeper(lab, *sleeper, pid); });
        const QMap<QString, QString> countsBefore = vacuumCounts(psql);
        const qint64 deadBefore = deadRows(psql);
        const QString statementsSql = QStringLiteral(
            "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query ILIKE 'VACUUM%' OR query ILIKE "
            "'%pg_cancel_backend%' OR query ILIKE '%pg_terminate_backend%' OR query ILIKE '%pg_prewarm(%'");
        const QString statementsBefore = psql.value(statementsSql);

        ActionProbe probe(labProfile(lab, true));
        ActionRequest vacuum;
        vacuum.kind = ActionRequest::Kind::Vacuum;
        vacuum.source = QStringLiteral("lab-pg");
        vacuum.targets = {oddTableSql};
        ActionRequest cancel;
        cancel.kind = ActionRequest::Kind::CancelQuery;
        cancel.source = QStringLiteral("lab-pg");
        cancel.pid = pid;
        ActionRequest terminate = cancel;
        terminate.terminate = true;
        ActionRequest prewarm;
        prewarm.kind = ActionRequest::Kind::Prewarm;
        prewarm.source = QStringLiteral("lab-pg");
        prewarm.targets = {oddTableSql};
        for (const ActionRequest &request : {vacuum, cancel, terminate, prewarm}) {
            QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
            QVERIFY(probe.currentPlan().refusal.contains(QLatin1String("read_only")));
            QCOMPARE(probe.run(QString::number(pid)).status, ActionOutcome::Status::Refused);
        }

        QVERIFY(sleeper->state() == QProcess::Running);
        QCOMPARE(psql.value(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = %1").arg(pid)),
                 QStringLiteral("active"));
        QCOMPARE(vacuumCounts(psql), countsBefore);
        QCOMPARE(deadRows(psql), deadBefore);
        QCOMPARE(psql.value(statementsSql), statementsBefore);
        const auto audit = probe.auditLines();
        QCOMPARE(audit.size(), 4);
        for (const auto &line : audit)
            QCOMPARE(line.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
    }
};

QTEST_GUILESS_MAIN(TestActionsPostgresLab)
#include "tst_actions_postgres_lab.moc"
