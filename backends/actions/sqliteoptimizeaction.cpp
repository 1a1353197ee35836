#include "sqliteoptimizeaction.h"

namespace Pitwall {

namespace {
const QString statement = QStringLiteral("PRAGMA optimize");
}

QStringList SqliteOptimizeAction::wouldAnalyze(SqliteDatabase &database)
{
    const auto indexed = database.rows(
        QStringLiteral("SELECT DISTINCT m.tbl_name, c.name FROM sqlite_schema m, pragma_index_info(m.name) c "
                       "WHERE m.type = 'index' AND c.seqno = 0 AND c.name IS NOT NULL"));
    for (const QVariantList &row : indexed)
        database.prepareOnly(
            QStringLiteral("SELECT 1 FROM main.%1 WHERE %2 = ?")
                .arg(SqliteDatabase::quoted(row.value(0).toString()), SqliteDatabase::quoted(row.value(1).toString())));
    QStringList statements;
    for (const QVariantList &row : database.rows(QStringLiteral("PRAGMA optimize(0x03)")))
        statements << row.value(0).toString();
    return statements;
}

ActionPlan SqliteOptimizeAction::plan()
{
    ActionPlan plan = newPlan(tr("PRAGMA optimize on %1: refresh the planner's statistics").arg(source().name));
    const auto database = reader();
    const QStringList analyze = wouldAnalyze(*database);
    plan.statements << statement;
    plan.touches << analyze;
    if (analyze.isEmpty()) {
        plan.nothingToDo = true;
        plan.estimate = tr("the planner's statistics are up to date: PRAGMA optimize would analyze nothing");
        return plan;
    }
    plan.estimate = tr("%n table(s) with missing or out-of-date statistics", nullptr, int(analyze.size()));
    plan.notes << tr("each ANALYZE reads its table once and writes sqlite_stat1: writers wait while it does, readers "
                     "go on")
               << tr("SQLite 3.40 analyzes only tables that statements on the same connection were planned on: one "
                     "statement per index is prepared first, never run");
    return plan;
}

ActionOutcome SqliteOptimizeAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    const auto database = writer();
    const QStringList analyze = wouldAnalyze(*database);
    context.progress(-1, tr("PRAGMA optimize on %1").arg(path()));
    try {
        database->run(statement, [&context] { return context.isCancelled(); });
    } catch (const std::exception &) {
        if (!database->wasInterrupted())
            throw;
        outcome.status = ActionOutcome::Status::Cancelled;
        outcome.message = tr("PRAGMA optimize was cancelled");
        return outcome;
    }
    outcome.details = analyze;
    const QStringList left = wouldAnalyze(*database);
    outcome.status = ActionOutcome::Status::Done;
    outcome.message = tr("PRAGMA optimize done: %n table(s) analyzed", nullptr, int(analyze.size() - left.size()));
    return outcome;
}

} // namespace Pitwall
