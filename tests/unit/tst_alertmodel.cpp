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

    void firingAlertsFromASourceEndWhenTheyStop()
    {
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto firing = [](const char *name, const char *instance, double value) {
            Alert alert;
            alert.key.metric = QLatin1String(name);
            alert.key.labels.insert(QStringLiteral("instance"), QLatin1String(instance));
            alert.level = alert.currentLevel = Level::Warning;
            alert.startMs = 1000;
            alert.lastValue = value;
            return alert;
        };
        // An engine alert of the same source is not the source's to end.
        Alert own = firing("pool_utilisation", "a", 0.9);
        own.key.source = QStringLiteral("prom");
        own.id = 1;
        model.upsert(own);

        model.setFiring(QStringLiteral("prometheus"), QStringLiteral("prom"),
                        {firing("PoolPressure", "a", 0.7), firing("PoolPressure", "b", 0.6)}, 2000);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.alerts()[1].origin, QStringLiteral("prometheus"));
        QCOMPARE(model.alerts()[1].key.source, QStringLiteral("prom"));

        // Still firing: the same rows, updated; "b" stopped: it ends now.
        model.setFiring(QStringLiteral("prometheus"), QStringLiteral("prom"), {firing("PoolPressure", "a", 0.8)}, 3000);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.alerts()[1].isOpen());
        QCOMPARE(model.alerts()[1].peak, 0.8);
        QVERIFY(!model.alerts()[2].isOpen());
        QCOMPARE(*model.alerts()[2].endMs, 3000);
        QCOMPARE(model.alerts()[2].currentLevel, Level::Ok);

        // Another source's report leaves this one's alerts alone.
        model.setFiring(QStringLiteral("prometheus"), QStringLiteral("other"), {}, 4000);
        QVERIFY(model.alerts()[1].isOpen());

        // Nothing fires any more; when "b" fires again it is a new alert, the old row stays ended.
        model.setFiring(QStringLiteral("prometheus"), QStringLiteral("prom"), {firing("PoolPressure", "b", 0.9)}, 5000);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.alerts()[1].isOpen());
        QCOMPARE(*model.alerts()[1].endMs, 5000);
        QVERIFY(!model.alerts()[2].isOpen());
        QVERIFY(model.alerts()[3].isOpen());
        QVERIFY(model.alerts()[3].id != model.alerts()[2].id);
        QVERIFY(model.alerts()[0].isOpen());
    }
};

QTEST_GUILESS_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
