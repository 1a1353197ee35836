#pragma once

#include "sqliteaction.h"

namespace Pitwall {

/// `PRAGMA optimize`: ANALYZE of the tables whose statistics the planner
/// would use and which are missing or far out of date. SQLite 3.40 considers
/// only the tables that statements of the same connection were planned on,
/// so the action first prepares — never runs — one statement per index, on
/// its leading column, and asks `PRAGMA optimize(0x03)` (its list, nothing
/// done) what it would analyze: the plan shows that list.
class SqliteOptimizeAction : public SqliteAction
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::SqliteOptimizeAction)

public:
    using SqliteAction::SqliteAction;

    ActionPlan plan() override;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    /// The ANALYZE statements PRAGMA optimize would run on @p database.
    static QStringList wouldAnalyze(SqliteDatabase &database);
};

} // namespace Pitwall
