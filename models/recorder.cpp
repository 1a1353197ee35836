#include "recorder.h"

#include <QCryptographicHash>
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
    explicit SessionFile(const QString &path)
        : m_name(uniqueConnectionName())
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
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
        QSqlQuery series(db);
        series.exec(QStringLiteral("SELECT id, source, metric, labels FROM series"));
        while (series.next())
            m_ids.insert(SeriesKey{series.value(1).toString(), series.value(2).toString(),
                                   labelsFromText(series.value(3).toString())},
                         series.value(0).toLongLong());
    }

    ~SessionFile()
    {
        {
            QSqlDatabase::database(m_name, false).close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString error() const { return m_error; }

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
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QString m_name;
    QString m_error;
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

private:
    QString m_path;
    std::unique_ptr<SessionFile> m_file;
};

} // namespace

Recorder::Recorder(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(new RecorderWorker(path))
{
    qRegisterMetaType<QList<Pitwall::Sample>>();
    m_thread.setObjectName(QStringLiteral("recorder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Recorder::~Recorder()
{
    m_thread.quit();
    m_thread.wait();
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
        if (!file.append(samples))
            Q_EMIT failed(tr("the session file %1 cannot be written: %2").arg(m_path, file.error()));
    });
}

void Recorder::loadHistory(qint64 sinceMs)
{
    auto *worker = static_cast<RecorderWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, sinceMs] {
        SessionFile &file = worker->file();
        if (!file.error().isEmpty()) {
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
    SessionFile file(path);
    return file.read(sinceMs);
}

} // namespace Pitwall
