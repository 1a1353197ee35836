#pragma once

#include "collector.h"

namespace Pitwall {

/// Reads a SQLite database file without ever writing it: each poll opens the
/// file read-only (SqliteDatabase::Mode::Monitor) with a short busy timeout,
/// reads page_count, freelist_count and page_size in one statement — one read
/// transaction, ended as soon as it is read — and closes it again, so that no
/// connection of Pitwall's keeps the application's checkpoints waiting. It
/// reports the size of the `-wal` file (`sqlite_wal_bytes`), the database's
/// size (`sqlite_db_bytes`, pages × page size), the share of free pages
/// (`sqlite_freelist_ratio`), and a remark when the file is not in WAL mode.
class SqliteCollector : public Collector
{
    Q_OBJECT

public:
    SqliteCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~SqliteCollector() override;

    /// How long a poll waits for a lock before it gives up on this poll.
    static constexpr std::chrono::milliseconds busyTimeout{200};

protected:
    void open() override;
    PollResult poll() override;
    void close() override;
};

} // namespace Pitwall
