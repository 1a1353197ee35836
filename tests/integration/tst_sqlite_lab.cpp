#include "actionprobe.h"
#include "collectorprobe.h"
#include "labenvironment.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

/// The lab's SQLite file, written by the workload in WAL mode: a reader the
/// workload holds (`lab workload sqlite_reader=hold`) lets the WAL grow past
/// its threshold, and checkpoint truncates it once the reader lets go.
class TestSqliteLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walGrowsWhileTheReaderHoldsItAndCheckpointTruncatesIt()
    {
        PITWALL_REQUIRE_LAB(lab);
        auto loaded = ProfileLoader::load(lab.profilePath());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        const Profile profile = std::get<Profile>(loaded);
        const SourceConfig *source = profile.source(QStringLiteral("lab-sqlite"));
        QVERIFY2(source, "the lab's profile has its SQLite file");
        const QString wal = source->databasePath() + QLatin1String("-wal");
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("sqlite_wal_bytes"));

        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("sqlite_reader=release"),
                     QStringLiteral("sqlite_writes_per_sec=5"), QStringLiteral("sqlite_row_bytes=512")});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("sqlite_reader=hold"),
                          QStringLiteral("sqlite_writes_per_sec=200"), QStringLiteral("sqlite_row_bytes=65536")}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() > qint64(*rule.warning), 120'000);

        CollectorProbe collector(profile, QStringLiteral("lab-sqlite"));
        PollOutcome held = collector.poll();
        QVERIFY2(held.ok, qPrintable(held.error));
        const double grown = held.value(QStringLiteral("sqlite_wal_bytes")).value_or(-1);
        qInfo("WAL while the reader holds it: %.0f bytes (warning above %.0f)", grown, *rule.warning);
        QVERIFY(grown > *rule.warning);
        QVERIFY(rule.levelOf(grown) >= Level::Warning);

        ActionRequest checkpoint;
        checkpoint.kind = ActionRequest::Kind::Checkpoint;
        checkpoint.source = QStringLiteral("lab-sqlite");
        ActionProbe probe(profile);
        QVERIFY(probe.plan(checkpoint));
        qInfo().noquote() << probe.currentPlan().toText();
        const ActionOutcome busy = probe.run();
        qInfo().noquote() << busy.statusName() << busy.message;
        QCOMPARE(busy.status, ActionOutcome::Status::Failed);
        QVERIFY(QFileInfo(wal).size() > qint64(*rule.warning));

        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("sqlite_reader=release"),
                          QStringLiteral("sqlite_writes_per_sec=5"), QStringLiteral("sqlite_row_bytes=512")}),
                 0);
        // The workload re-reads its knobs every second; the reader then commits.
        ActionOutcome done;
        QElapsedTimer waited;
        waited.start();
        while (done.status != ActionOutcome::Status::Done && waited.elapsed() < 30'000) {
            QVERIFY(probe.plan(checkpoint));
            done = probe.run();
            if (done.status != ActionOutcome::Status::Done)
                QTest::qWait(1000);
        }
        QCOMPARE(done.status, ActionOutcome::Status::Done);
        qInfo().noquote() << done.statusName() << done.message;
        const PollOutcome after = collector.poll();
        QVERIFY2(after.ok, qPrintable(after.error));
        const double truncated = after.value(QStringLiteral("sqlite_wal_bytes")).value_or(-1);
        qInfo("WAL after the checkpoint: %.0f bytes", truncated);
        QVERIFY(truncated >= 0 && truncated < *rule.warning);
        QCOMPARE(rule.levelOf(truncated), Level::Ok);
    }
};

QTEST_GUILESS_MAIN(TestSqliteLab)
#include "tst_sqlite_lab.moc"
