// The dashboard's index advice against the lab: the Recommendations table
// shows the advisor's index on orders (run off the GUI thread), Apply… opens
// the ActionDialog with the plan, the build's progress comes from
// pg_stat_progress_create_index, the applied row then shows its scans and
// the statement's mean before and now, and Undo… drops it. Screenshots of
// the table and the dialog go to the test output directory.

#include "actiondialog.h"
#include "actionrunner.h"
#include "dashboardview.h"
#include "indexname.h"
#include "labdashboard.h"
#include "labenvironment.h"
#include "mainwindow.h"
#include "profileloader.h"
#include "psql.h"
#include "recommendationmodel.h"
#include "recommendationspane.h"
#include "session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString ordersIndex = QStringLiteral("pitwall_orders_customer_id_idx");

void screenshot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/advice-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

ActionDialog *openedDialog(MainWindow &window)
{
    const auto dialogs = window.findChildren<ActionDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

/// Selects the row of @p pane whose table and columns are these, in @p state; false if there is none.
bool selectRow(RecommendationsPane *pane, const QString &table, const QString &columns, const QString &state)
{
    QAbstractItemModel *model = pane->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column) {
            return model->index(row, column).data(Qt::EditRole).toString();
        };
        if (cell(RecommendationModel::TableColumn) == table && cell(RecommendationModel::ColumnsColumn) == columns
            && cell(RecommendationModel::StateColumn) == state) {
            pane->view()->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace

class TestAdviceGuiLab : public QObject
{
    Q_OBJECT

private:
    Test::LabDashboard m_gui;

    RecommendationsPane *pane() const
    {
        return qobject_cast<RecommendationsPane *>(
            m_gui.window->dashboard()->table(DashboardView::RecommendationsTable));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        Psql(lab).exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.%1").arg(ordersIndex));
        // An index nothing reads, for the advised drop.
        QVERIFY(Psql(lab, QStringLiteral("lab_app"))
                    .exec(QStringLiteral("DROP TABLE IF EXISTS gui_leftovers; CREATE TABLE gui_leftovers (a int); "
                                         "CREATE INDEX gui_leftovers_a ON gui_leftovers (a);")));
        QVERIFY(m_gui.open(lab, QSize(1500, 900)));
    }

    void cleanupTestCase()
    {
        m_gui.close();
        const auto lab = LabEnvironment::find();
        if (lab.isRunning()) {
            Psql(lab).exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.%1").arg(ordersIndex));
            Psql(lab).exec(QStringLiteral("DROP TABLE IF EXISTS gui_leftovers"));
        }
    }

    void showsTheAdvisorsRecommendations()
    {
        PITWALL_REQUIRE_LAB(lab);
        QVERIFY(pane());
        QVERIFY(!m_gui.session->hasAdvice());
        // Shown for the first time, the table asks the advisor; the window stays responsive meanwhile.
        m_gui.window->dashboard()->showTable(DashboardView::RecommendationsTable);
        QVERIFY(m_gui.session->isAdvising());
        QVERIFY(!pane()->refreshButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.session->hasAdvice(), 120'000);
        QVERIFY(pane()->refreshButton()->isEnabled());
        QVERIFY2(selectRow(pane(), QStringLiteral("public.orders"), QStringLiteral("customer_id"),
                           QStringLiteral("recommended")),
                 qPrintable(pane()->statusLabel()->text()));
        QVERIFY(pane()->applyButton()->isEnabled());
        QVERIFY(!pane()->undoButton()->isEnabled());
        // Below the table, the selected index's proof: the statement's plan as it is, and with the index.
        const QString plans = pane()->planView()->toPlainText();
        const qsizetype before = plans.indexOf(QLatin1String("Plan before"));
        const qsizetype after = plans.indexOf(QLatin1String("Plan with public.orders (customer_id)"));
        QVERIFY2(before >= 0 && after > before, qPrintable(plans));
        QVERIFY2(plans.indexOf(QLatin1String("Seq Scan on orders")) > before
                     && plans.indexOf(QLatin1String("Seq Scan on orders")) < after,
                 qPrintable(plans));
        QVERIFY2(plans.indexOf(QLatin1String("btree_orders_customer_id"), after) > after, qPrintable(plans));
        QVERIFY2(plans.contains(QLatin1String("Index Cond: (customer_id = $1)")), qPrintable(plans));
        // What no index can help is said beside the table.
        const QString status = pane()->statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("statement(s) judged")), qPrintable(status));
        screenshot(m_gui.window.get(), QStringLiteral("recommendations"));

        // The unused index is offered for an advised drop: planned, and not run until its name is typed.
        const int unused
            = pane()->droppableBox()->findText(QStringLiteral("unused: public.gui_leftovers_a"), Qt::MatchStartsWith);
        QVERIFY2(unused >= 0, qPrintable(pane()->statusLabel()->text()));
        QVERIFY(pane()->dropButton()->isVisible());
        pane()->droppableBox()->setCurrentIndex(unused);
        pane()->dropButton()->click();
        ActionDialog *drop = openedDialog(*m_gui.window);
        QVERIFY(drop);
        QVERIFY(QTest::qWaitFor(
            [drop] { return drop->runner() && drop->runner()->state() == ActionRunner::State::Planned; }, 60'000));
        const QString dropPlan = drop->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(dropPlan.contains(QLatin1String("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"gui_leftovers_a\"")),
                 qPrintable(dropPlan));
        QCOMPARE(drop->runner()->plan().confirmWord, QStringLiteral("gui_leftovers_a"));
        QVERIFY(!drop->runButton()->isEnabled());
        screenshot(drop, QStringLiteral("advised-drop-plan"));
        const QPointer<ActionDialog> dropDialog(drop);
        drop->close();
        QTRY_VERIFY(dropDialog.isNull());
        QCOMPARE(Psql(lab).value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'gui_leftovers_a'")),
                 QStringLiteral("1"));
    }

    void applyFromTheDashboardThenUndo()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto cleanup = qScopeGuard(
            [&] { Psql(lab).exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.%1").arg(ordersIndex)); });
        QVERIFY(selectRow(pane(), QStringLiteral("public.orders"), QStringLiteral("customer_id"),
                          QStringLiteral("recommended")));
        pane()->applyButton()->click();
        ActionDialog *dialog = openedDialog(*m_gui.window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor(
            [dialog] { return dialog->runner() && dialog->runner()->state() == ActionRunner::State::Planned; },
            60'000));
        const QString statements = dialog->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(statements.contains(QStringLiteral("CREATE INDEX CONCURRENTLY \"%1\" ON \"public\".\"orders\" "
                                                    "(\"customer_id\")")
                                         .arg(ordersIndex)),
                 qPrintable(statements));
        QVERIFY(dialog->runButton()->isEnabled());
        screenshot(dialog, QStringLiteral("apply-plan"));

        QSignalSpy progress(dialog->runner(), &ActionRunner::progress);
        dialog->runButton()->click();
        QVERIFY(
            QTest::qWaitFor([dialog] { return dialog->runner()->state() == ActionRunner::State::Finished; }, 180'000));
        QCOMPARE(dialog->runner()->outcome().status, ActionOutcome::Status::Done);
        // The dialog showed pg_stat_progress_create_index's phases.
        QStringList texts;
        for (const auto &arguments : std::as_const(progress))
            texts << arguments.at(1).toString();
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [](const QString &text) { return text.startsWith(ordersIndex + QStringLiteral(": ")); }),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY2(dialog->outcomeLabel()->text().contains(QLatin1String("built 1 index")),
                 qPrintable(dialog->outcomeLabel()->text()));
        screenshot(dialog, QStringLiteral("apply-done"));
        QCOMPARE(
            Psql(lab).value(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.%1'::regclass")
                                .arg(ordersIndex)),
            QStringLiteral("t"));
        const QPointer<ActionDialog> applyDialog(dialog);
        dialog->close();
        QTRY_VERIFY(applyDialog.isNull()); // closed dialogs are deleted

        // The advice follows: the row is now the applied index, with its scans; a later run measures the mean.
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(pane(), QStringLiteral("public.orders"), QStringLiteral("customer_id"),
                                           QStringLiteral("applied")),
                                 120'000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_gui.session->isAdvising(), 120'000);
        QTest::qWait(5000); // the workload runs the statement with the index for a few seconds
        pane()->refreshButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_gui.session->isAdvising(), 120'000);
        QVERIFY(selectRow(pane(), QStringLiteral("public.orders"), QStringLiteral("customer_id"),
                          QStringLiteral("applied")));
        const QModelIndex selected = pane()->selectedSourceIndex();
        const auto applied = selected.data(RecommendationModel::RecommendationRole).value<IndexRecommendation>();
        QVERIFY(applied.indexScans > 0);
        QVERIFY(!applied.statements.isEmpty());
        const QVariant meanBefore
            = m_gui.session->recommendations()->index(selected.row(), RecommendationModel::MeanBeforeColumn).data();
        const QVariant meanNow
            = m_gui.session->recommendations()->index(selected.row(), RecommendationModel::MeanNowColumn).data();
        QVERIFY(meanBefore.isValid() && meanNow.isValid());
        QVERIFY2(meanNow.toDouble() < meanBefore.toDouble(),
                 qPrintable(QStringLiteral("%1 → %2").arg(meanBefore.toDouble()).arg(meanNow.toDouble())));
        qInfo().noquote() << QStringLiteral("dashboard: window mean %1 ms → %2 ms, %3 index scans")
                                 .arg(meanBefore.toDouble())
                                 .arg(meanNow.toDouble())
                                 .arg(applied.indexScans);
        QVERIFY(pane()->undoButton()->isEnabled());
        screenshot(m_gui.window.get(), QStringLiteral("applied"));

        // Undo.
        pane()->undoButton()->click();
        ActionDialog *undo = openedDialog(*m_gui.window);
        QVERIFY(undo);
        QVERIFY(QTest::qWaitFor(
            [undo] { return undo->runner() && undo->runner()->state() == ActionRunner::State::Planned; }, 60'000));
        const QString undoStatements = undo->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(undoStatements.contains(QStringLiteral("DROP INDEX CONCURRENTLY")), qPrintable(undoStatements));
        QVERIFY(undo->runButton()->isEnabled());
        screenshot(undo, QStringLiteral("undo-plan"));
        undo->runButton()->click();
        QVERIFY(QTest::qWaitFor([undo] { return undo->runner()->state() == ActionRunner::State::Finished; }, 60'000));
        QCOMPARE(undo->runner()->outcome().status, ActionOutcome::Status::Done);
        QCOMPARE(Psql(lab).value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = '%1'").arg(ordersIndex)),
                 QStringLiteral("0"));
        undo->close();
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(pane(), QStringLiteral("public.orders"), QStringLiteral("customer_id"),
                                           QStringLiteral("recommended")),
                                 120'000);
    }
};

QTEST_MAIN(TestAdviceGuiLab)
#include "tst_advice_gui_lab.moc"
