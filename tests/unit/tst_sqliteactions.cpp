#include "actionprobe.h"
#include "collectorprobe.h"
#include "sqlitefixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {
QString profileText(const QString &path, bool readOnly)
{
    return QStringLiteral("interval: 1s\nread_only: %1\nsources:\n  - {name: app, kind: sqlite, url: %2}\n")
        .arg(readOnly ? QStringLiteral("true") : QStringLiteral("false"), sqliteUrlYaml(path));
}

ActionRequest request(ActionRequest::Kind kind)
{
    ActionRequest request;
    request.kind = kind;
    request.source = QStringLiteral("app");
    return request;
}

double polled(const Profile &profile, const QString &metric)
{
    CollectorProbe probe(profile, QStringLiteral("app"));
    const PollOutcome outcome = probe.poll();
    if (!outcome.ok)
        qWarning("poll failed: %s", qPrintable(outcome.error));
    return outcome.value(metric).value_or(-1);
}
} // namespace

/// The SQLite actions against real files: what each plan reads, what each run
/// changes, measured by the test's own connections to the file.
class TestSqliteActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkpointTruncatesTheWalOnceTheReaderLetsGo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const QString wal = path + QLatin1String("-wal");
        const Profile profile = profileFrom(profileText(path, false));
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("sqlite_wal_bytes"));
        SqliteApp app(path);
        app.insert(10, 100);
        SqliteApp reader(path);
        reader.holdReader();
        // The application writes on; its automatic checkpoints cannot pass the reader.
        while (QFileInfo(wal).size() <= qint64(*rule.warning))
            app.insert(2000, 4000);
        const qint64 grown = QFileInfo(wal).size();
        const qint64 rows = app.integer("SELECT count(*) FROM t");
        QCOMPARE(polled(profile, QStringLiteral("sqlite_wal_bytes")), double(grown));
        QCOMPARE(rule.levelOf(double(grown)), grown > *rule.critical ? Level::Critical : Level::Warning);

        ActionProbe probe(profile);
        QVERIFY2(probe.plan(request(ActionRequest::Kind::Checkpoint)), describe(probe.outcome()).constData());
        qInfo().noquote() << probe.currentPlan().toText();
        QCOMPARE(probe.currentPlan().statements, QStringList{QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        QVERIFY(probe.currentPlan().isRunnable());
        const ActionOutcome held = probe.run();
        qInfo("reader held: %s", describe(held).constData());
        QCOMPARE(held.status, ActionOutcome::Status::Failed);
        QVERIFY2(held.message.contains(QLatin1String("busy")), describe(held).constData());
        QVERIFY(QFileInfo(wal).size() >= grown);

        reader.release();
        QVERIFY2(probe.plan(request(ActionRequest::Kind::Checkpoint)), describe(probe.outcome()).constData());
        const ActionOutcome done = probe.run();
        qInfo("reader gone: %s", describe(done).constData());
        QCOMPARE(done.status, ActionOutcome::Status::Done);
        QCOMPARE(QFileInfo(wal).size(), 0);
        QCOMPARE(polled(profile, QStringLiteral("sqlite_wal_bytes")), 0.0);
        QCOMPARE(app.integer("SELECT count(*) FROM t"), rows);
        const auto audit = probe.auditLines();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    }

    void vacuumReturnsTheFreePages_data()
    {
        QTest::addColumn<bool>("incremental");
        QTest::newRow("VACUUM") << false;
        QTest::newRow("auto_vacuum = incremental") << true;
    }

    void vacuumReturnsTheFreePages()
    {
        QFETCH(bool, incremental);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const Profile profile = profileFrom(profileText(path, false));
        SqliteApp app(path);
        if (incremental) {
            // The WAL switch has written the header already: VACUUM applies the new mode.
            app.exec("PRAGMA auto_vacuum = INCREMENTAL");
            app.exec("VACUUM");
            QCOMPARE(app.integer("PRAGMA auto_vacuum"), 2);
        }
        app.insert(3000, 1500);
        app.exec("DELETE FROM t WHERE id % 5 <> 0");
        const qint64 pagesBefore = app.integer("PRAGMA page_count");
        const qint64 freeBefore = app.integer("PRAGMA freelist_count");
        const qint64 rows = app.integer("SELECT count(*) FROM t");
        QVERIFY(freeBefore > 0);
        QCOMPARE(polled(profile, QStringLiteral("sqlite_freelist_ratio")), double(freeBefore) / double(pagesBefore));

        ActionProbe probe(profile);
        QVERIFY2(probe.plan(request(ActionRequest::Kind::Vacuum)), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QCOMPARE(plan.statements,
                 QStringList{incremental ? QStringLiteral("PRAGMA incremental_vacuum") : QStringLiteral("VACUUM")});
        QVERIFY2(plan.estimate.startsWith(QString::number(freeBefore) + QLatin1String(" free pages")),
                 qPrintable(plan.estimate));
        QVERIFY2(plan.isRunnable(), qPrintable(plan.refusal));
        const ActionOutcome outcome = probe.run();
        qInfo("%s", describe(outcome).constData());
        QCOMPARE(outcome.status, ActionOutcome::Status::Done);

        const qint64 pagesAfter = app.integer("PRAGMA page_count");
        qInfo("pages %lld (%lld free) -> %lld (%lld free)", pagesBefore, freeBefore, pagesAfter,
              app.integer("PRAGMA freelist_count"));
        QCOMPARE(app.integer("PRAGMA freelist_count"), 0);
        QVERIFY(pagesAfter <= pagesBefore - freeBefore);
        QCOMPARE(app.integer("SELECT count(*) FROM t"), rows);
        QCOMPARE(polled(profile, QStringLiteral("sqlite_freelist_ratio")), 0.0);
        QCOMPARE(polled(profile, QStringLiteral("sqlite_db_bytes")),
                 double(pagesAfter * app.integer("PRAGMA page_size")));

        QVERIFY(probe.plan(request(ActionRequest::Kind::Vacuum)));
        QVERIFY(probe.currentPlan().nothingToDo);
    }

    void optimizeAnalyzesWhatThePlannerWouldUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const Profile profile = profileFrom(profileText(path, false));
        SqliteApp app(path);
        app.insert(2000, 10);
        app.exec("CREATE TABLE \"odd \"\"name\"(k INTEGER, v TEXT)");
        app.exec("CREATE INDEX odd_k ON \"odd \"\"name\"(k)");
        app.exec("INSERT INTO \"odd \"\"name\" SELECT id % 7, 'x' FROM t");
        app.exec("CREATE TABLE plain(v)"); // no index: nothing for the planner to weigh
        app.exec("CREATE INDEX t_payload ON t(payload)");

        ActionProbe probe(profile);
        QVERIFY2(probe.plan(request(ActionRequest::Kind::Optimize)), describe(probe.outcome()).constData());
        const ActionPlan plan = probe.currentPlan();
        qInfo().noquote() << plan.toText();
        QCOMPARE(plan.statements, QStringList{QStringLiteral("PRAGMA optimize")});
        QStringList touches = plan.touches;
        touches.sort();
        QCOMPARE(touches,
                 (QStringList{QStringLiteral("ANALYZE \"main\".\"odd \"\"name\""),
                              QStringLiteral("ANALYZE \"main\".\"t\"")}));
        QCOMPARE(app.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"), 0);
        const ActionOutcome outcome = probe.run();
        qInfo("%s", describe(outcome).constData());
        QCOMPARE(outcome.status, ActionOutcome::Status::Done);
        QCOMPARE(app.integer("SELECT count(DISTINCT tbl) FROM sqlite_stat1"), 2);
        QVERIFY(probe.plan(request(ActionRequest::Kind::Optimize)));
        QVERIFY(probe.currentPlan().nothingToDo);
    }

    void readOnlyRefusesEverySqliteAction_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("checkpoint") << QStringLiteral("checkpoint");
        QTest::newRow("vacuum") << QStringLiteral("vacuum");
        QTest::newRow("optimize") << QStringLiteral("optimize");
    }

    void readOnlyRefusesEverySqliteAction()
    {
        QFETCH(QString, action);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const QString wal = path + QLatin1String("-wal");
        // Something for each action to do: WAL frames, free pages, an index without statistics.
        SqliteApp app(path);
        app.exec("PRAGMA wal_autocheckpoint = 0");
        app.insert(2000, 1500);
        app.exec("CREATE INDEX t_payload ON t(payload)");
        app.exec("DELETE FROM t WHERE id % 2 = 0");
        const QString profilePath = dir.filePath(QStringLiteral("ro.yaml"));
        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profileText(path, true).toUtf8());
        file.close();
        const QByteArray before = checksum(path);
        const QByteArray walBefore = checksum(wal);

        // The same profile, writable: each plan has work to do.
        ActionProbe writable(profileFrom(profileText(path, false)));
        QVERIFY(writable.plan(request(*ActionRequest::kindFromName(action))));
        QVERIFY2(writable.currentPlan().isRunnable(), qPrintable(writable.currentPlan().toText()));
        writable.runner().finishDryRun();

        QProcess pitwall;
        pitwall.start(QStringLiteral(PITWALL_BINARY),
                      {QStringLiteral("action"), action, QStringLiteral("--profile"), profilePath,
                       QStringLiteral("--source"), QStringLiteral("app"), QStringLiteral("--yes")});
        QVERIFY(pitwall.waitForFinished(60'000));
        const QByteArray output = pitwall.readAllStandardOutput() + pitwall.readAllStandardError();
        qInfo().noquote() << output;
        QCOMPARE(pitwall.exitCode(), 2);
        QVERIFY2(output.contains("read_only"), output.constData());
        QCOMPARE(checksum(path), before);
        QCOMPARE(checksum(wal), walBefore);
    }
};

QTEST_GUILESS_MAIN(TestSqliteActions)
#include "tst_sqliteactions.moc"
