#include "collector.h"
#include "profileloader.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace Pitwall;

namespace {
/// A collector whose every read waits in a nested event loop, as an HTTP request does:
/// whatever is queued meanwhile would run inside it, were it not made to wait its turn.
class WaitingCollector : public Collector
{
public:
    using Collector::Collector;

    QStringList events;
    int depth = 0;
    int deepest = 0;
    bool failOpen = false;

protected:
    void open() override
    {
        if (failOpen)
            throw std::runtime_error("refused");
    }
    PollResult poll() override
    {
        enter(QStringLiteral("poll"));
        return PollResult{};
    }
    void close() override { }
    QList<Sample> history(const TimeRange &range) override
    {
        enter(QStringLiteral("backfill"));
        return {Sample{{source().name, QStringLiteral("pool_utilisation"), {}}, range.fromMs, 0.5},
                Sample{{source().name, QStringLiteral("pool_utilisation"), {}}, range.toMs - 1, 0.6}};
    }

private:
    void enter(const QString &what)
    {
        events << what;
        deepest = std::max(deepest, ++depth);
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
        --depth;
        events << what + QStringLiteral(" done");
    }
};

Profile profile()
{
    auto loaded = ProfileLoader::parse("sources:\n  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:1'}\n",
                                       QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
    return std::get<Profile>(loaded);
}
} // namespace

class TestCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBackfillWaitsForThePollUnderWayAndTheOtherWayRound()
    {
        const Profile p = profile();
        WaitingCollector collector(p.sources.first(), p);
        QSignalSpy polled(&collector, &Collector::polled);
        QSignalSpy backfilled(&collector, &Collector::backfilled);

        // Queued while the poll waits: it runs after it, not inside it.
        QMetaObject::invokeMethod(
            &collector,
            [&] {
                collector.backfill(TimeRange{1000, 2000, 100});
            },
            Qt::QueuedConnection);
        collector.pollOnce();
        QCOMPARE(polled.size(), 1);
        QTRY_COMPARE(backfilled.size(), 1);
        // A poll asked for during the backfill runs after it.
        QMetaObject::invokeMethod(&collector, &Collector::pollOnce, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            &collector,
            [&] {
                collector.backfill(TimeRange{3000, 4000, 100});
            },
            Qt::QueuedConnection);
        QTRY_COMPARE(polled.size(), 2);
        QTRY_COMPARE(backfilled.size(), 2);
        QCOMPARE(collector.deepest, 1);
        QCOMPARE(collector.events,
                 (QStringList{QStringLiteral("poll"), QStringLiteral("poll done"), QStringLiteral("backfill"),
                              QStringLiteral("backfill done"), QStringLiteral("poll"), QStringLiteral("poll done"),
                              QStringLiteral("backfill"), QStringLiteral("backfill done")}));
        const auto samples = backfilled.first().at(1).value<QList<Sample>>();
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.first().timeMs, 1000);
        QVERIFY(backfilled.first().at(2).toString().isEmpty());
    }

    void aSourceThatCannotBeReadIsBackfilledOnceItIs()
    {
        const Profile p = profile();
        WaitingCollector collector(p.sources.first(), p);
        QSignalSpy backfilled(&collector, &Collector::backfilled);
        QSignalSpy failed(&collector, &Collector::failed);
        collector.failOpen = true;
        collector.backfill(TimeRange{1000, 2000, 100});
        collector.pollOnce();
        QCOMPARE(failed.size(), 1);
        QTest::qWait(50);
        QCOMPARE(backfilled.size(), 0);

        collector.failOpen = false;
        QTest::qWait(1100); // the retry backoff after one failure
        collector.pollOnce();
        QTRY_COMPARE(backfilled.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
