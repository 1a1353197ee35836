#include "profileloader.h"
#include "slowquerymodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Pitwall;

namespace {
SlowQuery query(const char *id, double ms, bool running, const char *source = "db")
{
    SlowQuery q;
    q.source = QLatin1String(source);
    q.id = QLatin1String(id);
    q.query = QStringLiteral("SELECT pg_sleep($1)");
    q.meanMs = ms;
    q.calls = running ? 1 : 4;
    q.running = running;
    return q;
}
} // namespace

class TestSlowQueryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsFinishedAndReplacesRunning()
    {
        SlowQueryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRule(ProfileLoader::defaultThresholds().value(QStringLiteral("slow_query_ms")));

        model.update(QStringLiteral("db"), {query("q1", 1300, false), query("pid-7", 2000, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SlowQueryModel::LevelColumn).data().toString(), QStringLiteral("warning"));
        QCOMPARE(model.index(1, 0).data(SlowQueryModel::RunningRole).toBool(), true);

        // Next poll: pid 7 finished, q1 slow again and worse, another statement slow.
        model.update(QStringLiteral("db"), {query("q1", 6100, false), query("q2", 12000, false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SlowQueryModel::MeanColumn).data().toDouble(), 6100.0);
        QCOMPARE(model.index(0, SlowQueryModel::LevelColumn).data().toString(), QStringLiteral("critical"));
        QCOMPARE(model.index(1, SlowQueryModel::LevelColumn).data().toString(), QStringLiteral("emergency"));

        // A poll without slow statements keeps the finished ones on record.
        model.update(QStringLiteral("db"), {});
        QCOMPARE(model.rowCount(), 2);
        // Another source's running statements do not touch this one's.
        model.update(QStringLiteral("other"), {query("pid-9", 3000, true, "other")});
        QCOMPARE(model.rowCount(), 3);
        model.update(QStringLiteral("db"), {});
        QCOMPARE(model.rowCount(), 3);
        model.update(QStringLiteral("other"), {});
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSlowQueryModel)
#include "tst_slowquerymodel.moc"
