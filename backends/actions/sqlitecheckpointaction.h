#pragma once

#include "sqliteaction.h"

namespace Pitwall {

/// `PRAGMA wal_checkpoint(TRUNCATE)`: copies the WAL's pages into the database
/// and truncates the `-wal` to nothing. A reader that stays inside a read
/// transaction keeps the frames it may still need: the checkpoint then waits
/// for the busy timeout, copies what it can and ends busy, the WAL untruncated.
class SqliteCheckpointAction : public SqliteAction
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::SqliteCheckpointAction)

public:
    using SqliteAction::SqliteAction;

    ActionPlan plan() override;

protected:
    ActionOutcome execute(ActionContext &context) override;
};

} // namespace Pitwall
