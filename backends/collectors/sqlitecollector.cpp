#include "sqlitecollector.h"

#include "sqlitedatabase.h"

#include <QDateTime>

#include <algorithm>

namespace Pitwall {

SqliteCollector::SqliteCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{ }

SqliteCollector::~SqliteCollector() = default;

void SqliteCollector::open()
{ }

void SqliteCollector::close()
{ }

PollResult SqliteCollector::poll()
{
    const QString path = source().databasePath();
    SqliteDatabase database(path, SqliteDatabase::Mode::Monitor, describe(),
                            std::min<std::chrono::milliseconds>(busyTimeout, pollTimeout()));
    const auto pages
        = database.rows(QStringLiteral("SELECT p.page_count, f.freelist_count, s.page_size "
                                       "FROM pragma_page_count() p, pragma_freelist_count() f, pragma_page_size() s"));
    const QString journalMode = database.isWal()
        ? QStringLiteral("wal")
        : database.value(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
    const qint64 walBytes = SqliteDatabase::walBytes(path);

    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const auto add = [&](const char *metric, double value) {
        result.samples.append(Sample{{source().name, QLatin1String(metric), {}}, result.timeMs, value});
    };
    if (pages.size() == 1 && pages.first().size() == 3) {
        const double pageCount = pages.first().at(0).toDouble();
        const double freePages = pages.first().at(1).toDouble();
        add("sqlite_db_bytes", pageCount * pages.first().at(2).toDouble());
        if (pageCount > 0)
            add("sqlite_freelist_ratio", freePages / pageCount);
    }
    add("sqlite_wal_bytes", double(walBytes));
    if (journalMode != QLatin1String("wal"))
        result.remark = tr("journal_mode is %1, not WAL: readers and the writer wait for each other (the platform "
                           "runs SQLite in WAL mode)")
                            .arg(journalMode);
    return result;
}

} // namespace Pitwall
