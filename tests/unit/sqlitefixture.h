#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>

#include <sqlite3.h>

namespace Pitwall::Test {

/// The application's side of a SQLite file: a connection of its own, made
/// with the C library directly, that writes the file as an application would.
class SqliteApp
{
public:
    /// Opens (and creates) @p path; @p wal: in WAL mode.
    explicit SqliteApp(const QString &path, bool wal = true)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK)
            qFatal("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(m_db));
        if (wal)
            exec("PRAGMA journal_mode = WAL");
    }
    ~SqliteApp() { close(); }
    SqliteApp(const SqliteApp &) = delete;
    SqliteApp &operator=(const SqliteApp &) = delete;

    void close()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            qFatal("%s: %s", sql, error);
    }
    /// The first column of the first row of @p sql, as a number.
    qint64 integer(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_db));
        qint64 value = -1;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }
    /// Opens a read transaction and keeps it, as a long report would: the WAL
    /// cannot be checkpointed past what it reads until release().
    void holdReader()
    {
        exec("BEGIN");
        integer("SELECT count(*) FROM sqlite_schema");
    }
    void release() { exec("COMMIT"); }
    /// Rows of about @p bytes each into table t(id, payload), in one transaction.
    void insert(int rows, int bytes)
    {
        exec("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, payload BLOB)");
        exec("BEGIN");
        const QByteArray sql = QByteArrayLiteral("INSERT INTO t(payload) SELECT randomblob(")
            + QByteArray::number(bytes)
            + ") FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            + QByteArray::number(rows) + ") SELECT i FROM n)";
        exec(sql.constData());
        exec("COMMIT");
    }
    sqlite3 *handle() { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

/// The SHA-256 of a file's bytes; empty when it does not exist.
inline QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// The names in a directory, sorted.
inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// A profile's `url:` for @p path, as a YAML single-quoted scalar.
inline QString sqliteUrlYaml(const QString &path)
{
    // '%', '#' and '?' are the URL's own: percent-encoded; spaces and quotes as they are.
    QString file = path;
    file.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('#'), QLatin1String("%23"))
        .replace(QLatin1Char('?'), QLatin1String("%3F"));
    QString text = QStringLiteral("sqlite://") + file;
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace Pitwall::Test
