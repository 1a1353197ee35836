#include "alertmodel.h"
#include "metricstore.h"
#include "profileloader.h"
#include "recorder.h"
#include "session.h"
#include "sourcestatusmodel.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reopeningAProfileShowsItsHistory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("session.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const SeriesKey hitRate{QStringLiteral("cache"), QStringLiteral("cache_hit_rate"), {}};
        {
            Recorder earlier(file);
            QList<Sample> samples;
            // Ten minutes of a hit rate that fell to 0.5 and stayed there, one point a minute.
            for (int minute = 10; minute >= 1; --minute)
                samples.append(Sample{hitRate, now - minute * 60'000, minute > 8 ? 0.97 : 0.5});
            // An old point beyond the 24 h retention stays out.
            samples.append(Sample{hitRate, now - 25LL * 3600'000, 0.1});
            earlier.append(samples);
            earlier.flush();
        }

        auto loaded = ProfileLoader::parse("sources:\n  - {name: cache, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
                                           QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        Session session(std::get<Profile>(loaded), file);
        QSignalSpy history(&session, &Session::historyLoaded);
        session.start();
        QVERIFY(history.wait(5000));
        QCOMPARE(history.first().first().toInt(), 10);
        QCOMPARE(session.store()->pointCount(hitRate), 10);
        QCOMPARE(session.store()->latest(hitRate)->value, 0.5);
        // The history is judged too: 8 minutes below 0.70 is an emergency held past its 5 minutes.
        QCOMPARE(session.alerts()->rowCount(), 1);
        QCOMPARE(session.alerts()->alerts().first().level, Level::Emergency);
        session.stop();
    }

    void aSessionFileThatCannotBeOpenedStopsTheRecordingNotThePolling()
    {
        // A regular file where the data directory should be: nothing can be
        // created under it, whoever runs the test (root included).
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("data"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString sessionFile = blocker + QStringLiteral("/pitwall/sessions/p.sqlite");

        auto loaded = ProfileLoader::parse(
            "interval: 1s\nsources:\n  - {name: gone, kind: redis, url: 'redis://127.0.0.1:1/0'}\n",
            QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        Session session(std::get<Profile>(loaded), sessionFile);
        QSignalSpy failed(&session, &Session::recorderFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("session file .*cannot be")));
        session.start();
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(sessionFile) && message.contains(blocker), qPrintable(message));
        QCOMPARE(session.recorderError(), message);
        // The source is polled all the same: its refusal is there to read.
        QTRY_COMPARE_WITH_TIMEOUT(int(session.sources()->status(QStringLiteral("gone")).state),
                                  int(SourceStatus::State::Error), 5000);
        session.stop();
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
