// The dashboard's actions against the lab: the Actions menu and the slow-query
// table's context menu open the ActionDialog, which shows the plan first, holds
// Run back until a destructive plan's word is typed, shows progress and the
// outcome. A screenshot of every dialog goes to the test output directory.

#include "actiondialog.h"
#include "actionform.h"
#include "actionrunner.h"
#include "clickhousehttp.h"
#include "dashboardview.h"
#include "labdashboard.h"
#include "labenvironment.h"
#include "mainwindow.h"
#include "metricstore.h"
#include "profileloader.h"
#include "psql.h"
#include "rediscli.h"
#include "session.h"
#include "slowquerymodel.h"
#include "tablepane.h"

#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/action-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

/// The dialog the window opened last.
ActionDialog *openedDialog(MainWindow &window)
{
    const auto dialogs = window.findChildren<ActionDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

bool waitForPlan(ActionDialog *dialog)
{
    return QTest::qWaitFor(
        [dialog] {
            return dialog->runner()
                && (dialog->runner()->state() == ActionRunner::State::Planned
                    || dialog->runner()->state() == ActionRunner::State::Finished);
        },
        60'000);
}

bool waitForOutcome(ActionDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return dialog->runner()->state() == ActionRunner::State::Finished; }, 120'000);
}

/// Every label's text in @p widget, one a line: what the dialog shows.
QString shownText(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

QAction *menuAction(QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
            return action;
    }
    return nullptr;
}

} // namespace

class TestActionsGuiLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        QVERIFY(m_gui.open(lab, QSize(1360, 860)));
    }

    void cleanupTestCase() { m_gui.close(); }

    void flushCacheShowsThePlanFirst()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        QList<QStringList> seed;
        for (int i = 0; i < 150; ++i)
            seed.append({QStringLiteral("SET"), QStringLiteral("tst:gui:session %1").arg(i), QStringLiteral("v")});
        QVERIFY(redis.massPipe(seed));

        QAction *flush = menuAction(m_gui.window->actionsMenu(), QStringLiteral("Flush cache"));
        QVERIFY(flush && flush->isEnabled());
        flush->trigger();
        ActionDialog *dialog = openedDialog(*m_gui.window);
        QVERIFY(dialog);
        // Nothing is planned before there is a pattern.
        QVERIFY(!dialog->runner());
        QVERIFY(!dialog->runButton()->isEnabled());
        auto *pattern = dialog->form()->findChild<QLineEdit *>();
        QVERIFY(pattern);
        pattern->setText(QStringLiteral("tst:gui:*"));
        dialog->previewButton()->click();
        QVERIFY(waitForPlan(dialog));
        QVERIFY(dialog->runButton()->isEnabled());
        QVERIFY(!dialog->confirmation()->isVisible());
        const auto *statements = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(statements->isReadOnly());
        QVERIFY(statements->toPlainText().contains(QLatin1String("SCAN <cursor> MATCH tst:gui:* COUNT 500")));
        screenshot(dialog, QStringLiteral("flush-cache-plan"));

        dialog->runButton()->click();
        QVERIFY(waitForOutcome(dialog));
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::Done);
        QVERIFY(dialog->outcomeLabel()->text().contains(QLatin1String("150 keys matching")));
        QVERIFY(
            redis.run({QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("tst:gui:*")}).isEmpty());
        screenshot(dialog, QStringLiteral("flush-cache-done"));
        dialog->close();
    }

    void flushDbWantsItsWordTyped()
    {
        PITWALL_REQUIRE_LAB(lab);
        const RedisCli redis(lab.port(QStringLiteral("REDIS_PORT")));
        const QString keysBefore = QString::fromUtf8(redis.run({QStringLiteral("DBSIZE")}).trimmed());
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.source = QStringLiteral("lab-redis");
        request.flushDb = true;
        m_gui.window->openAction(request);
        ActionDialog *dialog = openedDialog(*m_gui.window);
        QVERIFY(waitForPlan(dialog));
        QVERIFY(dialog->confirmation()->isVisible());
        QVERIFY(!dialog->runButton()->isEnabled());
        QTest::keyClicks(dialog->confirmation(), QStringLiteral("lab-red"));
        QVERIFY(!dialog->runButton()->isEnabled());
        screenshot(dialog, QStringLiteral("flushdb-confirm"));
        QTest::keyClicks(dialog->confirmation(), QStringLiteral("is"));
        QVERIFY(dialog->runButton()->isEnabled());
        // Not run: the lab's workload needs its keys. Closing the plan is audited.
        dialog->reject();
        QVERIFY(dialog->runner()->state() == ActionRunner::State::Finished);
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::NotConfirmed);
        QCOMPARE(QString::fromUtf8(redis.run({QStringLiteral("DBSIZE")}).trimmed()), keysBefore);
    }

    void warmCacheFromARecipe()
    {
        PITWALL_REQUIRE_LAB(lab);
        QAction *warm = menuAction(m_gui.window->actionsMenu(), QStringLiteral("Warm cache"));
        QVERIFY(warm && warm->isEnabled());
        warm->trigger();
        ActionDialog *dialog = openedDialog(*m_gui.window);
        QVERIFY(waitForPlan(dialog)); // a recipe is chosen: planned at once
        QVERIFY(dialog->runButton()->isEnabled());
        screenshot(dialog, QStringLiteral("warm-cache-plan"));
        dialog->runButton()->click();
        QVERIFY(waitForOutcome(dialog));
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::Done);
        screenshot(dialog, QStringLiteral("warm-cache-done"));
        dialog->close();
    }

    void optimizeOffersTheTablesSeen()
    {
        PITWALL_REQUIRE_LAB(lab);
        // The dashboard has polled ClickHouse's parts by now.
        QTRY_VERIFY_WITH_TIMEOUT(!m_gui.session->store()->keys(QStringLiteral("active_parts")).isEmpty(), 30'000);
        menuAction(m_gui.window->actionsMenu(), QStringLiteral("Optimize"))->trigger();
        ActionDialog *dialog = openedDialog(*m_gui.window);
        QVERIFY(waitForPlan(dialog));
        qInfo().noquote() << dialog->runner()->plan().toText();
        // lab.small_parts: every partition has several parts, so the whole table is rewritten.
        QCOMPARE(dialog->runner()->plan().confirmWord, QStringLiteral("lab.small_parts"));
        QVERIFY(dialog->confirmation()->isVisible());
        QVERIFY(!dialog->runButton()->isEnabled());
        screenshot(dialog, QStringLiteral("optimize-confirm"));
        dialog->reject();
    }

    void vacuumAndPrewarmAdvise()
    {
        PITWALL_REQUIRE_LAB(lab);
        menuAction(m_gui.window->actionsMenu(), QStringLiteral("VACUUM"))->trigger();
        ActionDialog *vacuum = openedDialog(*m_gui.window);
        auto *tables = vacuum->form()->findChild<QPlainTextEdit *>();
        QVERIFY(tables);
        tables->setPlainText(QStringLiteral("public.customers"));
        vacuum->previewButton()->click();
        QVERIFY(waitForPlan(vacuum));
        QCOMPARE(vacuum->runner()->plan().statements,
                 QStringList{QStringLiteral("VACUUM (ANALYZE) \"public\".\"customers\"")});
        screenshot(vacuum, QStringLiteral("vacuum-plan"));
        vacuum->runButton()->click();
        QVERIFY(waitForOutcome(vacuum));
        QCOMPARE(vacuum->runner()->outcome().status, ActionOutcome::Status::Done);
        screenshot(vacuum, QStringLiteral("vacuum-done"));
        vacuum->close();

        menuAction(m_gui.window->actionsMenu(), QStringLiteral("Prewarm"))->trigger();
        ActionDialog *prewarm = openedDialog(*m_gui.window);
        QVERIFY(waitForPlan(prewarm)); // no relations: the advisor's list
        screenshot(prewarm, QStringLiteral("prewarm-plan"));
        prewarm->reject();
    }

    void cancelQueryFromTheSlowQueryTable()
    {
        PITWALL_REQUIRE_LAB(lab);
        // A marker of this run's own: a sleeper left by an earlier run is not this one.
        const QString marker = QStringLiteral("tst_gui_%1").arg(QCoreApplication::applicationPid());
        const QString sleep = QStringLiteral("SELECT pg_sleep(120) AS %1").arg(marker);
        auto sleeper = Psql(lab, QStringLiteral("lab_app")).start(sleep);
        std::unique_ptr<QProcess> second;
        const auto stop = qScopeGuard([&] {
            Psql(lab).exec(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = '%1'").arg(sleep));
            sleeper->waitForFinished(5000);
            if (second)
                second->waitForFinished(5000);
        });
        // The dashboard shows it once it has run past the slow threshold (1 s) and a poll came.
        SlowQueryModel *model = m_gui.session->slowQueries();
        int row = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &queries = model->queries();
                for (int i = 0; i < queries.size(); ++i) {
                    if (queries[i].running && queries[i].query.contains(marker))
                        row = i;
                }
                return row >= 0;
            },
            30'000));
        const qint64 pid = *model->queries()[row].pid;

        DashboardView *dashboard = m_gui.window->dashboard();
        dashboard->showTable(DashboardView::SlowQueriesTable);
        TablePane *pane = dashboard->table(DashboardView::SlowQueriesTable);
        auto *filter = pane->findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(marker);
        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->model()->rowCount(), 1, 5000);
        const QRect cell = pane->view()->visualRect(pane->view()->model()->index(0, SlowQueryModel::QueryColumn));

        // The context menu: screenshot it, then choose "Cancel query…".
        bool chosen = false;
        QTimer::singleShot(300, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            screenshot(menu, QStringLiteral("slow-query-menu"));
            QAction *cancel = menuAction(menu, QStringLiteral("Cancel query"));
            QVERIFY(menuAction(menu, QStringLiteral("Terminate backend")));
            chosen = cancel != nullptr;
            menu->close();
            if (cancel)
                cancel->trigger();
        });
        Q_EMIT pane->view()->customContextMenuRequested(cell.center());
        QVERIFY(chosen);

        ActionDialog *dialog = openedDialog(*m_gui.window);
        QVERIFY(dialog);
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->runner()->plan().statements,
                 QStringList{QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid)});
        QVERIFY(!dialog->confirmation()->isVisible());
        screenshot(dialog, QStringLiteral("cancel-query-plan"));
        dialog->runButton()->click();
        QVERIFY(waitForOutcome(dialog));
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::Done);
        QVERIFY(sleeper->state() == QProcess::NotRunning || sleeper->waitForFinished(10'000));
        screenshot(dialog, QStringLiteral("cancel-query-done"));
        dialog->close();

        // Terminating is its own dialog, with the pid typed.
        second = Psql(lab, QStringLiteral("lab_app")).start(sleep);
        qint64 secondPid = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                secondPid = Psql(lab)
                                .value(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE state = 'active' "
                                                      "AND query = '%1'")
                                           .arg(sleep))
                                .toLongLong();
                return secondPid > 0;
            },
            10'000));
        ActionRequest terminate;
        terminate.kind = ActionRequest::Kind::CancelQuery;
        terminate.source = QStringLiteral("lab-pg");
        terminate.pid = secondPid;
        terminate.terminate = true;
        m_gui.window->openAction(terminate);
        ActionDialog *terminateDialog = openedDialog(*m_gui.window);
        QVERIFY(waitForPlan(terminateDialog));
        QVERIFY(terminateDialog->confirmation()->isVisible());
        QVERIFY(!terminateDialog->runButton()->isEnabled());
        screenshot(terminateDialog, QStringLiteral("terminate-confirm"));
        QTest::keyClicks(terminateDialog->confirmation(), QString::number(secondPid));
        QVERIFY(terminateDialog->runButton()->isEnabled());
        terminateDialog->runButton()->click();
        QVERIFY(waitForOutcome(terminateDialog));
        QCOMPARE(terminateDialog->runner()->outcome().status, ActionOutcome::Status::Done);
        QVERIFY(second->state() == QProcess::NotRunning || second->waitForFinished(10'000));
        terminateDialog->close();
    }

    void readOnlyProfilesShowThePlanAndNoRun()
    {
        PITWALL_REQUIRE_LAB(lab);
        QFile file(lab.profilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto loaded = ProfileLoader::parse(file.readAll().replace("read_only: false", "read_only: true"),
                                           lab.profilePath(), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        ActionRequest request;
        request.kind = ActionRequest::Kind::Vacuum;
        request.source = QStringLiteral("lab-pg");
        request.targets = {QStringLiteral("public.customers")};
        ActionDialog dialog(std::get<Profile>(loaded), request);
        dialog.show();
        QVERIFY(waitForPlan(&dialog));
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(!dialog.runner()->plan().refusal.isEmpty());
        screenshot(&dialog, QStringLiteral("read-only-plan"));
        dialog.reject();
    }

    void theDialogSpeaksGerman()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/pitwall/translations/pitwall_de.qm")));
        QCoreApplication::installTranslator(&translator);
        // Qt's own texts (the dialog's standard buttons), as the German window loads them.
        QTranslator qt;
        QVERIFY(qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qt);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qt);
            QCoreApplication::removeTranslator(&translator);
        });
        ActionRequest request;
        request.kind = ActionRequest::Kind::FlushCache;
        request.source = QStringLiteral("lab-redis");
        request.flushDb = true;
        ActionDialog dialog(m_gui.session->profile(), request);
        dialog.show();
        QVERIFY(waitForPlan(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Cache leeren"));
        QCOMPARE(dialog.runButton()->text(), QStringLiteral("&Ausführen"));
        const auto buttons = dialog.findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
            return button->isVisible() && button->text().remove(QLatin1Char('&')) == QLatin1String("Abbrechen");
        }));
        QVERIFY(dialog.findChild<QRadioButton *>()->text().startsWith(QStringLiteral("Schlüssel")));
        // The action's own plan reads German too, not only the dialog around it.
        const ActionPlan flush = dialog.runner()->plan();
        QVERIFY2(flush.title.startsWith(QStringLiteral("Datenbank ")), qPrintable(flush.title));
        QVERIFY2(flush.title.contains(QLatin1String("leeren (FLUSHDB ASYNC)")), qPrintable(flush.title));
        QVERIFY2(!flush.title.contains(QLatin1String("Flush database")), qPrintable(flush.title));
        QVERIFY2(flush.estimate.contains(QStringLiteral("Schlüssel auf")), qPrintable(flush.estimate));
        QVERIFY2(!flush.estimate.contains(QLatin1String("keys on")), qPrintable(flush.estimate));
        QVERIFY(!flush.touches.isEmpty());
        for (const QString &touch : flush.touches) {
            QVERIFY2(touch.contains(QStringLiteral("jeder Schlüssel von DB")), qPrintable(touch));
            QVERIFY2(!touch.contains(QLatin1String("every key")), qPrintable(touch));
        }
        QCOMPARE(flush.notes.size(), 1);
        QVERIFY2(flush.notes.constFirst().contains(QStringLiteral("im Hintergrund")), qPrintable(flush.notes.first()));
        QVERIFY2(!flush.notes.constFirst().contains(QLatin1String("frees the memory")),
                 qPrintable(flush.notes.first()));
        QVERIFY(shownText(dialog).contains(flush.title));
        QVERIFY(!shownText(dialog).contains(QLatin1String("every key of db")));
        screenshot(&dialog, QStringLiteral("flushdb-confirm-de"));
        dialog.reject();

        // One PostgreSQL plan: VACUUM of a chosen table.
        ActionRequest vacuumRequest;
        vacuumRequest.kind = ActionRequest::Kind::Vacuum;
        vacuumRequest.source = QStringLiteral("lab-pg");
        vacuumRequest.targets = {QStringLiteral("public.customers")};
        ActionDialog vacuum(m_gui.session->profile(), vacuumRequest);
        vacuum.show();
        QVERIFY(waitForPlan(&vacuum));
        const ActionPlan plan = vacuum.runner()->plan();
        QCOMPARE(plan.title, QStringLiteral("VACUUM (ANALYZE) auf lab-pg"));
        QVERIFY2(plan.estimate.contains(QLatin1String("tote Zeilen in 1 Tabelle mit")), qPrintable(plan.estimate));
        QVERIFY2(!plan.estimate.contains(QLatin1String("dead rows")), qPrintable(plan.estimate));
        QCOMPARE(plan.touches.size(), 1);
        QVERIFY2(plan.touches.constFirst().contains(QLatin1String("tote Zeilen")), qPrintable(plan.touches.first()));
        QVERIFY2(!plan.touches.constFirst().contains(QLatin1String("last vacuum")), qPrintable(plan.touches.first()));
        QVERIFY(!plan.notes.isEmpty());
        QVERIFY2(plan.notes.constLast().contains(QLatin1String("Sperre")), qPrintable(plan.notes.last()));
        for (const QString &note : plan.notes)
            QVERIFY2(!note.contains(QLatin1String("reads and writes go on")), qPrintable(note));
        screenshot(&vacuum, QStringLiteral("vacuum-plan-de"));
        vacuum.reject();
    }

    void everyDialogLeftOneAuditLine()
    {
        QFile audit(m_gui.data.filePath(QStringLiteral("pitwall/audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
        // flush, flushdb (closed), warm, optimize (closed), vacuum, prewarm (closed), cancel, terminate,
        // read-only (closed), German flushdb (closed), German vacuum (closed)
        QCOMPARE(lines.size(), 11);
        for (const QByteArray &line : lines)
            QVERIFY(line.contains("\"origin\":\"gui\""));
    }

private:
    Test::LabDashboard m_gui;
};

QTEST_MAIN(TestActionsGuiLab)
#include "tst_actions_gui_lab.moc"
