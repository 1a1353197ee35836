#include "labenvironment.h"
#include "mainwindow.h"
#include "profileloader.h"
#include "session.h"
#include "sourcestatusmodel.h"

#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace Pitwall;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachSourcesError()
    {
        // Port 1 on loopback: nothing listens there, so both sources fail at once.
        auto loaded = ProfileLoader::parse("interval: 1s\n"
                                           "sources:\n"
                                           "  - {name: orders-db, kind: postgres, url: "
                                           "'postgresql://monitor@127.0.0.1:1/orders'}\n"
                                           "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
                                           QStringLiteral("/profiles/oncall.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        Session session(std::get<Profile>(loaded), QString());

        MainWindow window;
        window.setSession(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Pitwall — oncall.yaml"));
        session.start();

        auto *sources = session.sources();
        QCOMPARE(sources->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QTRY_COMPARE_WITH_TIMEOUT(sources->index(row, SourceStatusModel::StateColumn).data().toString(),
                                      QStringLiteral("error"), 10000);
            QVERIFY(sources->index(row, SourceStatusModel::MessageColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("connection refused — is the server running?")));
        }
        const auto labels = window.findChildren<QLabel *>();
        const bool summarised = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("2 source(s) in error"));
        });
        QVERIFY(summarised);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(Test::testOutputDir() + QLatin1String("/mainwindow-errors.png")));
        session.stop();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
