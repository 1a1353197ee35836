#include "alertmodel.h"
#include "profileloader.h"
#include "thresholdengine.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Pitwall;

class TestAlertModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheEngine()
    {
        ThresholdEngine engine;
        engine.setRules(ProfileLoader::defaultThresholds());
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&engine, &ThresholdEngine::alertRaised, &model, &AlertModel::upsert);
        connect(&engine, &ThresholdEngine::alertUpdated, &model, &AlertModel::upsert);

        const SeriesKey pool{QStringLiteral("pool"),
                             QStringLiteral("pool_utilisation"),
                             {{QStringLiteral("database"), QStringLiteral("orders")}}};
        engine.evaluate({Sample{pool, 1000, 0.85}, Sample{pool, 2000, 1.0}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AlertModel::LevelColumn).data().toString(), QStringLiteral("critical"));
        QCOMPARE(model.index(0, AlertModel::LabelsColumn).data().toString(), QStringLiteral("database=orders"));
        QCOMPARE(model.index(0, AlertModel::PeakColumn).data().toDouble(), 1.0);
        QVERIFY(model.index(0, 0).data(AlertModel::OpenRole).toBool());
        QVERIFY(!model.index(0, AlertModel::EndColumn).data().isValid());

        engine.evaluate({Sample{pool, 5000, 0.5}});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, 0).data(AlertModel::OpenRole).toBool());
        QCOMPARE(model.index(0, AlertModel::DurationColumn).data().toDouble(), 4.0);
        QCOMPARE(model.index(0, AlertModel::StartColumn).data().toDateTime().toMSecsSinceEpoch(), 1000);

        engine.evaluate({Sample{pool, 6000, 0.9}});
        QCOMPARE(model.rowCount(), 2);

        // A collector's note on the series is the alert's summary.
        Alert noted = model.alerts().last();
        noted.summary = QStringLiteral("slot s: no consumer connected for 30 s, 12 MB retained");
        model.upsert(noted);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, AlertModel::SummaryColumn).data().toString(), noted.summary);
    }
};

QTEST_GUILESS_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
