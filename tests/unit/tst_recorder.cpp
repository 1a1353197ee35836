#include "recorder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>
#include <thread>

using namespace Pitwall;

class TestRecorder : public QObject
{
    Q_OBJECT

    static int count(const QString &path, const QString &statement)
    {
        int result = -1;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(statement) && query.next())
                    result = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return result;
    }

private Q_SLOTS:
    void recordsAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.sqlite"));
        // Recent times: older samples than the retention (a week) are pruned.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10'000;
        const SeriesKey hitRate{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const SeriesKey lag{
            QStringLiteral("db"), QStringLiteral("cdc_lag_bytes"), {{QStringLiteral("slot"), QStringLiteral("s\"1")}}};
        {
            Recorder recorder(path);
            recorder.append({Sample{hitRate, t0 + 1000, 0.97}, Sample{lag, t0 + 1000, 200}});
            recorder.append({Sample{hitRate, t0 + 2000, 0.25}, Sample{lag, t0 + 2000, 4096}});
            recorder.flush();
        }
        const auto samples = Recorder::read(path, 0);
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples[2].key, hitRate);
        QCOMPARE(samples[2].value, 0.25);
        QCOMPARE(samples[3].key, lag);
        QCOMPARE(samples[3].timeMs, t0 + 2000);
        QCOMPARE(Recorder::read(path, t0 + 1000).size(), 2);

        // A second recorder on the same file continues it, and loads its history.
        Recorder again(path);
        QSignalSpy loaded(&again, &Recorder::historyLoaded);
        again.append({Sample{hitRate, t0 + 3000, 0.5}});
        again.loadHistory(t0 + 1500);
        QVERIFY(loaded.wait(5000));
        const auto history = loaded.first().first().value<QList<Sample>>();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().value, 0.5);
    }

    void samplesOlderThanTheRetentionArePrunedOnTheRecordersThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24 * 3600'000LL;
        const SeriesKey kept{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const SeriesKey gone{QStringLiteral("old"), QStringLiteral("cache_hit_rate"), {}};
        Recorder recorder(path);
        // The first append prunes at once: a week by default.
        recorder.append({Sample{gone, now - 8 * day, 0.1}, Sample{kept, now - 6 * day, 0.2}, Sample{kept, now, 0.3}});
        recorder.flush();
        auto samples = Recorder::read(path, 0);
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.first().timeMs, now - 6 * day);

        recorder.setRetention({std::chrono::hours(24), 512LL * 1024 * 1024});
        recorder.prune();
        recorder.flush();
        samples = Recorder::read(path, 0);
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().value, 0.3);
        // A series with no sample left is gone too; a new sample of it records again.
        recorder.append({Sample{gone, now + 1, 0.4}});
        recorder.flush();
        QCOMPARE(Recorder::read(path, 0).size(), 2);
        QCOMPARE(Recorder::read(path, 0).last().key, gone);
    }

    void theOldestGoFirstWhenTheFileIsOverItsCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.sqlite"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        Recorder recorder(path);
        const qint64 cap = 256 * 1024;
        recorder.setRetention({std::chrono::hours(24 * 7), cap});
        // About 1 MB of samples, in batches, the newest last; values that pack poorly.
        QRandomGenerator random(7);
        const int batches = 40;
        const int perBatch = 2500;
        for (int batch = 0; batch < batches; ++batch) {
            QList<Sample> samples;
            for (int i = 0; i < perBatch; ++i) {
                const SeriesKey key{QStringLiteral("db"),
                                    QStringLiteral("slow_query_ms"),
                                    {{QStringLiteral("queryid"), QString::number(i % 50)}}};
                samples.append(Sample{key, start + batch * perBatch + i, random.generateDouble()});
            }
            recorder.append(samples);
        }
        recorder.flush();
        const qint64 before = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(before > 2 * cap, qPrintable(QString::number(before)));
        recorder.prune();
        recorder.flush();
        const qint64 after = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(after <= cap + 64 * 1024, qPrintable(QStringLiteral("%1 bytes after pruning").arg(after)));
        const auto samples = Recorder::read(path, 0);
        QVERIFY(!samples.isEmpty());
        QVERIFY(samples.size() < batches * perBatch / 2);
        // What is kept is the newest.
        QCOMPARE(samples.last().timeMs, start + batches * perBatch - 1);
    }

    void chunksRoundTripEveryValueExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.sqlite"));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        const double specials[] = {std::numeric_limits<double>::quiet_NaN(),  std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity(),  -0.0,
                                   std::numeric_limits<double>::denorm_min(), 0.1};
        QList<Sample> written;
        {
            Recorder recorder(path);
            QSignalSpy failed(&recorder, &Recorder::failed);
            QRandomGenerator random(11);
            for (int poll = 0; poll < 700; ++poll) {
                QList<Sample> batch;
                for (int s = 0; s < 3; ++s) {
                    const SeriesKey key{QStringLiteral("db"), QStringLiteral("m%1").arg(s), {}};
                    // Jittered polls, an hour-long gap, and values of every kind.
                    const qint64 t = t0 + poll * 1000 + random.bounded(5) + (poll >= 400 ? 3600'000 : 0);
                    const double value
                        = poll % 7 == 0 ? specials[(poll / 7) % std::size(specials)] : random.generateDouble() * s;
                    batch.append(Sample{key, t, value});
                }
                recorder.append(batch);
                written.append(batch);
            }
            recorder.flush();
            QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        }
        const auto read = Recorder::read(path, 0);
        QCOMPARE(read.size(), written.size());
        const auto byKeyAndTime = [](const Sample &a, const Sample &b) {
            return std::tie(a.key.metric, a.timeMs) < std::tie(b.key.metric, b.timeMs);
        };
        auto sortedRead = read;
        std::sort(sortedRead.begin(), sortedRead.end(), byKeyAndTime);
        std::sort(written.begin(), written.end(), byKeyAndTime);
        for (qsizetype i = 0; i < written.size(); ++i) {
            QCOMPARE(sortedRead[i].key, written[i].key);
            QCOMPARE(sortedRead[i].timeMs, written[i].timeMs);
            QVERIFY2(
                std::memcmp(&sortedRead[i].value, &written[i].value, sizeof(double)) == 0,
                qPrintable(
                    QStringLiteral("sample %1: %2 read as %3").arg(i).arg(written[i].value).arg(sortedRead[i].value)));
        }
        QVERIFY(std::is_sorted(read.cbegin(), read.cend(),
                               [](const Sample &a, const Sample &b) { return a.timeMs < b.timeMs; }));
        // Most of it sits in chunks, a chunk's worth at most per series in rows.
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM chunks")), 6);
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM points")), 3 * (700 - 2 * 256));
    }

    void aFileOfTheOlderRecorderOpensAndMovesIntoChunks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        {
            // As an older Pitwall wrote it: rows only.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement : {
                     "PRAGMA journal_mode=WAL",
                     "CREATE TABLE series (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
                     "metric TEXT NOT NULL, labels TEXT NOT NULL, UNIQUE (source, metric, labels))",
                     "CREATE TABLE samples (series INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL)",
                     "CREATE INDEX samples_by_time ON samples (t)",
                     "INSERT INTO series VALUES (1, 'db', 'pool_utilisation', '{\"pool\":\"app\"}')",
                 })
                QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
            QVERIFY(db.transaction());
            query.prepare(QStringLiteral("INSERT INTO samples VALUES (1, ?, ?)"));
            for (int i = 0; i < 600; ++i) {
                query.addBindValue(t0 + i * 1000);
                query.addBindValue(i / 600.0);
                QVERIFY(query.exec());
            }
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const SeriesKey key{QStringLiteral("db"),
                            QStringLiteral("pool_utilisation"),
                            {{QStringLiteral("pool"), QStringLiteral("app")}}};
        const auto before = Recorder::read(path, 0);
        QCOMPARE(before.size(), 600);
        QCOMPARE(before[599].key, key);
        QCOMPARE(before[599].value, 599 / 600.0);
        {
            Recorder recorder(path);
            QSignalSpy failed(&recorder, &Recorder::failed);
            recorder.append({Sample{key, t0 + 600'000, 1.0}});
            recorder.flush();
            QVERIFY(failed.isEmpty());
        }
        // The rows went into chunks when the recorder opened the file, and their table with them.
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM chunks")), 3);
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM points")), 1);
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'samples'")), 0);
        const auto after = Recorder::read(path, 0);
        QCOMPARE(after.size(), 601);
        for (int i = 0; i < 600; ++i) {
            QCOMPARE(after[i].timeMs, before[i].timeMs);
            QCOMPARE(after[i].value, before[i].value);
        }
        QCOMPARE(after[600].value, 1.0);
    }

    void aReaderNeverCreatesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        QVERIFY(Recorder::read(path, 0).isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }

    void readersBesideARecorderThatIsCreatingItsFileNeverStopIt()
    {
        // A window recording while something reads its session file (a test, a second
        // window): the reader must not take the file's creation from the recorder.
        const SeriesKey key{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("session.sqlite"));
            std::atomic<bool> done{false};
            std::thread reader([&] {
                while (!done)
                    Recorder::read(path, 0);
            });
            {
                Recorder recorder(path);
                QSignalSpy failed(&recorder, &Recorder::failed);
                for (int poll = 0; poll < 5; ++poll)
                    recorder.append({Sample{key, t0 + poll, double(poll)}});
                recorder.flush();
                done = true;
                reader.join();
                QVERIFY2(failed.isEmpty(),
                         qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
            }
            QCOMPARE(Recorder::read(path, 0).size(), 5);
        }
    }

    void sessionPathIsPerProfile()
    {
        const QString a = Recorder::sessionPath(QStringLiteral("/etc/pitwall/oncall.yaml"));
        const QString b = Recorder::sessionPath(QStringLiteral("/home/x/oncall.yaml"));
        QVERIFY(a != b);
        QVERIFY(a.endsWith(QLatin1String(".sqlite")));
        QVERIFY(QFileInfo(a).fileName().startsWith(QLatin1String("oncall-")));
        QCOMPARE(Recorder::sessionPath(QStringLiteral("/etc/pitwall/oncall.yaml")), a);
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
