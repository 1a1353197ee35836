#include "recorder.h"

#include "chunkedseriesstorage.h"
#include "gorillachunk.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

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

qint64 bitsOf(double value)
{
    qint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

double doubleOf(qint64 bits)
{
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
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
        , m_access(access)
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
                 // Each poll's points, appended in the order they came (a poll writes a page or
                 // two, not one per series); v is the double's 64 bits (a REAL column turns NaN
                 // into NULL).
                 // AUTOINCREMENT: a row's id is never given again, even once the table was empty.
                 "CREATE TABLE IF NOT EXISTS points (id INTEGER PRIMARY KEY AUTOINCREMENT, series INTEGER NOT NULL, "
                 "t INTEGER NOT NULL, v INTEGER NOT NULL)",
                 // A chunk holds its series' points up to the points row with id `upto`: those rows
                 // are read from the chunk, and deleted at the next prune.
                 "CREATE TABLE IF NOT EXISTS chunks (series INTEGER NOT NULL, first_t INTEGER NOT NULL, "
                 "last_t INTEGER NOT NULL, count INTEGER NOT NULL, upto INTEGER NOT NULL, data BLOB NOT NULL)",
                 "CREATE INDEX IF NOT EXISTS chunks_by_time ON chunks (last_t)",
                 "CREATE INDEX IF NOT EXISTS chunks_by_series ON chunks (series, upto)",
             }) {
            if (!query.exec(QLatin1String(statement))) {
                m_error = query.lastError().text();
                return;
            }
        }
        if (QSqlDatabase::database(m_name, false).tables().contains(QStringLiteral("samples")) && !migrate())
            return;
        m_open = true;
        loadSeries();
    }

    ~SessionFile()
    {
        if (m_open && m_access == Access::Write)
            deleteSealedPoints();
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
        insertSample.prepare(QStringLiteral("INSERT INTO points (series, t, v) VALUES (?, ?, ?)"));
        QSet<qint64> full;
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
            insertSample.addBindValue(bitsOf(sample.value));
            if (!insertSample.exec()) {
                db.rollback();
                return fail(insertSample.lastError().text());
            }
            auto &pending = m_pending[*id];
            pending.push_back(Point{sample.timeMs, sample.value});
            if (pending.size() >= size_t(ChunkedSeriesStorage::chunkPoints))
                full.insert(*id);
        }
        const qint64 upto = full.isEmpty() ? 0 : insertSample.lastInsertId().toLongLong();
        for (const qint64 series : std::as_const(full)) {
            if (!writeChunks(series, std::exchange(m_pending[series], {}), upto)) {
                db.rollback();
                loadSeries();
                return false;
            }
        }
        return db.commit() || fail(db.lastError().text());
    }

    /// Deletes what @p retention no longer keeps, at @p nowMs; false on an error.
    /// A chunk goes when its newest point is older than the cut.
    bool prune(const Recorder::Retention &retention, qint64 nowMs)
    {
        if (!deleteSealedPoints())
            return false;
        if (!deleteBefore(nowMs - qint64(retention.keep.count())))
            return false;
        // Over the size cap: the oldest tenth goes, and again, until it fits.
        bool shrink = false;
        for (int round = 0; round < 20
             && number(QStringLiteral("SELECT (page_count - freelist_count) * page_size "
                                      "FROM pragma_page_count, pragma_freelist_count, "
                                      "pragma_page_size"))
                 > retention.maxBytes;
             ++round) {
            const qint64 cutoff = number(QStringLiteral("SELECT t FROM (SELECT last_t AS t FROM chunks UNION ALL "
                                                        "SELECT t FROM points) ORDER BY t LIMIT 1 OFFSET "
                                                        "((SELECT count(*) FROM chunks) + "
                                                        "(SELECT count(*) FROM points)) / 10"),
                                         -1);
            if (cutoff < 0 || !deleteBefore(cutoff + 1))
                break;
            shrink = true;
        }
        QSqlQuery orphans(QSqlDatabase::database(m_name, false));
        if (!orphans.exec(QStringLiteral("DELETE FROM series WHERE id NOT IN "
                                         "(SELECT series FROM points UNION SELECT series FROM chunks)")))
            return fail(orphans.lastError().text());
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

    /// Every sample newer than @p sinceMs, in time order: the closed chunks' and the rows'.
    QList<Sample> read(qint64 sinceMs)
    {
        QHash<qint64, SeriesKey> keys;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            keys.insert(*it, it.key());
        QList<Sample> samples;
        const auto db = QSqlDatabase::database(m_name, false);
        if (db.tables().contains(QStringLiteral("chunks"))) { // a file of an older Pitwall has none
            QSqlQuery chunks(db);
            chunks.setForwardOnly(true);
            chunks.prepare(QStringLiteral("SELECT series, count, data FROM chunks WHERE last_t > ?"));
            chunks.addBindValue(sinceMs);
            if (!chunks.exec()) {
                fail(chunks.lastError().text());
                return samples;
            }
            while (chunks.next()) {
                const SeriesKey key = keys.value(chunks.value(0).toLongLong());
                const QByteArray data = chunks.value(2).toByteArray();
                const int count = chunks.value(1).toInt();
                if (data.size() < 16 || count <= 0)
                    continue;
                GorillaChunk::Reader reader(data, count);
                for (Point point; reader.next(point);) {
                    if (point.timeMs > sinceMs)
                        samples.append(Sample{key, point.timeMs, point.value});
                }
            }
        }
        QSqlQuery points(db);
        points.setForwardOnly(true);
        points.prepare(QStringLiteral("SELECT series, t, v, id FROM points WHERE t > ?"));
        points.addBindValue(sinceMs);
        if (db.tables().contains(QStringLiteral("points")) && !points.exec()) {
            fail(points.lastError().text());
            return samples;
        }
        const auto upto = sealedUpto();
        while (points.next()) {
            const qint64 series = points.value(0).toLongLong();
            if (points.value(3).toLongLong() > upto.value(series))
                samples.append(
                    Sample{keys.value(series), points.value(1).toLongLong(), doubleOf(points.value(2).toLongLong())});
        }
        // A file of an older Pitwall, read before a recorder has moved its rows into chunks.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT series, t, v FROM samples WHERE t > ?"));
        rows.addBindValue(sinceMs);
        if (db.tables().contains(QStringLiteral("samples")) && !rows.exec()) {
            fail(rows.lastError().text());
            return samples;
        }
        while (rows.next())
            samples.append(
                Sample{keys.value(rows.value(0).toLongLong()), rows.value(1).toLongLong(), rows.value(2).toDouble()});
        std::stable_sort(samples.begin(), samples.end(),
                         [](const Sample &a, const Sample &b) { return a.timeMs < b.timeMs; });
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

    /// @p points as closed chunks of @p series, which hold its points rows up to @p upto.
    bool writeChunks(qint64 series, std::vector<Point> points, qint64 upto)
    {
        std::stable_sort(points.begin(), points.end(),
                         [](const Point &a, const Point &b) { return a.timeMs < b.timeMs; });
        // A time read twice: the later reading counts.
        const auto end = std::unique(points.rbegin(), points.rend(),
                                     [](const Point &a, const Point &b) { return a.timeMs == b.timeMs; });
        points.erase(points.begin(), end.base());
        QSqlQuery insert(QSqlDatabase::database(m_name, false));
        insert.prepare(QStringLiteral(
            "INSERT INTO chunks (series, first_t, last_t, count, upto, data) VALUES (?, ?, ?, ?, ?, ?)"));
        for (size_t from = 0; from < points.size(); from += ChunkedSeriesStorage::chunkPoints) {
            const size_t to = std::min(points.size(), from + size_t(ChunkedSeriesStorage::chunkPoints));
            insert.addBindValue(series);
            insert.addBindValue(points[from].timeMs);
            insert.addBindValue(points[to - 1].timeMs);
            insert.addBindValue(int(to - from));
            insert.addBindValue(upto);
            insert.addBindValue(GorillaChunk::encode(points.data() + from, points.data() + to));
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
        return true;
    }

    /// An older Pitwall kept every sample as a row of `samples`: they move into
    /// chunks, in one transaction, and the table goes.
    bool migrate()
    {
        auto db = QSqlDatabase::database(m_name, false);
        if (!db.transaction())
            return fail(db.lastError().text());
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        bool ok = rows.exec(QStringLiteral("SELECT series, t, v FROM samples ORDER BY series, t, rowid"));
        std::vector<Point> points;
        qint64 series = -1;
        while (ok && rows.next()) {
            const qint64 id = rows.value(0).toLongLong();
            if (id != series && !points.empty()) {
                ok = writeChunks(series, std::exchange(points, {}), 0);
            }
            series = id;
            points.push_back(Point{rows.value(1).toLongLong(), rows.value(2).toDouble()});
        }
        if (ok && !points.empty())
            ok = writeChunks(series, std::move(points), 0);
        if (!ok || !exec(QStringLiteral("DROP TABLE samples"))) {
            if (m_error.isEmpty())
                m_error = rows.lastError().text();
            db.rollback();
            return false;
        }
        return db.commit() || fail(db.lastError().text());
    }

    /// The points rows already in a chunk: once a minute, with the pruning, and on close.
    bool deleteSealedPoints()
    {
        return exec(QStringLiteral("DELETE FROM points WHERE id <= coalesce((SELECT max(upto) FROM chunks "
                                   "WHERE chunks.series = points.series), 0)"));
    }

    /// Per series, the newest points row its chunks hold.
    QHash<qint64, qint64> sealedUpto()
    {
        QHash<qint64, qint64> upto;
        QSqlQuery chunks(QSqlDatabase::database(m_name, false));
        chunks.setForwardOnly(true);
        chunks.exec(QStringLiteral("SELECT series, max(upto) FROM chunks GROUP BY series"));
        while (chunks.next())
            upto.insert(chunks.value(0).toLongLong(), chunks.value(1).toLongLong());
        return upto;
    }

    bool deleteBefore(qint64 timeMs)
    {
        return exec(QStringLiteral("DELETE FROM points WHERE t < %1").arg(timeMs))
            && exec(QStringLiteral("DELETE FROM chunks WHERE last_t < %1").arg(timeMs));
    }

    void loadSeries()
    {
        m_ids.clear();
        m_pending.clear();
        QSqlQuery points(QSqlDatabase::database(m_name, false));
        points.setForwardOnly(true);
        points.exec(QStringLiteral("SELECT series, t, v, id FROM points ORDER BY id"));
        const auto upto = sealedUpto();
        while (points.next()) {
            const qint64 series = points.value(0).toLongLong();
            if (points.value(3).toLongLong() > upto.value(series))
                m_pending[series].push_back(
                    Point{points.value(1).toLongLong(), doubleOf(points.value(2).toLongLong())});
        }
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
    Access m_access;
    QString m_error;
    bool m_open = false;
    QHash<SeriesKey, qint64> m_ids;
    std::unordered_map<qint64, std::vector<Point>> m_pending; // per series, its points not yet in a chunk
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
