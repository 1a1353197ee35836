#include "sqlitedatabase.h"

#include "collectorerror.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>

#include <memory>
#include <sqlite3.h>

namespace Pitwall {

namespace {
constexpr int headerBytes = 100;
constexpr char magic[] = "SQLite format 3";

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

QVariant column(sqlite3_stmt *statement, int index)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, index));
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                                          sqlite3_column_bytes(statement, index)));
    }
}
} // namespace

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode, const QString &who,
                               std::chrono::milliseconds busyTimeout)
    : m_path(QDir::cleanPath(path))
    , m_who(who)
    , m_busyTimeout(busyTimeout)
{
    checkFile(m_path);
    // Without a -wal (or its -shm) nothing else has a WAL database open: read
    // as it is on disk, it gets no -wal or -shm created beside it.
    m_immutable = mode == Mode::Monitor && m_wal
        && (!QFileInfo::exists(walPath(m_path)) || !QFileInfo::exists(m_path + QLatin1String("-shm")));
    QString uri = QLatin1String("file:") + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"))
        + (mode == Mode::Monitor ? QLatin1String("?mode=ro") : QLatin1String("?mode=rw"));
    if (m_immutable)
        uri += QLatin1String("&immutable=1");
    const int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        | (mode == Mode::Monitor ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    qCDebug(lcSqlite).noquote() << "open" << uri;
    const int code = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        const auto closeAfter = qScopeGuard([this] {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        });
        fail(code, tr("opening the file"));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, int(m_busyTimeout.count()));
    if (mode == Mode::Monitor) {
        // A read-only connection cannot checkpoint anyway; this says so twice.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        try {
            rows(QStringLiteral("PRAGMA query_only = 1"));
        } catch (...) {
            sqlite3_close_v2(m_db);
            throw;
        }
    }
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

qint64 SqliteDatabase::walBytes(const QString &path)
{
    const QFileInfo wal(walPath(QDir::cleanPath(path)));
    return wal.exists() ? wal.size() : 0;
}

void SqliteDatabase::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw CollectorError(
            tr("%1: no such file — check the path in the profile; Pitwall never creates a database").arg(m_who));
    if (!info.isFile())
        throw CollectorError(tr("%1: not a file but a directory or device").arg(m_who));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CollectorError(
            tr("%1: cannot read the file (%2) — may this user read it?").arg(m_who, file.errorString()));
    const QByteArray header = file.read(headerBytes);
    if (header.isEmpty())
        throw CollectorError(tr("%1: the file is empty — no SQLite database has been written to it").arg(m_who));
    if (header.size() < headerBytes || !header.startsWith(QByteArray(magic, sizeof magic)))
        throw CollectorError(tr("%1: not a SQLite database — the file does not begin with SQLite's header").arg(m_who));
    m_wal = header.at(18) == 2 && header.at(19) == 2;
}

void SqliteDatabase::fail(int code, const QString &doing) const
{
    const QString error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    QString hint;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        hint = tr(" — another connection held the database longer than the busy timeout (%1 ms)")
                   .arg(m_busyTimeout.count());
        break;
    case SQLITE_NOTADB:
        hint = tr(" — the file is not a SQLite database, or it is encrypted");
        break;
    case SQLITE_CORRUPT:
        hint = tr(" — the file is damaged; PRAGMA integrity_check on a copy says where");
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        hint = tr(" — may this user open the file and write its directory?");
        break;
    case SQLITE_FULL:
        hint = tr(" — the disk is full");
        break;
    default:
        break;
    }
    throw CollectorError(tr("%1: %2 failed: %3%4").arg(m_who, doing, error, hint));
}

QString SqliteDatabase::what(const QString &sql)
{
    // A short statement is named as it is; Pitwall's own long reads in words.
    return sql.size() <= 40 ? sql : tr("reading the file");
}

QList<QVariantList> SqliteDatabase::rows(const QString &sql)
{
    return run(sql, {});
}

QVariant SqliteDatabase::value(const QString &sql)
{
    const auto result = rows(sql);
    return result.isEmpty() || result.first().isEmpty() ? QVariant() : result.first().first();
}

QList<QVariantList> SqliteDatabase::run(const QString &sql, const std::function<bool()> &cancelled)
{
    m_interrupted = false;
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (const int code = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &raw, nullptr); code != SQLITE_OK)
        fail(code, what(sql));
    const Statement statement(raw);
    struct Watch
    {
        const std::function<bool()> *cancelled;
        bool *interrupted;
    } watch{&cancelled, &m_interrupted};
    if (cancelled) {
        sqlite3_progress_handler(
            m_db, 10000,
            [](void *data) -> int {
                auto *w = static_cast<Watch *>(data);
                if ((*w->cancelled)()) {
                    *w->interrupted = true;
                    return 1;
                }
                return 0;
            },
            &watch);
    }
    const auto noHandler = qScopeGuard([this] { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); });
    QList<QVariantList> result;
    for (;;) {
        const int code = sqlite3_step(statement.get());
        if (code == SQLITE_DONE)
            break;
        if (code != SQLITE_ROW)
            fail(code, what(sql));
        QVariantList row;
        for (int i = 0; i < sqlite3_column_count(statement.get()); ++i)
            row << column(statement.get(), i);
        result << row;
    }
    return result;
}

bool SqliteDatabase::prepareOnly(const QString &sql)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &raw, nullptr);
    sqlite3_finalize(raw);
    return code == SQLITE_OK;
}

QString SqliteDatabase::quoted(const QString &identifier)
{
    char *text = sqlite3_mprintf("\"%w\"", identifier.toUtf8().constData());
    const QString result = QString::fromUtf8(text);
    sqlite3_free(text);
    return result;
}

} // namespace Pitwall
