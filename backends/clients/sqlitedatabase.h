#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <chrono>
#include <functional>

struct sqlite3;

namespace Pitwall {

/// One connection to a SQLite database file, through the C library: its open
/// flags say exactly what may happen to the file. A monitoring connection is
/// read-only (`mode=ro`, never SQLITE_OPEN_CREATE), does not checkpoint on
/// close and is query-only; where the file is in WAL mode and has no `-wal`
/// or no `-shm` (no other connection has it open) it is opened `immutable`,
/// since a read-only open would leave an empty `-wal` and `-shm` behind. A writing
/// connection is opened by an action only, and never creates the file either.
/// Every statement is finalised as soon as it has been read, so no read
/// transaction outlives the call that made it. Errors are CollectorError.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::SqliteDatabase)

public:
    enum class Mode { Monitor, Write };

    /// Opens @p path; messages name the source as @p who ("sqlite `app` (/var/lib/app.db)").
    SqliteDatabase(const QString &path, Mode mode, const QString &who, std::chrono::milliseconds busyTimeout);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// The path of the database's write-ahead log.
    static QString walPath(const QString &path) { return path + QLatin1String("-wal"); }
    /// The size of the `-wal` file now; 0 where there is none.
    static qint64 walBytes(const QString &path);

    /// The file's header says WAL mode (bytes 18 and 19 are 2), read before it was opened.
    bool isWal() const { return m_wal; }
    /// Opened `immutable` (see the class comment).
    bool isImmutable() const { return m_immutable; }

    /// The rows of one statement, each a list of column values.
    QList<QVariantList> rows(const QString &sql);
    /// The first column of the first row of @p sql.
    QVariant value(const QString &sql);
    /// Runs @p sql to its end; returns what it answered. @p cancelled is asked
    /// now and then while it runs: true interrupts it (an Interrupted error).
    QList<QVariantList> run(const QString &sql, const std::function<bool()> &cancelled);
    /// Compiles @p sql and throws it away, unrun: the planner looks at the
    /// tables it names (what PRAGMA optimize asks about). False where it does not compile.
    bool prepareOnly(const QString &sql);
    /// Quotes an identifier as SQLite's own `%w` does: `a"b` → `"a""b"`.
    static QString quoted(const QString &identifier);
    /// True after run() was interrupted by its @p cancelled.
    bool wasInterrupted() const { return m_interrupted; }

private:
    /// The checks made before SQLite is asked: a file, readable, with SQLite's header.
    void checkFile(const QString &path);
    [[noreturn]] void fail(int code, const QString &doing) const;
    /// How a message names what @p sql was doing.
    static QString what(const QString &sql);

    QString m_path;
    QString m_who;
    std::chrono::milliseconds m_busyTimeout;
    sqlite3 *m_db = nullptr;
    bool m_wal = false;
    bool m_immutable = false;
    bool m_interrupted = false;
};

} // namespace Pitwall
