#include "sqlitevacuumaction.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace Pitwall {

namespace {
/// Where SQLite writes VACUUM's temporary copy on Unix (os_unix.c, unixTempFileDir).
QString sqliteTempDirectory()
{
    for (const char *variable : {"SQLITE_TMPDIR", "TMPDIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty() && QFileInfo(dir).isDir() && QFileInfo(dir).isWritable())
            return dir;
    }
    for (const char *dir : {"/var/tmp", "/usr/tmp", "/tmp"}) {
        if (QFileInfo(QLatin1String(dir)).isDir() && QFileInfo(QLatin1String(dir)).isWritable())
            return QLatin1String(dir);
    }
    return QStringLiteral(".");
}
} // namespace

ActionPlan SqliteVacuumAction::plan()
{
    const auto database = reader();
    const Pages numbers = pages(*database);
    const bool incremental = numbers.autoVacuum == 2;
    m_statement = incremental ? QStringLiteral("PRAGMA incremental_vacuum") : QStringLiteral("VACUUM");
    ActionPlan plan = newPlan(incremental ? tr("Return the free pages of %1 (incremental_vacuum)").arg(source().name)
                                          : tr("VACUUM %1: rewrite it without its free pages").arg(source().name));
    plan.statements << m_statement;
    plan.touches << tr("%1: %2, %3 pages of %4 bytes, %5 free")
                        .arg(path(), bytes(numbers.bytes()))
                        .arg(numbers.count)
                        .arg(numbers.size)
                        .arg(numbers.free);
    const double share = numbers.count > 0 ? 100.0 * double(numbers.free) / double(numbers.count) : 0;
    plan.estimate = tr("%1 free pages (%2, %3 % of the file) to return")
                        .arg(numbers.free)
                        .arg(bytes(numbers.freeBytes()))
                        .arg(share, 0, 'f', 1);
    if (numbers.free == 0) {
        plan.nothingToDo = true;
        plan.estimate = tr("no free pages: there is nothing to return");
        return plan;
    }

    // VACUUM builds the new file in a temporary one, then writes every page of
    // it through the WAL (or the rollback journal keeps the old ones).
    const qint64 kept = numbers.bytes() - numbers.freeBytes();
    const QStorageInfo here(QFileInfo(path()).absolutePath());
    const qint64 available = here.bytesAvailable();
    if (incremental) {
        plan.notes << tr("%1 free on %2").arg(bytes(available), here.rootPath());
    } else {
        const QString tempDir = sqliteTempDirectory();
        const QStorageInfo temp(tempDir);
        const bool sameDisk = temp.device() == here.device();
        const qint64 needed = sameDisk ? 2 * kept : kept;
        plan.notes << tr("disk space: VACUUM needs about %1 beside the file and %2 for its temporary copy in %3; %4 "
                         "free on %5%6")
                          .arg(bytes(kept), bytes(kept), tempDir, bytes(available), here.rootPath(),
                               sameDisk ? QString()
                                        : tr(", %1 free on %2").arg(bytes(temp.bytesAvailable()), temp.rootPath()));
        if (available < needed || (!sameDisk && temp.bytesAvailable() < kept))
            plan.refusal = tr("not enough free disk space: VACUUM of %1 needs about %2 free on %3, and %4 is")
                               .arg(path(), bytes(needed), here.rootPath(), bytes(available));
    }
    plan.notes << (incremental ? tr("incremental_vacuum moves pages from the end of the file into the free ones and "
                                    "truncates it; writers wait while it runs, readers go on")
                               : tr("VACUUM holds the write lock from start to end: the application's writers wait "
                                    "(and fail after their busy timeout) while it rewrites the whole file; readers "
                                    "go on"));
    return plan;
}

ActionOutcome SqliteVacuumAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    const auto database = writer();
    const Pages before = pages(*database);
    context.progress(-1, tr("%1 of %2").arg(m_statement, path()));
    try {
        database->run(m_statement, [&context] { return context.isCancelled(); });
    } catch (const std::exception &) {
        if (!database->wasInterrupted())
            throw;
        outcome.status = ActionOutcome::Status::Cancelled;
        outcome.message = tr("%1 was cancelled; SQLite left the file as it was").arg(m_statement);
        return outcome;
    }
    const Pages after = pages(*database);
    outcome.details << tr("free pages: %1 → %2").arg(before.free).arg(after.free)
                    << tr("database: %1 → %2 (%3 → %4 pages)")
                           .arg(bytes(before.bytes()), bytes(after.bytes()))
                           .arg(before.count)
                           .arg(after.count);
    outcome.status = ActionOutcome::Status::Done;
    outcome.message = tr("%1 done: %2 returned").arg(m_statement, bytes(before.bytes() - after.bytes()));
    return outcome;
}

} // namespace Pitwall
