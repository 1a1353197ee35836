#include "labenvironment.h"
#include "mainwindow.h"
#include "profileloader.h"

#include <QAbstractItemView>
#include <QTableView>
#include <QtTest>

using namespace Pitwall;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnAProfile()
    {
        auto loaded = ProfileLoader::parse(
            "sources:\n"
            "  - {name: orders-db, kind: postgres, url: \"postgresql://monitor@127.0.0.1:5432/orders\"}\n"
            "  - {name: cache, kind: redis, url: \"redis://127.0.0.1:6379/0\"}\n",
            QStringLiteral("/profiles/oncall.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));

        MainWindow window;
        window.setProfile(std::get<Profile>(loaded));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Pitwall — oncall.yaml"));

        auto *view = window.findChild<QTableView *>();
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 2);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(Test::testOutputDir() + QLatin1String("/mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
