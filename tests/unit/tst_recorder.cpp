#include "recorder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace Pitwall;

class TestRecorder : public QObject
{
    Q_OBJECT

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
        const qint64 cap = 1024 * 1024;
        recorder.setRetention({std::chrono::hours(24 * 7), cap});
        // About 4 MB of samples, in batches, the newest last.
        const int batches = 40;
        const int perBatch = 2500;
        for (int batch = 0; batch < batches; ++batch) {
            QList<Sample> samples;
            for (int i = 0; i < perBatch; ++i) {
                const SeriesKey key{QStringLiteral("db"),
                                    QStringLiteral("slow_query_ms"),
                                    {{QStringLiteral("queryid"), QString::number(i % 50)}}};
                samples.append(Sample{key, start + batch * perBatch + i, double(i)});
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
