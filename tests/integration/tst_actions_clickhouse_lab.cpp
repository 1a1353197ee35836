// OPTIMIZE … FINAL and KILL QUERY against the lab's ClickHouse, on a table
// whose name holds a backquote, a semicolon and non-ASCII beside a table y
// that must survive; a read_only profile sends none of it (system.query_log).

#include "actionprobe.h"
#include "clickhousehttp.h"
#include "labenvironment.h"

#include <QProcess>
#include <QScopeGuard>
#include <QUuid>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString oddTable = QStringLiteral("x`; DROP TABLE y; -- ключ");
/// How ClickHouse SQL spells lab.<oddTable>.
const QString oddTableSql = QStringLiteral("lab.`x\\`; DROP TABLE y; -- ключ`");
const QString oddTableLiteral = QStringLiteral("'x`; DROP TABLE y; -- ключ'");

Profile profile(const LabEnvironment &lab, bool readOnly = false)
{
    return actionProfile(QStringLiteral("read_only: %1\nsources:\n  - {name: ch, kind: clickhouse, url: "
                                        "'http://127.0.0.1:%2'}\n")
                             .arg(readOnly ? QStringLiteral("true") : QStringLiteral("false"))
                             .arg(lab.port(QStringLiteral("CH_HTTP_PORT"))));
}

/// partition id → active part names, of one table of lab.
QMap<QString, QStringList> activeParts(const ClickHouseHttp &ch, const QString &tableLiteral)
{
    QMap<QString, QStringList> parts;
    const QByteArray rows = ch.query(QStringLiteral("SELECT partition_id, name FROM system.parts WHERE active AND "
                                                    "database = 'lab' AND table = %1 ORDER BY name")
                                         .arg(tableLiteral));
    for (const QByteArray &row : rows.split('\n')) {
        const QList<QByteArray> cells = row.split('\t');
        if (cells.size() == 2)
            parts[QString::fromUtf8(cells[0])] << QString::fromUtf8(cells[1]);
    }
    return parts;
}

} // namespace

class TestActionsClickHouseLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ClickHouseHttp ch(lab);
        bool ok = false;
        ch.query(QStringLiteral("DROP TABLE IF EXISTS ") + oddTableSql, &ok);
        QVERIFY(ok);
        ch.query(QStringLiteral("DROP TABLE IF EXISTS lab.y"), &ok);
        ch.query(QStringLiteral("CREATE TABLE lab.y (d Date, k UInt32) ENGINE = MergeTree() PARTITION BY d ORDER BY k"),
                 &ok);
        QVERIFY(ok);
        ch.query(QStringLiteral("INSERT INTO lab.y VALUES ('2024-01-01', 1)"), &ok);
        ch.query(QStringLiteral("INSERT INTO lab.y VALUES ('2024-01-01', 2)"), &ok);
        // Background merges may take no part (they would race the test); OPTIMIZE still may.
        ch.query(QStringLiteral("CREATE TABLE %1 (d Date, k UInt32, v String) ENGINE = MergeTree() PARTITION BY d "
                                "ORDER BY k SETTINGS index_granularity = 8192, "
                                "max_bytes_to_merge_at_max_space_in_pool = 1")
                     .arg(oddTableSql),
                 &ok);
        QVERIFY(ok);
        for (int i = 0; i < 5; ++i) {
            ch.query(QStringLiteral("INSERT INTO %1 VALUES ('2024-01-01', %2, 'ключ %2')").arg(oddTableSql).arg(i),
                     &ok);
            QVERIFY(ok);
        }
        ch.query(QStringLiteral("INSERT INTO %1 VALUES ('2024-01-02', 99, 'alone')").arg(oddTableSql), &ok);
        QVERIFY(ok);
    }

    void cleanup()
    {
        const auto lab = LabEnvironment::find();
        if (!lab.isRunning())
            return;
        const ClickHouseHttp ch(lab);
        ch.query(QStringLiteral("DROP TABLE IF EXISTS ") + oddTableSql);
        ch.query(QStringLiteral("DROP TABLE IF EXISTS lab.y"));
    }

    void optimizeMergesOnlyThePartitionsWithSeveralParts()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ClickHouseHttp ch(lab);
        const auto before = activeParts(ch, oddTableLiteral);
        QCOMPARE(before.value(QStringLiteral("20240101")).size(), 5);
        QCOMPARE(before.value(QStringLiteral("20240102")).size(), 1);
        const auto yBefore = activeParts(ch, QStringLiteral("'y'"));
        const auto smallPartsBefore = activeParts(ch, QStringLiteral("'small_parts'"));

        ActionProbe probe(profile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::Optimize;
        request.targets = {QStringLiteral("lab.") + oddTable};
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QCOMPARE(plan.statements,
                 QStringList{QStringLiteral("OPTIMIZE TABLE `lab`.`x\\`; DROP TABLE y; -- ключ` "
                                            "PARTITION ID '20240101' FINAL")});
        QCOMPARE(plan.touches.size(), 1);
        QVERIFY(!plan.isDestructive());
        QVERIFY(plan.notes.constFirst().startsWith(QLatin1String("1 partition(s) with one active part")));

        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(outcome.details, QStringList{QStringLiteral("partition 2024-01-01: 5 parts → 1")});
        const auto after = activeParts(ch, oddTableLiteral);
        QCOMPARE(after.value(QStringLiteral("20240101")).size(), 1);
        QCOMPARE(after.value(QStringLiteral("20240102")), before.value(QStringLiteral("20240102")));
        QCOMPARE(ch.value(QStringLiteral("SELECT count() FROM ") + oddTableSql), QStringLiteral("6"));
        QCOMPARE(activeParts(ch, QStringLiteral("'y'")), yBefore);
        // The workload keeps inserting into small_parts: every part it had is still there.
        const auto smallPartsAfter = activeParts(ch, QStringLiteral("'small_parts'"));
        for (auto it = smallPartsBefore.cbegin(); it != smallPartsBefore.cend(); ++it) {
            for (const QString &part : it.value())
                QVERIFY2(smallPartsAfter.value(it.key()).contains(part), qPrintable(part));
        }
        QCOMPARE(probe.auditLines().size(), 1);

        // Now every partition has one part: nothing to do.
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QVERIFY(probe.currentPlan().nothingToDo);
        QCOMPARE(probe.run().status, ActionOutcome::Status::NothingToDo);
        QCOMPARE(probe.auditLines().size(), 2);
    }

    void optimizingTheWholeTableNeedsItsName()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ClickHouseHttp ch(lab);
        ActionProbe probe(profile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::Optimize;
        request.targets = {oddTableSql}; // the backquoted spelling works too
        request.wholeTable = true;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        QCOMPARE(probe.currentPlan().statements,
                 QStringList{QStringLiteral("OPTIMIZE TABLE `lab`.`x\\`; DROP TABLE y; -- ключ` FINAL")});
        QCOMPARE(probe.currentPlan().confirmWord, QStringLiteral("lab.") + oddTable);
        QCOMPARE(probe.run(QStringLiteral("lab.x")).status, ActionOutcome::Status::NotConfirmed);
        QCOMPARE(activeParts(ch, oddTableLiteral).value(QStringLiteral("20240101")).size(), 5);

        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        const ActionOutcome outcome = probe.run(QStringLiteral("lab.") + oddTable);
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(activeParts(ch, oddTableLiteral).value(QStringLiteral("20240101")).size(), 1);
    }

    void killQueryEndsARunningQuery()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ClickHouseHttp ch(lab);
        // A query id is text the server was given: quotes and non-ASCII must not break the KILL.
        const QString queryId
            = QStringLiteral("tst-kill-o'neil; ключ-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString literal = QString(queryId).replace(QLatin1Char('\''), QLatin1String("\\'"));
        // 30 blocks of one row, each sleeping 2 s: a minute, unless killed.
        auto sleeper = ch.start(
            QStringLiteral("SELECT sleep(2) FROM system.numbers LIMIT 30 SETTINGS max_block_size = 1"), queryId);
        const auto stop = qScopeGuard([&] {
            ch.query(QStringLiteral("KILL QUERY WHERE query_id = '%1' SYNC").arg(literal));
            sleeper->waitForFinished();
        });
        const QString running
            = QStringLiteral("SELECT count() FROM system.processes WHERE query_id = '%1'").arg(literal);
        QTRY_COMPARE_WITH_TIMEOUT(ch.value(running), QStringLiteral("1"), 10'000);

        ActionProbe probe(profile(lab));
        ActionRequest request;
        request.kind = ActionRequest::Kind::CancelQuery;
        request.queryId = queryId;
        QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
        qInfo().noquote() << probe.currentPlan().toText();
        QCOMPARE(probe.currentPlan().statements,
                 QStringList{QStringLiteral("KILL QUERY WHERE query_id = '%1' ASYNC").arg(literal)});
        const ActionOutcome outcome = probe.run();
        QVERIFY2(outcome.status == ActionOutcome::Status::Done, describe(outcome).constData());
        QCOMPARE(ch.value(running), QStringLiteral("0"));
        QVERIFY(sleeper->state() == QProcess::NotRunning || sleeper->waitForFinished(10'000));
        QVERIFY(sleeper->readAllStandardOutput().contains("Query was cancelled"));
        QCOMPARE(probe.auditLines().size(), 1);
    }

    void readOnlyProfileSendsNoWrite()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ClickHouseHttp ch(lab);
        const QString queryId = QStringLiteral("tst-ro-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto sleeper = ch.start(
            QStringLiteral("SELECT sleep(2) FROM system.numbers LIMIT 30 SETTINGS max_block_size = 1"), queryId);
        const auto stop = qScopeGuard([&] {
            ch.query(QStringLiteral("KILL QUERY WHERE query_id = '%1' SYNC").arg(queryId));
            sleeper->waitForFinished();
        });
        const QString running
            = QStringLiteral("SELECT count() FROM system.processes WHERE query_id = '%1'").arg(queryId);
        QTRY_COMPARE_WITH_TIMEOUT(ch.value(running), QStringLiteral("1"), 10'000);
        const auto before = activeParts(ch, oddTableLiteral);
        const QString since = ch.value(QStringLiteral("SELECT toString(now())"));
        QTest::qWait(1100); // query_log keeps seconds: the test's own queries above come before `since` + 1 s

        ActionProbe probe(profile(lab, true));
        ActionRequest optimize;
        optimize.kind = ActionRequest::Kind::Optimize;
        optimize.targets = {QStringLiteral("lab.") + oddTable};
        ActionRequest kill;
        kill.kind = ActionRequest::Kind::CancelQuery;
        kill.queryId = queryId;
        for (const ActionRequest &request : {optimize, kill}) {
            QVERIFY2(probe.plan(request), describe(probe.outcome()).constData());
            QVERIFY(probe.currentPlan().refusal.contains(QLatin1String("read_only")));
            QCOMPARE(probe.run().status, ActionOutcome::Status::Refused);
        }
        QCOMPARE(ch.value(running), QStringLiteral("1"));
        QCOMPARE(activeParts(ch, oddTableLiteral), before);

        // The server's own log: Pitwall's planning reads are there, and nothing else of it.
        ch.query(QStringLiteral("SYSTEM FLUSH LOGS"));
        const QString window = QStringLiteral("FROM system.query_log WHERE type = 1 AND event_time > toDateTime('%1') "
                                              "AND query NOT LIKE '%system.query_log%' ")
                                   .arg(since);
        const QString reads = ch.value(QStringLiteral("SELECT count() ") + window
                                       + QStringLiteral("AND query LIKE 'SELECT%system.parts%'"));
        QVERIFY2(reads.toInt() >= 1, qPrintable(reads));
        const QString writes = ch.value(QStringLiteral("SELECT count() ") + window
                                        + QStringLiteral("AND (query LIKE 'OPTIMIZE%' OR query LIKE 'KILL%')"));
        QCOMPARE(writes, QStringLiteral("0"));
        QCOMPARE(probe.auditLines().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestActionsClickHouseLab)
#include "tst_actions_clickhouse_lab.moc"
