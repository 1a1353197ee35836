#pragma once

#include "sample.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace Pitwall {

/// Appends every sample to an embedded SQLite file per profile (WAL mode), on
/// a thread of its own, one transaction per batch: killing Pitwall loses at
/// most the batch in flight. Opening the same profile again reads the history
/// back.
class Recorder : public QObject
{
    Q_OBJECT

public:
    explicit Recorder(const QString &path, QObject *parent = nullptr);
    ~Recorder() override;

    /// The session file of a profile: one per profile path, in the user's data directory.
    static QString sessionPath(const QString &profilePath);

    QString path() const { return m_path; }
    void append(const QList<Sample> &samples);
    /// Reads every sample newer than @p sinceMs; answers with historyLoaded().
    void loadHistory(qint64 sinceMs);
    /// Waits until everything handed to append() is written.
    void flush();

    /// Reads samples directly, on the calling thread (tests, report).
    static QList<Sample> read(const QString &path, qint64 sinceMs);

Q_SIGNALS:
    void historyLoaded(const QList<Pitwall::Sample> &samples);
    void failed(const QString &message);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker;
};

} // namespace Pitwall
