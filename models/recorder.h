#pragma once

#include "sample.h"
#include "workerhost.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

namespace Pitwall {

/// Appends every sample to an embedded SQLite file per profile (WAL mode), on
/// a thread of its own, one transaction per batch: killing Pitwall loses at
/// most the batch in flight. A series' samples are rows until it has a chunk's
/// worth, then move, in the same transaction, into one closed chunk packed as the
/// store packs it (GorillaChunk), about a ninth of the rows' size. Opening the
/// same profile again reads the history back; a file of an older Pitwall (rows
/// only) opens as it is and its rows move into chunks on the first append.
class Recorder : public QObject
{
    Q_OBJECT

public:
    /// How much of the past a session file keeps: samples older than @p keep
    /// are pruned, and the oldest go first while the file holds more than @p maxBytes.
    struct Retention
    {
        std::chrono::milliseconds keep{std::chrono::hours(24 * 7)};
        qint64 maxBytes = 512LL * 1024 * 1024;
    };

    explicit Recorder(const QString &path, QObject *parent = nullptr);
    ~Recorder() override;

    /// The session file of a profile: one per profile path, in the user's data directory.
    static QString sessionPath(const QString &profilePath);

    QString path() const { return m_path; }
    void append(const QList<Sample> &samples);
    /// Reads every sample newer than @p sinceMs; answers with historyLoaded().
    void loadHistory(qint64 sinceMs);
    /// Pruning by @p retention happens on the recorder's thread, after an append
    /// at most once a minute, and at once on prune().
    void setRetention(const Retention &retention);
    void prune();
    /// Waits until everything handed to append() is written.
    void flush();

    /// Reads samples directly, on the calling thread (tests, report).
    static QList<Sample> read(const QString &path, qint64 sinceMs);

Q_SIGNALS:
    void historyLoaded(const QList<Pitwall::Sample> &samples);
    void failed(const QString &message);

private:
    QString m_path;
    WorkerHost m_host;
    QObject *m_worker; // lives on m_host's thread
};

} // namespace Pitwall
