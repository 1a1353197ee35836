#include "sqlitecheckpointaction.h"

#include <algorithm>
#include <limits>

namespace Pitwall {

namespace {
const QString statement = QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
constexpr qint64 walHeaderBytes = 32;
constexpr qint64 frameHeaderBytes = 24;
} // namespace

ActionPlan SqliteCheckpointAction::plan()
{
    ActionPlan plan = newPlan(tr("Checkpoint the WAL of %1 and truncate it").arg(source().name));
    const auto database = reader();
    const Pages numbers = pages(*database);
    const qint64 wal = SqliteDatabase::walBytes(path());
    const qint64 frames = wal > walHeaderBytes ? (wal - walHeaderBytes) / (numbers.size + frameHeaderBytes) : 0;
    plan.statements << statement;
    plan.touches << tr("%1: %2").arg(path(), bytes(numbers.bytes()))
                 << tr("%1: %2").arg(SqliteDatabase::walPath(path()), bytes(wal));
    if (!database->isWal()) {
        plan.nothingToDo = true;
        plan.estimate = tr("the database is not in WAL mode: there is no WAL to checkpoint");
        return plan;
    }
    if (frames == 0) {
        plan.nothingToDo = true;
        plan.estimate = tr("the WAL is empty (%1): nothing to checkpoint").arg(bytes(wal));
        return plan;
    }
    plan.estimate = tr("the WAL holds %1: %n frame(s) of %2-byte pages to copy into the database", nullptr,
                       int(std::min<qint64>(frames, std::numeric_limits<int>::max())))
                        .arg(bytes(wal))
                        .arg(numbers.size);
    plan.notes << tr("A reader still inside a read transaction keeps the frames it may need: the checkpoint waits "
                     "up to %1 ms for it, copies what no reader needs, and ends busy with the WAL untruncated — run "
                     "it again once that reader has finished")
                      .arg(busyTimeout.count())
               << tr("Writers wait while the WAL is truncated; readers go on");
    return plan;
}

ActionOutcome SqliteCheckpointAction::execute(ActionContext &context)
{
    context.progress(-1, tr("checkpointing %1").arg(path()));
    const qint64 before = SqliteDatabase::walBytes(path());
    ActionOutcome outcome;
    QVariantList row;
    {
        const auto database = writer();
        if (database->isWal())
            row = database->rows(statement).value(0);
        if (row.isEmpty()) {
            outcome.status = ActionOutcome::Status::NothingToDo;
            outcome.message = tr("the database is not in WAL mode: there is no WAL to checkpoint");
            return outcome;
        }
    }
    const bool busy = row.value(0).toInt() != 0;
    const qint64 logFrames = row.value(1).toLongLong();
    const qint64 copied = row.value(2).toLongLong();
    const qint64 after = SqliteDatabase::walBytes(path());
    outcome.details << tr("%1: %2 → %3").arg(SqliteDatabase::walPath(path()), bytes(before), bytes(after));
    if (busy) {
        outcome.status = ActionOutcome::Status::Failed;
        outcome.message = tr("busy: another connection kept the WAL — %1 of %2 frames copied, the WAL is still %3; "
                             "run it again once the long reader has finished")
                              .arg(copied)
                              .arg(logFrames)
                              .arg(bytes(after));
        return outcome;
    }
    outcome.status = ActionOutcome::Status::Done;
    outcome.message = tr("checkpointed; the WAL went from %1 to %2").arg(bytes(before), bytes(after));
    return outcome;
}

} // namespace Pitwall
