// apply-index and drop-index against the lab: the advisor's index on orders
// built from the command line with CREATE INDEX CONCURRENTLY while writes
// go on (none waits on a lock), valid, used, the statement's window mean
// down, and undone; a unique build over duplicates fails with a clear word
// and leaves no invalid index; an index Pitwall did not build is not
// dropped; another build holding the lock is not run twice; a strange
// table's and column's names are quoted; a read_only profile sends nothing.

#include "actionprobe.h"
#include "indexname.h"
#include "labenvironment.h"
#include "labpostgres.h"
#include "psql.h"

#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString ordersStatement = QStringLiteral("SELECT count(*), sum(amount) FROM orders WHERE customer_id = $1");
const QString ordersIndex = QStringLiteral("pitwall_orders_customer_id_idx");
const QString oddTableSql = QStringLiteral("public.\"x\"\"; DROP TABLE y; --\"");
const QString oddTableQuoted = QStringLiteral("\"public\".\"x\"\"; DROP TABLE y; --\"");
const QString oddColumn = QStringLiteral("Kunden \"Nr\"");
const QString oddColumnSql = QStringLiteral("\"Kunden \"\"Nr\"\"\"");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run pitwall(const LabEnvironment &lab, const QStringList &arguments, const QString &dataDir)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PITWALL_BINARY),
                  QStringList{QStringLiteral("action")} + arguments << QStringLiteral("--profile")
                                                                    << lab.profilePath());
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(180'000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The window mean of @p query over @p seconds of the workload, from pg_stat_statements.
double windowMean(pqxx::connection &connection, const QString &query, int seconds)
{
    const Statements before = readStatements(connection);
    QTest::qWait(seconds * 1000);
    const Statements after = readStatements(connection);
    const QString id = queryIdOf(after, query, true);
    const Statement window = after.value(id) - before.value(id);
    return window.calls > 0 ? window.meanMs() : -1;
}

/// A writer of its own: single-row inserts into orders, a hundred a second at most,
/// each one's commit time kept, until stopped.
class Writer
{
public:
    explicit Writer(std::string connection)
        : m_thread([this, connection = std::move(connection)] {
            try {
                pqxx::connection client(connection);
                while (!m_stop) {
                    pqxx::nontransaction tx(client);
                    tx.exec("INSERT INTO orders (customer_id, status, amount) VALUES (1, 'index-test', 1)");
                    {
                        const std::lock_guard lock(m_mutex);
                        m_commits.push_back(std::chrono::steady_clock::now());
                    }
                    // Steady, not a flood: the workload's own statements keep their weight.
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                }
            } catch (const std::exception &error) {
                const std::lock_guard lock(m_mutex);
                m_error = error.what();
            }
        })
    { }
    ~Writer() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    /// Commits between @p from and @p to.
    int commitsBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to) const
    {
        const std::lock_guard lock(m_mutex);
        return int(std::count_if(m_commits.cbegin(), m_commits.cend(),
                                 [&](const auto &time) { return time >= from && time <= to; }));
    }
    QString error() const
    {
        const std::lock_guard lock(m_mutex);
        return QString::fromStdString(m_error);
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::chrono::steady_clock::time_point> m_commits;
    std::string m_error;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

/// Watches the server while a build runs: when pg_stat_progress_create_index
/// showed it, and whether any insert into orders ever waited on a lock.
class Watcher
{
public:
    explicit Watcher(std::string connection)
        : m_thread([this, connection = std::move(connection)] {
            try {
                pqxx::connection client(connection);
                while (!m_stop) {
                    pqxx::nontransaction tx(client);
                    const bool building = tx.exec("SELECT count(*) FROM pg_stat_progress_create_index WHERE relid = "
                                                  "'orders'::regclass")[0][0]
                                              .as<int>()
                        > 0;
                    const int waiting = tx.exec("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                                "'Lock' AND query ILIKE 'INSERT INTO orders%'")[0][0]
                                            .as<int>();
                    const auto now = std::chrono::steady_clock::now();
                    const std::lock_guard lock(m_mutex);
                    if (building) {
                        if (!m_firstSeen)
                            m_firstSeen = now;
                        m_lastSeen = now;
                        ++m_samples;
                    }
                    m_writesWaitingOnLocks += waiting;
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            } catch (const std::exception &error) {
                qWarning("watcher: %s", error.what());
            }
        })
    { }
    ~Watcher() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::optional<std::chrono::steady_clock::time_point> firstSeen() const { return m_firstSeen; }
    std::chrono::steady_clock::time_point lastSeen() const { return m_lastSeen; }
    int samples() const { return m_samples; }
    int writesWaitingOnLocks() const { return m_writesWaitingOnLocks; }

private:
    std::mutex m_mutex;
    std::optional<std::chrono::steady_clock::time_point> m_firstSeen;
    std::chrono::steady_clock::time_point m_lastSeen;
    int m_samples = 0;
    int m_writesWaitingOnLocks = 0;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

Profile labActionProfile(const LabEnvironment &lab, bool readOnly = false)
{
    QFile file(lab.profilePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the lab's profile");
    QByteArray yaml = file.readAll();
    if (readOnly)
        yaml.replace("read_only: false", "read_only: true");
    qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    return actionProfile(QString::fromUtf8(yaml));
}

ActionRequest applyIndex(const QString &table, const QStringList &columns, bool unique = false)
{
    ActionRequest request;
    request.kind = ActionRequest::Kind::ApplyIndex;
    request.source = QStringLiteral("lab-pg");
    request.targets = {table};
    request.columns = columns;
    request.unique = unique;
    return request;
}

} // namespace

class TestActionsIndexLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

    void dropOrdersIndexes(const LabEnvironment &lab)
    {
        // What a test built on the lab's orders goes, so that other tests see the lab as it started.
        Psql(lab).exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.%1").arg(ordersIndex));
        Psql(lab).exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.pitwall_orders_status_key"));
        Psql(lab).exec(QStringLiteral("DELETE FROM orders WHERE status = 'index-test'"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        dropOrdersIndexes(lab);
    }

    void cleanupTestCase()
    {
        const auto lab = LabEnvironment::find();
        if (lab.isRunning())
            dropOrdersIndexes(lab);
    }

    void applyFromTheCommandLineWhileWritesGoOnThenUndo()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto cleanup = qScopeGuard([&] { dropOrdersIndexes(lab); });
        Psql psql(lab);
        pqxx::connection super(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = '%1'").arg(ordersIndex)),
                 QStringLiteral("0"));
        const double meanBefore = windowMean(super, ordersStatement, 6);
        QVERIFY2(meanBefore > 0, "the workload's orders filter does not run");

        // The plan first: the exact statements, nothing sent.
        const Run dry
            = pitwall(lab,
                      {QStringLiteral("apply-index"), QStringLiteral("--table"), QStringLiteral("public.orders"),
                       QStringLiteral("--columns"), QStringLiteral("customer_id"), QStringLiteral("--dry-run")},
                      m_data.path());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("CREATE INDEX CONCURRENTLY \"%1\" ON \"public\".\"orders\" "
                                                 "(\"customer_id\")")
                                      .arg(ordersIndex)),
                 qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QLatin1String("SET lock_timeout = '10s'")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QLatin1String("pg_try_advisory_lock")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(ordersStatement), qPrintable(dry.out));
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = '%1'").arg(ordersIndex)),
                 QStringLiteral("0"));

        const qint64 maxIdBefore = psql.value(QStringLiteral("SELECT max(id) FROM orders")).toLongLong();
        Watcher watcher(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        Writer writer(labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab")));
        const Run applied
            = pitwall(lab,
                      {QStringLiteral("apply-index"), QStringLiteral("--table"), QStringLiteral("public.orders"),
                       QStringLiteral("--columns"), QStringLiteral("customer_id"), QStringLiteral("--yes")},
                      m_data.path());
        QTest::qWait(200);
        watcher.stop();
        writer.stop();
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));

        // Built concurrently: seen in pg_stat_progress_create_index, valid, Pitwall's.
        QVERIFY2(watcher.firstSeen(), "the build never showed in pg_stat_progress_create_index");
        QCOMPARE(psql.value(QStringLiteral("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = "
                                           "'public.%1'::regclass")
                                .arg(ordersIndex)),
                 QStringLiteral("t"));
        QCOMPARE(
            psql.value(QStringLiteral("SELECT obj_description('public.%1'::regclass, 'pg_class')").arg(ordersIndex)),
            IndexName::marker());
        // Writes went on during the build, and none waited on a lock.
        const int duringBuild = writer.commitsBetween(*watcher.firstSeen(), watcher.lastSeen());
        QVERIFY2(duringBuild > 0, "no insert committed while the index was being built");
        QCOMPARE(watcher.writesWaitingOnLocks(), 0);
        QVERIFY(psql.value(QStringLiteral("SELECT max(id) FROM orders")).toLongLong() > maxIdBefore);
        // Progress came from pg_stat_progress_create_index; the outcome gives the cost before and after.
        QVERIFY2(applied.err.contains(ordersIndex + QStringLiteral(": ")), qPrintable(applied.out + applied.err));
        QVERIFY2(applied.out.contains(QStringLiteral("%1 built on public.orders").arg(ordersIndex)),
                 qPrintable(applied.out));
        QVERIFY2(applied.out.contains(QLatin1String("uses the index")), qPrintable(applied.out));
        qInfo().noquote() << "apply-index:" << applied.out;

        // The statement got faster: its window mean with the index, against the one before.
        const double meanAfter = windowMean(super, ordersStatement, 6);
        QVERIFY2(meanAfter > 0 && meanAfter < meanBefore,
                 qPrintable(QStringLiteral("window mean %1 ms → %2 ms").arg(meanBefore).arg(meanAfter)));
        qInfo().noquote() << QStringLiteral("window mean %1 ms → %2 ms").arg(meanBefore).arg(meanAfter);
        QVERIFY(psql.value(QStringLiteral("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = '%1'")
                               .arg(ordersIndex))
                    .toLongLong()
                > 0);

        // A second apply finds it there: nothing to do.
        const Run again
            = pitwall(lab,
                      {QStringLiteral("apply-index"), QStringLiteral("--table"), QStringLiteral("public.orders"),
                       QStringLiteral("--columns"), QStringLiteral("customer_id"), QStringLiteral("--yes")},
                      m_data.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("Nothing to do")), qPrintable(again.out));

        // Undo.
        const Run undone = pitwall(lab,
                                   {QStringLiteral("drop-index"), QStringLiteral("--index"),
                                    QStringLiteral("public.") + ordersIndex, QStringLiteral("--yes")},
                                   m_data.path());
        QVERIFY2(undone.exitCode == 0, qPrintable(undone.out + undone.err));
        QVERIFY2(
            undone.out.contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"%1\"").arg(ordersIndex)),
            qPrintable(undone.out));
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = '%1'").arg(ordersIndex)),
                 QStringLiteral("0"));
    }

    void refusesToDropAnIndexPitwallDidNotBuild()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Run refused = pitwall(lab,
                                    {QStringLiteral("drop-index"), QStringLiteral("--index"),
                                     QStringLiteral("public.orders_created_at_idx"), QStringLiteral("--yes")},
                                    m_data.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(QLatin1String("was not built by Pitwall")), qPrintable(refused.out));
        QCOMPARE(Psql(lab).value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                                "'orders_created_at_idx'")),
                 QStringLiteral("1"));
    }

    void aUniqueBuildOverDuplicatesFailsAndLeavesNothing()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto cleanup = qScopeGuard([&] { dropOrdersIndexes(lab); });
        Psql psql(lab);
        // The statuses repeat: a unique index on them cannot be built.
        QVERIFY(psql.value(QStringLiteral("SELECT count(*) - count(DISTINCT status) FROM orders")).toLongLong() > 0);
        ActionProbe probe(labActionProfile(lab));
        QVERIFY2(probe.plan(applyIndex(QStringLiteral("public.orders"), {QStringLiteral("status")}, true)),
                 describe(probe.outcome()).constData());
        QVERIFY(probe.currentPlan()
                    .statements.join(QLatin1Char('\n'))
                    .contains(QLatin1String("CREATE UNIQUE INDEX "
                                            "CONCURRENTLY")));
        const ActionOutcome outcome = probe.run();
        QCOMPARE(outcome.status, ActionOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(QLatin1String("holds duplicate values")), describe(outcome).constData());
        QVERIFY2(outcome.message.contains(QLatin1String("a unique index cannot be built")),
                 describe(outcome).constData());
        QVERIFY2(outcome.message.contains(QLatin1String("the invalid index it left was dropped")),
                 describe(outcome).constData());
        QCOMPARE(
            psql.value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'pitwall_orders_status_key'")),
            QStringLiteral("0"));
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = 'orders'::regclass AND NOT "
                                           "indisvalid")),
                 QStringLiteral("0"));
        // The audit log has the failure.
        const auto lines = probe.auditLines();
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last().value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    }

    void anotherBuildHoldingTheLockIsNotRunTwice()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto cleanup = qScopeGuard([&] { dropOrdersIndexes(lab); });
        ActionProbe probe(labActionProfile(lab));
        QVERIFY2(probe.plan(applyIndex(QStringLiteral("public.orders"), {QStringLiteral("customer_id")})),
                 describe(probe.outcome()).constData());
        pqxx::connection other(labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab")));
        sql(other,
            "SELECT pg_advisory_lock(hashtextextended('pitwall apply-index public." + ordersIndex.toStdString()
                + "', 0))");
        const ActionOutcome outcome = probe.run();
        QCOMPARE(outcome.status, ActionOutcome::Status::Refused);
        QVERIFY2(outcome.message.contains(QLatin1String("advisory lock")), describe(outcome).constData());
        QCOMPARE(Psql(lab).value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = '%1'").arg(ordersIndex)),
                 QStringLiteral("0"));
    }

    void quotesAStrangeTableAndColumn()
    {
        PITWALL_REQUIRE_LAB(lab);
        Psql app(lab, QStringLiteral("lab_app"));
        const auto cleanup
            = qScopeGuard([&] { app.exec(QStringLiteral("DROP TABLE IF EXISTS %1, y").arg(oddTableSql)); });
        QVERIFY(app.exec(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (id int, %2 int); "
                                        "INSERT INTO %1 SELECT i, i % 100 FROM generate_series(1, 20000) i; "
                                        "CREATE TABLE IF NOT EXISTS y (v int);")
                             .arg(oddTableSql, oddColumnSql)));
        ActionProbe probe(labActionProfile(lab));
        QVERIFY2(probe.plan(applyIndex(oddTableSql, {oddColumn})), describe(probe.outcome()).constData());
        const QString name
            = IndexName::forColumns(QStringLiteral("public"), QStringLiteral("x\"; DROP TABLE y; --"), {oddColumn});
        QVERIFY2(probe.currentPlan().statements.join(QLatin1Char('\n')).contains(oddTableQuoted),
                 "the table is quoted");
        QCOMPARE(probe.run().status, ActionOutcome::Status::Done);
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'x\"; DROP TABLE y; --' "
                                          "AND indexname = '%1'")
                               .arg(QString(name).replace(QLatin1Char('\''), QLatin1String("''")))),
                 QStringLiteral("1"));
        QCOMPARE(app.value(QStringLiteral("SELECT to_regclass('public.y') IS NOT NULL")), QStringLiteral("t"));

        ActionRequest drop;
        drop.kind = ActionRequest::Kind::DropIndex;
        drop.source = QStringLiteral("lab-pg");
        drop.targets
            = {QStringLiteral("public.\"%1\"").arg(QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")))};
        ActionProbe undo(labActionProfile(lab));
        QVERIFY2(undo.plan(drop), describe(undo.outcome()).constData());
        QCOMPARE(undo.run().status, ActionOutcome::Status::Done);
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'x\"; DROP TABLE y; --'")),
                 QStringLiteral("0"));
        QCOMPARE(app.value(QStringLiteral("SELECT to_regclass('public.y') IS NOT NULL")), QStringLiteral("t"));
    }

    void aPartitionedTableIsIndexedPartitionByPartition()
    {
        PITWALL_REQUIRE_LAB(lab);
        Psql app(lab, QStringLiteral("lab_app"));
        const auto cleanup = qScopeGuard([&] { app.exec(QStringLiteral("DROP TABLE IF EXISTS tst_events")); });
        QVERIFY(app.exec(
            QStringLiteral("DROP TABLE IF EXISTS tst_events; "
                           "CREATE TABLE tst_events (id int, kind int) PARTITION BY RANGE (id); "
                           "CREATE TABLE tst_events_1 PARTITION OF tst_events FOR VALUES FROM (0) TO (1000); "
                           "CREATE TABLE tst_events_2 PARTITION OF tst_events FOR VALUES FROM (1000) TO (2000); "
                           "INSERT INTO tst_events SELECT i, i % 7 FROM generate_series(0, 1999) i;")));
        ActionProbe probe(labActionProfile(lab));
        QVERIFY2(probe.plan(applyIndex(QStringLiteral("public.tst_events"), {QStringLiteral("kind")})),
                 describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        const QString statements = plan.statements.join(QLatin1Char('\n'));
        QVERIFY2(statements.contains(QLatin1String("CREATE INDEX CONCURRENTLY \"pitwall_tst_events_1_kind_idx\" ON "
                                                   "\"public\".\"tst_events_1\"")),
                 qPrintable(statements));
        QVERIFY(statements.contains(QLatin1String("ON \"public\".\"tst_events_2\"")));
        QVERIFY2(!statements.contains(QLatin1String("ON \"public\".\"tst_events\" ")), qPrintable(statements));
        QVERIFY2(plan.notes.join(QLatin1Char(' ')).contains(QLatin1String("CREATE INDEX ON ONLY public.tst_events")),
                 qPrintable(plan.notes.join(QLatin1Char('\n'))));
        QCOMPARE(probe.run().status, ActionOutcome::Status::Done);
        QCOMPARE(app.value(QStringLiteral("SELECT string_agg(indexrelid::regclass::text, ',' ORDER BY 1) FROM pg_index "
                                          "WHERE indrelid IN ('tst_events_1'::regclass, 'tst_events_2'::regclass) "
                                          "AND indisvalid")),
                 QStringLiteral("pitwall_tst_events_1_kind_idx,pitwall_tst_events_2_kind_idx"));
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = 'tst_events'::regclass")),
                 QStringLiteral("0"));
    }

    void aReadOnlyProfilePlansAndSendsNothing()
    {
        PITWALL_REQUIRE_LAB(lab);
        ActionProbe probe(labActionProfile(lab, true));
        QVERIFY2(probe.plan(applyIndex(QStringLiteral("public.orders"), {QStringLiteral("customer_id")})),
                 describe(probe.outcome()).constData());
        QVERIFY(!probe.currentPlan().refusal.isEmpty());
        QCOMPARE(probe.run().status, ActionOutcome::Status::Refused);
        QCOMPARE(Psql(lab).value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = '%1'").arg(ordersIndex)),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestActionsIndexLab)
#include "tst_actions_index_lab.moc"
