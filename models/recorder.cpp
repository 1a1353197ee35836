#include "recorder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace Pitwall {

namespace {

QString labelsText(const Labels &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Labels labelsFromText(const QString &text)
{
    Labels labels;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pitwall-recorder-%1").arg(++counter);
}

/// One SQLite connection, on whichever thread created it.
class SessionFile
{
public:
    /// Whether the connection writes (and so creates the file and its tables) or only reads.
    enum class Access { Write, Read };

    explicit SessionFile(const QString &path, Access access = Access::Write)
        : m_name(uniqueConnectionName())
    {
        if (access == Access::Read) {
            openForReading(path);
            return;
        }
        const QString directory = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(directory)) {
            m_error = Recorder::tr("its directory %1 cannot be created").arg(directory);
            return;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            m_error = Recorder::tr("Qt's SQLite driver (QSQLITE) is not installed");
            return;
        }
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        for (const char *statement : {
                 "PRAGMA journal_mode=WAL",
                 "PRAGMA synchronous=NORMAL",
                 "CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
                 "metric TEXT NOT NULL, labels TEXT NOT NULL, UNIQUE (source, metric, labels))",
                 "CREATE TABLE IF NOT EXISTS samples (series INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL)",
                 "CREATE INDEX IF NOT EXISTS samples_by_time ON samples (t)",
             }) {
            if (!query.exec(QLatin1String(statement))) {
                m_error = query.lastError().text();
                return;
            }
        }
        m_open = true;
        loadSeries();
    }

    ~SessionFile()
    {
        {
            QSqlDatabase::database(m_name, false).close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString error() const { return m_error; }
    bool isOpen() const { return m_open; }

    bool append(const QList<Sample> &samples)
    {
        auto db = QSqlDatabase::database(m_name, false);
        if (!db.transaction())
            return fail(db.lastError().text());
        QSqlQuery insertSeries(db);
        insertSeries.prepare(QStringLiteral("INSERT INTO series (source, metric, labels) VALUES (?, ?, ?)"));
        QSqlQuery insertSample(db);
        insertSample.prepare(QStringLiteral("INSERT INTO samples (series, t, v) VALUES (?, ?, ?)"));
        for (const auto &sample : samples) {
            auto id = m_ids.constFind(sample.key);
            if (id == m_ids.cend()) {
                insertSeries.addBindValue(sample.key.source);
                insertSeries.addBindValue(sample.key.metric);
                insertSeries.addBindValue(labelsText(sample.key.labels));
                if (!insertSeries.exec()) {
                    db.rollback();
                    return fail(insertSeries.lastError().text());
                }
                id = m_ids.insert(sample.key, insertSeries.lastInsertId().toLongLong());
            }
            insertSample.addBindValue(*id);
            insertSample.addBindValue(sample.timeMs);
            insertSample.addBindValue(sample.value);
            if (!insertSample.exec()) {
                db.rollback();
                return fail(insertSample.lastError().text());
            }
        }
        return db.commit() || fail(db.lastError().text());
    }

    /// Deletes what @p retention no longer keeps, at @p nowMs; false on an error.
    bool prune(const Recorder::Retention &retention, qint64 nowMs)
    {
        if (!exec(QStringLiteral("DELETE FROM samples WHERE t < %1").arg(nowMs - qint64(retention.keep.count()))))
            return false;
        // Over the size cap: the oldest tenth goes, and again, until it fits.
        bool shrink = false;
        for (int round = 0; round < 20
             && number(QStringLiteral("SELECT (page_count - freelist_count) * page_size "
                                      "FROM pragma_page_count, pragma_freelist_count, "
                                      "pragma_page_size"))
                 > retention.maxBytes;
             ++round) {
            const qint64 cutoff = number(QStringLiteral("SELECT t FROM samples ORDER BY t LIMIT 1 OFFSET "
                                                        "(SELECT count(*) / 10 FROM samples)"),
                                         -1);
            if (cutoff < 0 || !exec(QStringLiteral("DELETE FROM samples WHERE t <= %1").arg(cutoff)))
                break;
            shrink = true;
        }
        QSqlQuery orphans(QSqlDatabase::database(m_name, false));
        if (!orphans.exec(QStringLiteral("DELETE FROM series WHERE id NOT IN (SELECT DISTINCT series FROM samples)")))
            return fail(orphans.lastError().text());
        if (orphans.numRowsAffected() > 0)
            loadSeries();
        // Freed pages are reused by what comes next; the file itself shrinks only
        // by a VACUUM, worth its cost when much of it is free.
        const qint64 pages = number(QStringLiteral("PRAGMA page_count"));
        if (shrink || (pages > 0 && number(QStringLiteral("PRAGMA freelist_count")) * 4 > pages)) {
            if (!exec(QStringLiteral("VACUUM")))
                return false;
        }
        return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    QList<Sample> read(qint64 sinceMs)
    {
        QHash<qint64, SeriesKey> keys;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            keys.insert(*it, it.key());
        QList<Sample> samples;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT series, t, v FROM samples WHERE t > ? ORDER BY t"));
        query.addBindValue(sinceMs);
        if (!query.exec()) {
            fail(query.lastError().text());
            return samples;
        }
        while (query.next())
            samples.append(Sample{keys.value(query.value(0).toLongLong()), query.value(1).toLongLong(),
                                  query.value(2).toDouble()});
        return samples;
    }

private:
    /// A reader never creates the file nor its tables: a reader that did raced the
    /// recorder creating them, and the loser of that race (SQLite answers "database is
    /// locked" at once when two connections both switch a new file to WAL) was the recorder.
    void openForReading(const QString &path)
    {
        if (!QFileInfo::exists(path)) {
            m_error = Recorder::tr("%1 does not exist").arg(path);
            return;
        }
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        m_open = true;
        loadSeries();
    }

    bool exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement) || fail(query.lastError().text());
    }

    /// The first column of the first row of @p statement, or @p otherwise.
    qint64 number(const QString &statement, qint64 otherwise = 0)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return otherwise;
        return query.value(0).toLongLong();
    }

    void loadSeries()
    {
        m_ids.clear();
        QSqlQuery series(QSqlDatabase::database(m_name, false));
        series.exec(QStringLiteral("SELECT id, source, metric, labels FROM series"));
        while (series.next())
            m_ids.insert(SeriesKey{series.value(1).toString(), series.value(2).toString(),
                                   labelsFromText(series.value(3).toString())},
                         series.value(0).toLongLong());
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QString m_name;
    QString m_error;
    bool m_open = false;
    QHash<SeriesKey, qint64> m_ids;
};

/// Lives on the recorder's thread and owns the session file there.
class RecorderWorker : public QObject
{
public:
    explicit RecorderWorker(QString path)
        : m_path(std::move(path))
    { }

    SessionFile &file()
    {
        if (!m_file)
            m_file = std::make_unique<SessionFile>(m_path);
        return *m_file;
    }

    Recorder::Retention retention;
    qint64 lastPruneMs = 0;

private:
    QString m_path;
    std::unique_ptr<SessionFile> m_file;
};

} // namespace

Recorder::Recorder(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_host(QStringLiteral("recorder"))
    , m_worker(m_host.adopt(std::make_unique<RecorderWorker>(path)))
{
    qRegisterMetaType<QList<Pitwall::Sample>>();
    m_host.start();
}

Recorder::~Recorder()
{
    // What was handed over is written first: the worker's queue runs before its thread ends.
    m_host.stop(std::chrono::seconds(10));
}

QString Recorder::sessionPath(const QString &profilePath)
{
    const QString absolute = QFileInfo(profilePath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QString base
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pitwall/sessions/");
    return base + QFileInfo(profilePath).completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash)
        + QStringLiteral(".sqlite");
}

void Recorder::append(const QList<Sample> &samples)
{
    auto *worker = static_cast<RecorderWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, samples] {
        SessionFile &file = worker->file();
        if (!file.isOpen()) {
            Q_EMIT failed(tr("the session file %1 cannot be opened: %2").arg(m_path, file.error()));
            return;
        }
        if (!file.append(samples)) {
            Q_EMIT failed(tr("the session file %1 cannot be written: %2").arg(m_path, file.error()));
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - worker->lastPruneMs >= 60'000) {
            worker->lastPruneMs = now;
            if (!file.prune(worker->retention, now))
                Q_EMIT failed(tr("the session file %1 cannot be pruned: %2").arg(m_path, file.error()));
        }
    });
}

void Recorder::setRetention(const Retention &retention)
{
    auto *worker = static_cast<RecorderWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker, retention] { worker->retention = retention; });
}

void Recorder::prune()
{
    auto *worker = static_cast<RecorderWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker] {
        SessionFile &file = worker->file();
        worker->lastPruneMs = QDateTime::currentMSecsSinceEpoch();
        if (file.isOpen() && !file.prune(worker->retention, worker->lastPruneMs))
            Q_EMIT failed(tr("the session file %1 cannot be pruned: %2").arg(m_path, file.error()));
    });
}

void Recorder::loadHistory(qint64 sinceMs)
{
    auto *worker = static_cast<RecorderWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, sinceMs] {
        SessionFile &file = worker->file();
        if (!file.isOpen()) {
            Q_EMIT failed(tr("the session file %1 cannot be read: %2").arg(m_path, file.error()));
            return;
        }
        Q_EMIT historyLoaded(file.read(sinceMs));
    });
}

void Recorder::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

QList<Sample> Recorder::read(const QString &path, qint64 sinceMs)
{
    SessionFile file(path, SessionFile::Access::Read);
    return file.isOpen() ? file.read(sinceMs) : QList<Sample>();
}

} // namespace Pitwall
