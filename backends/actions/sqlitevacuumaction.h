#pragma once

#include "sqliteaction.h"

namespace Pitwall {

/// Returns a SQLite file's free pages: `VACUUM` (a rewrite of the whole file),
/// or `PRAGMA incremental_vacuum` where the file has `auto_vacuum = incremental`.
/// The plan checks the disk space the rewrite needs; cancelling interrupts
/// it, and SQLite leaves the file as it was.
class SqliteVacuumAction : public SqliteAction
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::SqliteVacuumAction)

public:
    using SqliteAction::SqliteAction;

    ActionPlan plan() override;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    QString m_statement;
};

} // namespace Pitwall
