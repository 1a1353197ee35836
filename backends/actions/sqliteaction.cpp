#include "sqliteaction.h"

#include "formatter.h"

namespace Pitwall {

std::unique_ptr<SqliteDatabase> SqliteAction::reader() const
{
    return std::make_unique<SqliteDatabase>(path(), SqliteDatabase::Mode::Monitor, describe(), busyTimeout);
}

std::unique_ptr<SqliteDatabase> SqliteAction::writer() const
{
    return std::make_unique<SqliteDatabase>(path(), SqliteDatabase::Mode::Write, describe(), busyTimeout);
}

SqliteAction::Pages SqliteAction::pages(SqliteDatabase &database)
{
    const QVariantList row
        = database
              .rows(QStringLiteral("SELECT p.page_count, f.freelist_count, s.page_size, a.auto_vacuum "
                                   "FROM pragma_page_count() p, pragma_freelist_count() f, "
                                   "pragma_page_size() s, pragma_auto_vacuum() a"))
              .value(0);
    Pages result;
    result.count = row.value(0).toLongLong();
    result.free = row.value(1).toLongLong();
    result.size = row.value(2).toLongLong();
    result.autoVacuum = row.value(3).toInt();
    return result;
}

QString SqliteAction::bytes(qint64 value)
{
    return Formatter::value(double(value), QStringLiteral("bytes"));
}

} // namespace Pitwall
