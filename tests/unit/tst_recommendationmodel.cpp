// The index advisor's rows as the dashboard shows them: each advisor run of a
// source replaces that source's rows; applied indexes carry their scans and
// the statements' mean before and now.

#include "recommendationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;

namespace {
IndexRecommendation recommendation(const char *source, const char *table, const QStringList &columns,
                                   IndexRecommendation::State state = IndexRecommendation::State::Recommended)
{
    IndexRecommendation r;
    r.state = state;
    r.source = QLatin1String(source);
    r.database = QStringLiteral("lab");
    r.schema = QStringLiteral("public");
    r.table = QLatin1String(table);
    r.columns = columns;
    IndexRecommendation::Statement statement;
    statement.query = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = $1").arg(r.table, columns.first());
    statement.calls = 40;
    statement.meanMs = 25;
    statement.costBefore = 4098;
    statement.costAfter = 42;
    r.statements << statement;
    r.estimatedSavingMs = 40 * 25 * (1.0 - 42.0 / 4098.0);
    r.sizeBytes = 4'513'792;
    return r;
}

IndexAdvice advice(const char *source, const QList<IndexRecommendation> &recommendations)
{
    IndexAdvice a;
    a.source = QLatin1String(source);
    a.recommendations = recommendations;
    return a;
}
} // namespace

class TestRecommendationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRunReplacesItsSourcesRows()
    {
        RecommendationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList customerId{QStringLiteral("customer_id")};
        model.update(advice(
            "db",
            {recommendation("db", "orders", customerId), recommendation("db", "alerts", {QStringLiteral("status")})}));
        model.update(advice("other", {recommendation("other", "orders", customerId)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RecommendationModel::TableColumn).data().toString(), QStringLiteral("public.orders"));
        QCOMPARE(model.index(0, RecommendationModel::ColumnsColumn).data().toString(), QStringLiteral("customer_id"));
        QCOMPARE(model.index(0, RecommendationModel::CostBeforeColumn).data().toDouble(), 4098.0);
        QCOMPARE(model.index(0, RecommendationModel::CostAfterColumn).data().toDouble(), 42.0);
        QCOMPARE(model.index(0, RecommendationModel::SizeColumn).data().toLongLong(), 4'513'792);
        QVERIFY(!model.index(0, RecommendationModel::ScansColumn).data().isValid());

        // The next run of db: orders applied, alerts no longer recommended; other's row untouched.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        IndexRecommendation applied = recommendation("db", "orders", customerId, IndexRecommendation::State::Applied);
        applied.indexScans = 17;
        applied.statements.first().meanBeforeMs = 25;
        applied.statements.first().meanMs = 0.5;
        model.update(advice("db", {applied}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changed.size(), 1); // orders changed in place
        QCOMPARE(model.index(0, RecommendationModel::StateColumn).data().toString(), QStringLiteral("applied"));
        QCOMPARE(model.index(0, RecommendationModel::ScansColumn).data().toLongLong(), 17);
        QCOMPARE(model.index(0, RecommendationModel::MeanBeforeColumn).data().toDouble(), 25.0);
        QCOMPARE(model.index(0, RecommendationModel::MeanNowColumn).data().toDouble(), 0.5);
        QVERIFY(!model.index(0, RecommendationModel::SavingColumn).data().isValid());
        QCOMPARE(model.index(0, 0).data(RecommendationModel::StateRole).toInt(),
                 int(IndexRecommendation::State::Applied));
        QCOMPARE(model.index(0, 0).data(RecommendationModel::RecommendationRole).value<IndexRecommendation>().key(),
                 applied.key());
        QCOMPARE(model.index(1, RecommendationModel::StateColumn).data().toString(), QStringLiteral("recommended"));
        QCOMPARE(model.index(1, RecommendationModel::SourceColumn).data().toString(), QStringLiteral("other"));

        model.update(advice("other", {}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.advice(QStringLiteral("other")).source, QStringLiteral("other"));
    }

    void curatedRowsAreMarked()
    {
        RecommendationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IndexRecommendation curated
            = recommendation("db", "transactions", {QStringLiteral("user_id"), QStringLiteral("created_at")},
                             IndexRecommendation::State::Curated);
        curated.statements.clear();
        curated.estimatedSavingMs = 0;
        curated.writeHeavy = true;
        model.update(advice("db", {curated}));
        QCOMPARE(model.index(0, RecommendationModel::StateColumn).data().toString(), QStringLiteral("curated"));
        QCOMPARE(model.index(0, RecommendationModel::ColumnsColumn).data().toString(),
                 QStringLiteral("user_id, created_at"));
        QVERIFY(!model.index(0, RecommendationModel::CostBeforeColumn).data().isValid());
        QCOMPARE(model.index(0, RecommendationModel::WriteHeavyColumn).data().toBool(), true);
        QCOMPARE(model.headerData(RecommendationModel::SavingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Est. saving"));
    }
};

QTEST_GUILESS_MAIN(TestRecommendationModel)
#include "tst_recommendationmodel.moc"
