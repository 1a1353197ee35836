#include "recorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

class TestRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.sqlite"));
        const SeriesKey hitRate{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        const SeriesKey lag{
            QStringLiteral("db"), QStringLiteral("cdc_lag_bytes"), {{QStringLiteral("slot"), QStringLiteral("s\"1")}}};
        {
            Recorder recorder(path);
            recorder.append({Sample{hitRate, 1000, 0.97}, Sample{lag, 1000, 200}});
            recorder.append({Sample{hitRate, 2000, 0.25}, Sample{lag, 2000, 4096}});
            recorder.flush();
        }
        const auto samples = Recorder::read(path, 0);
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples[2].key, hitRate);
        QCOMPARE(samples[2].value, 0.25);
        QCOMPARE(samples[3].key, lag);
        QCOMPARE(samples[3].timeMs, 2000);
        QCOMPARE(Recorder::read(path, 1000).size(), 2);

        // A second recorder on the same file continues it, and loads its history.
        Recorder again(path);
        QSignalSpy loaded(&again, &Recorder::historyLoaded);
        again.append({Sample{hitRate, 3000, 0.5}});
        again.loadHistory(1500);
        QVERIFY(loaded.wait(5000));
        const auto history = loaded.first().first().value<QList<Sample>>();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().value, 0.5);
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
