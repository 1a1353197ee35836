#pragma once

#include "action.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>

#include <memory>

namespace Pitwall {

/// What the SQLite actions share: plans read the file through a monitoring
/// connection (read-only, never writing it); only execute() opens it
/// read-write, for as long as the action runs.
class SqliteAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::SqliteAction)

public:
    SqliteAction(ActionRequest request, const Profile &profile, SourceConfig source)
        : Action(std::move(request), profile, std::move(source))
    { }

    /// How long an action waits for a lock held by the application before it gives up.
    static constexpr std::chrono::milliseconds busyTimeout{3000};

protected:
    QString path() const { return source().databasePath(); }
    std::unique_ptr<SqliteDatabase> reader() const;
    std::unique_ptr<SqliteDatabase> writer() const;
    /// The numbers a plan shows: pages, free pages, page size, auto_vacuum.
    struct Pages
    {
        qint64 count = 0;
        qint64 free = 0;
        qint64 size = 0;
        /// 0 none, 1 full, 2 incremental.
        int autoVacuum = 0;
        qint64 bytes() const { return count * size; }
        qint64 freeBytes() const { return free * size; }
    };
    static Pages pages(SqliteDatabase &database);
    static QString bytes(qint64 value);
};

} // namespace Pitwall
