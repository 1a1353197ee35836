#include "actiondialog.h"
#include "actionform.h"
#include "actionrunner.h"
#include "collectorprobe.h"
#include "dashboardview.h"
#include "labenvironment.h"
#include "mainwindow.h"
#include "session.h"
#include "sqlitefixture.h"
#include "statustile.h"

#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {
QAction *menuAction(QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
            return action;
    }
    return nullptr;
}

ActionDialog *openedDialog(MainWindow &window)
{
    const auto dialogs = window.findChildren<ActionDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

bool waitFor(ActionDialog *dialog, ActionRunner::State state)
{
    return QTest::qWaitFor([&] { return dialog->runner() && dialog->runner()->state() == state; }, 60'000);
}
} // namespace

/// The window's SQLite actions and tile, on a real file the test writes.
class TestSqliteGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsMenuCheckpointsAndVacuumsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const QString wal = path + QLatin1String("-wal");
        SqliteApp app(path);
        app.exec("PRAGMA wal_autocheckpoint = 0");
        app.insert(2000, 1500);
        app.exec("DELETE FROM t WHERE id % 4 <> 0");
        const qint64 freeBefore = app.integer("PRAGMA freelist_count");
        QVERIFY(freeBefore > 0 && QFileInfo(wal).size() > 0);

        const Profile profile = profileFrom(QStringLiteral("interval: 1s\nsources:\n  - {name: app, kind: sqlite, url: "
                                                           "%1}\n")
                                                .arg(sqliteUrlYaml(path)));
        Session session(profile, QString());
        MainWindow window;
        window.setSession(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        const auto tiles = window.dashboard()->tiles();
        QCOMPARE(tiles.size(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     window.dashboard()->refreshTiles();
                                     return tiles.last()->state().hasData;
                                 }()),
                                 10'000);
        QCOMPARE(tiles.last()->state().title, QStringLiteral("SQLite"));

        QAction *vacuum = menuAction(window.actionsMenu(), QStringLiteral("SQLite VACUUM"));
        QVERIFY(vacuum && vacuum->isEnabled());
        vacuum->trigger();
        ActionDialog *dialog = openedDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("VACUUM (SQLite)"));
        dialog->previewButton()->click();
        QVERIFY(waitFor(dialog, ActionRunner::State::Planned));
        QCOMPARE(dialog->runner()->plan().statements, QStringList{QStringLiteral("VACUUM")});
        QVERIFY(dialog->runButton()->isEnabled());
        dialog->runButton()->click();
        QVERIFY(waitFor(dialog, ActionRunner::State::Finished));
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::Done);
        QCOMPARE(app.integer("PRAGMA freelist_count"), 0);
        dialog->close();

        QAction *checkpoint = menuAction(window.actionsMenu(), QStringLiteral("SQLite checkpoint"));
        QVERIFY(checkpoint && checkpoint->isEnabled());
        checkpoint->trigger();
        dialog = openedDialog(window);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Checkpoint (SQLite)"));
        dialog->previewButton()->click();
        QVERIFY(waitFor(dialog, ActionRunner::State::Planned));
        QCOMPARE(dialog->runner()->plan().statements, QStringList{QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        dialog->runButton()->click();
        QVERIFY(waitFor(dialog, ActionRunner::State::Finished));
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::Done);
        QCOMPARE(QFileInfo(wal).size(), 0);
        QVERIFY(window.grab().save(testOutputDir() + QStringLiteral("/sqlite-window.png")));
        dialog->close();
        session.stop();
    }
};

QTEST_MAIN(TestSqliteGui)
#include "tst_sqlitegui.moc"
